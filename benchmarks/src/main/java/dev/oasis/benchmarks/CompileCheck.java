package dev.oasis.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Compiles generated sources with {@code javac} in its own process and counts the errors.
 *
 * <p>{@code -Xmaxerrs} is raised so the count is the real one, not javac's default cap of 100.
 */
public final class CompileCheck {

    /**
     * The outcome of one compilation.
     *
     * @param compiles whether javac succeeded
     * @param errors the number of errors javac reported
     * @param log where javac's output was written
     */
    public record Outcome(boolean compiles, int errors, Path log) {

        /** "yes", or "no (N errors)", for the report. */
        public String summary() {
            return compiles ? "yes" : "no (" + errors + (errors == 1 ? " error)" : " errors)");
        }
    }

    private static final Pattern ERROR_COUNT = Pattern.compile("(?m)^(\\d+) errors?$");

    private CompileCheck() {
    }

    /** Compiles the Java files under {@code generator}'s source roots in {@code outputDir}. */
    public static Outcome compile(GeneratorCli generator, Path outputDir, Path scratch)
            throws IOException, InterruptedException {
        List<Path> sources = OutputSize.javaFilesUnder(generator.sourceRoots(outputDir));
        List<Path> classpath = generator.compileClasspath(outputDir);
        Files.createDirectories(scratch);
        Path argFile = scratch.resolve("sources.txt");
        Files.write(argFile, sources.stream().map(Path::toString).toList());
        Path log = scratch.resolve("javac.log");
        List<String> command = new ArrayList<>(List.of("javac", "-J-Xmx4g", "-nowarn", "-proc:none",
                "-Xmaxerrs", "1000000", "--release", "17", "-encoding", "UTF-8",
                "-d", scratch.resolve("classes").toString()));
        if (!classpath.isEmpty()) {
            command.add("-cp");
            command.add(classpath.stream().map(Path::toString).collect(Collectors.joining(":")));
        }
        command.add("@" + argFile);
        Process javac = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        int exit = javac.waitFor();
        Matcher count = ERROR_COUNT.matcher(Files.readString(log));
        int errors = exit == 0 ? 0 : 1;
        while (count.find()) {
            errors = Integer.parseInt(count.group(1));
        }
        return new Outcome(exit == 0, errors, log);
    }
}
