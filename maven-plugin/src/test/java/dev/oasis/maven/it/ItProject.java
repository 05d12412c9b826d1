package dev.oasis.maven.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** A copy of a test project from {@code src/it}, built by real Maven runs. */
final class ItProject {

    private final Path directory;
    private int builds;

    private ItProject(Path directory) {
        this.directory = directory;
    }

    /** A fresh copy of {@code src/it/name}, with the tokens in its {@code pom.xml} (if it has one) replaced. */
    static ItProject copy(String name) throws IOException {
        Path source = ItEnvironment.projects().resolve(name);
        Path target = ItEnvironment.work().resolve("projects").resolve(name);
        deleteRecursively(target);
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path copy = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        Path pom = target.resolve("pom.xml");
        if (Files.isRegularFile(pom)) {
            String text = Files.readString(pom, StandardCharsets.UTF_8);
            for (Map.Entry<String, String> token : ItEnvironment.pomTokens().entrySet()) {
                text = text.replace(token.getKey(), token.getValue());
            }
            Files.writeString(pom, text, StandardCharsets.UTF_8);
        }
        return new ItProject(target);
    }

    /** Writes the project's {@code pom.xml} as given, with no tokens replaced. */
    void writePom(String text) throws IOException {
        Files.writeString(directory.resolve("pom.xml"), text, StandardCharsets.UTF_8);
    }

    /** A file of the project. */
    Path file(String relative) {
        return directory.resolve(relative);
    }

    /** Runs {@code mvn -B} with the arguments; the log is kept next to the project as {@code build-N.log}. */
    BuildResult build(String... arguments) throws IOException, InterruptedException {
        Path log = directory.resolveSibling(directory.getFileName() + "-build-" + (++builds) + ".log");
        List<String> command = new ArrayList<>(List.of(
                ItEnvironment.mavenHome().resolve("bin/mvn").toString(), "-B", "-ntp",
                "-s", ItRepository.settings().toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder process = new ProcessBuilder(command).directory(directory.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        process.environment().put("MAVEN_OPTS", "-XX:TieredStopAtLevel=1 -Xshare:auto");
        Process running = process.start();
        if (!running.waitFor(5, TimeUnit.MINUTES)) {
            running.destroyForcibly();
            throw new AssertionError("the build did not finish in 5 minutes; see " + log);
        }
        return new BuildResult(running.exitValue(), Files.readString(log, StandardCharsets.UTF_8), log);
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : (Iterable<Path>) files.sorted((a, b) -> b.compareTo(a))::iterator) {
                Files.delete(file);
            }
        }
    }

    /**
     * The outcome of one Maven run.
     *
     * @param exitCode the process's exit status
     * @param log the whole console output
     * @param logFile where the output is kept
     */
    record BuildResult(int exitCode, String log, Path logFile) {

        /** Fails unless the build succeeded. */
        BuildResult assertSuccess() {
            if (exitCode != 0) {
                throw new AssertionError("the build failed (exit " + exitCode + "); see " + logFile + "\n" + tail());
            }
            return this;
        }

        /** Fails unless the build failed. */
        BuildResult assertFailure() {
            if (exitCode == 0) {
                throw new AssertionError("the build succeeded but should have failed; see " + logFile + "\n" + tail());
            }
            return this;
        }

        /** Fails unless the log contains the text. */
        BuildResult assertLogContains(String text) {
            if (!log.contains(text)) {
                throw new AssertionError("the log does not contain \"" + text + "\"; see " + logFile + "\n" + tail());
            }
            return this;
        }

        /** Fails if the log contains the text. */
        BuildResult assertLogLacks(String text) {
            if (log.contains(text)) {
                throw new AssertionError("the log contains \"" + text + "\"; see " + logFile);
            }
            return this;
        }

        /** Fails unless {@code first} appears in the log, and before {@code second}. */
        BuildResult assertLogOrder(String first, String second) {
            assertLogContains(first).assertLogContains(second);
            if (log.indexOf(first) > log.indexOf(second)) {
                throw new AssertionError("\"" + first + "\" comes after \"" + second + "\"; see " + logFile);
            }
            return this;
        }

        /** The log lines that contain the text. */
        List<String> linesWith(String text) {
            return log.lines().filter(line -> line.contains(text)).toList();
        }

        private String tail() {
            List<String> lines = log.lines().toList();
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        }
    }
}
