package dev.oasis.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The scratch directory a benchmark run writes into: outputs, logs and compiled classes. */
public record Workspace(Path root) {

    /** A fresh, empty directory at {@code name} under the workspace. */
    public Path freshDir(String name) throws IOException {
        Path dir = root.resolve(name);
        delete(dir);
        Files.createDirectories(dir);
        return dir;
    }

    /** The path of the log file {@code name}. */
    public Path log(String name) {
        return root.resolve("logs").resolve(name + ".log");
    }

    /** Copies the directory {@code from} and everything under it to {@code to}. */
    public static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }

    /** Deletes {@code path} and everything under it, if it exists. */
    public static void delete(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
