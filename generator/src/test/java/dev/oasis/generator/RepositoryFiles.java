package dev.oasis.generator;

import java.nio.file.Files;
import java.nio.file.Path;

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

    /** A file of Datadog's full specs in {@code ../shared/corpus}, which lives next to the repository. */
    public static Path corpus(String name) {
        Path file = root().resolveSibling("shared").resolve("corpus").resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("missing corpus file " + file + "; the shared workspace must sit beside the repository");
        }
        return file;
    }
}
