package dev.oasis.maven.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Every file under a folder with its content and modification time, to show that a build left an
 * output exactly as it was, or which files it touched.
 *
 * @param files relative path to file state
 */
record OutputSnapshot(Map<String, FileState> files) {

    /**
     * One file's content and timestamp.
     *
     * @param content the bytes
     * @param modified the last-modified time
     */
    record FileState(byte[] content, FileTime modified) {

        @Override
        public boolean equals(Object other) {
            return other instanceof FileState state && Arrays.equals(content, state.content) && modified.equals(state.modified);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(content) * 31 + modified.hashCode();
        }

        @Override
        public String toString() {
            return content.length + " bytes, modified " + modified;
        }
    }

    /** Takes a snapshot of every file under {@code folder}. */
    static OutputSnapshot of(Path folder) throws IOException {
        Map<String, FileState> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                files.put(folder.relativize(file).toString().replace('\\', '/'),
                        new FileState(Files.readAllBytes(file), Files.getLastModifiedTime(file)));
            }
        }
        return new OutputSnapshot(files);
    }

    /** The paths whose content or timestamp differ from {@code other}, or that only one of them has. */
    java.util.Set<String> differencesFrom(OutputSnapshot other) {
        java.util.Set<String> paths = new java.util.TreeSet<>(files.keySet());
        paths.addAll(other.files.keySet());
        paths.removeIf(path -> files.containsKey(path) && files.get(path).equals(other.files.get(path)));
        return paths;
    }
}
