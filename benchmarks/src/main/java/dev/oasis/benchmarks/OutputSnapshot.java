package dev.oasis.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The content digest and modification time of every file under an output directory, to tell
 * which files a build changed and which it rewrote.
 *
 * @param files each file's path under the directory, with its state
 */
public record OutputSnapshot(Map<String, FileState> files) {

    /**
     * One file's state.
     *
     * @param digest the SHA-256 of its content, in hex
     * @param modifiedNanos its last-modified time
     */
    public record FileState(String digest, long modifiedNanos) {
    }

    /**
     * What happened between two snapshots.
     *
     * @param changed files whose content changed, or that appeared or disappeared
     * @param rewritten files written again (their modification time moved), whether or not their content changed
     */
    public record Difference(Set<String> changed, Set<String> rewritten) {

        /** Files written again with the content they already had. */
        public Set<String> rewrittenUnchanged() {
            Set<String> needless = new HashSet<>(rewritten);
            needless.removeAll(changed);
            return needless;
        }
    }

    /** Reads the state of every file under {@code dir}; empty if {@code dir} does not exist. */
    public static OutputSnapshot of(Path dir) throws IOException {
        Map<String, FileState> files = new HashMap<>();
        if (!Files.isDirectory(dir)) {
            return new OutputSnapshot(files);
        }
        List<Path> all;
        try (Stream<Path> walk = Files.walk(dir)) {
            all = walk.filter(Files::isRegularFile).toList();
        }
        for (Path file : all) {
            files.put(dir.relativize(file).toString(), new FileState(sha256(Files.readAllBytes(file)),
                    Files.getLastModifiedTime(file).to(java.util.concurrent.TimeUnit.NANOSECONDS)));
        }
        return new OutputSnapshot(files);
    }

    /** What changed from this snapshot to {@code after}. */
    public Difference to(OutputSnapshot after) {
        Set<String> paths = new HashSet<>(files.keySet());
        paths.addAll(after.files.keySet());
        Set<String> changed = new HashSet<>();
        Set<String> rewritten = new HashSet<>();
        for (String path : paths) {
            FileState old = files.get(path);
            FileState now = after.files.get(path);
            if (old == null || now == null || !old.digest().equals(now.digest())) {
                changed.add(path);
            }
            if (now != null && (old == null || !Objects.equals(old.modifiedNanos(), now.modifiedNanos()))) {
                rewritten.add(path);
            }
        }
        return new Difference(changed, rewritten);
    }

    private static String sha256(byte[] bytes) {
        try {
            StringBuilder hex = new StringBuilder();
            for (byte b : MessageDigest.getInstance("SHA-256").digest(bytes)) {
                hex.append(String.format("%02x", b));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
