package dev.oasis.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a generator wrote into its output directory.
 *
 * @param files all regular files written
 * @param javaFiles the {@code .java} files among them
 * @param javaLines the lines in those {@code .java} files
 */
public record OutputSize(int files, int javaFiles, long javaLines) {

    /** Counts the files under {@code dir}, and the files and lines of Java source. */
    public static OutputSize of(Path dir) throws IOException {
        List<Path> all;
        try (Stream<Path> walk = Files.walk(dir)) {
            all = walk.filter(Files::isRegularFile).toList();
        }
        List<Path> java = javaFiles(all);
        long lines = 0;
        for (Path file : java) {
            try (Stream<String> fileLines = Files.lines(file)) {
                lines += fileLines.count();
            }
        }
        return new OutputSize(all.size(), java.size(), lines);
    }

    /** The {@code .java} files under each of {@code roots}, in a stable order. */
    public static List<Path> javaFilesUnder(List<Path> roots) throws IOException {
        List<Path> all = new java.util.ArrayList<>();
        for (Path root : roots) {
            try (Stream<Path> walk = Files.walk(root)) {
                all.addAll(javaFiles(walk.filter(Files::isRegularFile).toList()));
            }
        }
        return all;
    }

    private static List<Path> javaFiles(List<Path> files) {
        return files.stream().filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
}
