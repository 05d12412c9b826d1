package dev.oasis.generator;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Paths of files in this repository and in the shared workspace beside it, for tests. */
public final class RepositoryFiles {

    private RepositoryFiles() {
    }

    /** The repository root (Surefire passes it; running from the module folder also works). */
    public static Path root() {
        String configured = System.getProperty("oasis.repository.root");
        Path root = configured != null ? Path.of(configured) : Path.of("..");
        return root.toAbsolutePath().normalize();
    }

    /** {@code spec/incidents.yaml}. */
    public static Path incidentsSpec() {
        return root().resolve("spec/incidents.yaml");
    }

    /**
     * A file of Datadog's full specs: in the folder {@code -Doasis.corpus=DIR} names, else in
     * {@code ../shared/corpus} beside the repository. When neither has it, the calling test is
     * skipped (a JUnit assumption) and a line in the build log says which test and why: a fresh
     * clone of the repository alone passes its tests.
     */
    public static Path corpus(String name) {
        Optional<Path> file = corpusFolder().map(folder -> folder.resolve(name)).filter(Files::isRegularFile);
        if (file.isEmpty()) {
            String reason = "Datadog corpus file " + name + " not found (looked in " + corpusFolder().map(Path::toString)
                    .orElse("-Doasis.corpus and " + root().resolveSibling("shared").resolve("corpus"))
                    + "); set -Doasis.corpus=DIR to run this test";
            System.out.println("[oasis] SKIPPED " + caller() + ": " + reason);
            assumeTrue(false, reason);
        }
        return file.get();
    }

    private static Optional<Path> corpusFolder() {
        String configured = System.getProperty("oasis.corpus", "");
        Path folder = configured.isBlank() ? root().resolveSibling("shared").resolve("corpus") : Path.of(configured);
        return Optional.of(folder.toAbsolutePath().normalize()).filter(Files::isDirectory);
    }

    /** The test class and method that asked (the outermost frame of the first class outside this one), for the skip message. */
    private static String caller() {
        List<StackWalker.StackFrame> frames = StackWalker.getInstance().walk(stream -> stream
                .dropWhile(frame -> frame.getClassName().equals(RepositoryFiles.class.getName())).toList());
        if (frames.isEmpty()) {
            return "a test";
        }
        String testClass = frames.get(0).getClassName();
        StackWalker.StackFrame outermost = frames.stream().filter(frame -> frame.getClassName().equals(testClass))
                .reduce((first, second) -> second).orElseThrow();
        return testClass.substring(testClass.lastIndexOf('.') + 1) + "." + outermost.getMethodName();
    }
}
