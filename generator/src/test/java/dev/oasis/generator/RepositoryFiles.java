package dev.oasis.generator;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

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
     * A file of Datadog's full specs in {@code ../shared/corpus}, which lives next to the repository in
     * the project's own workspace and CI but not in a user's clone: when it is absent, the calling test
     * is skipped, with a line saying so.
     */
    public static Path corpus(String name) {
        Path file = root().resolveSibling("shared").resolve("corpus").resolve(name);
        if (!Files.isRegularFile(file)) {
            System.out.println("skipped: " + file + " is absent; the shared corpus sits beside the repository only in the project's workspace");
        }
        Assumptions.assumeTrue(Files.isRegularFile(file), () -> "no corpus file " + file);
        return file;
    }
}
