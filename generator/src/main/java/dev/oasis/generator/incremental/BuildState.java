package dev.oasis.generator.incremental;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the last successful generation into an output directory used and produced: the
 * fingerprint of its inputs, every spec file it read with its digest (so the next run can tell
 * whether anything changed without parsing the spec), and the manifest of the files it generated
 * with their digests (so it can restore deleted ones and remove those it no longer generates,
 * never touching files it did not write).
 *
 * <p>Stored as a small text file: one {@code kind digest size modified path} line per file.
 *
 * @param fingerprint the digest of everything that decides the output
 * @param specFiles every spec file read, absolute, with its stamp
 * @param outputs every generated file, relative to the output directory with {@code /}, with its stamp
 */
public record BuildState(String fingerprint, Map<Path, FileStamp> specFiles, Map<String, FileStamp> outputs) {

    private static final String HEADER = "# oasis build state: the inputs and outputs of the last successful generation";

    public BuildState {
        specFiles = java.util.Collections.unmodifiableMap(new TreeMap<>(specFiles));
        outputs = java.util.Collections.unmodifiableMap(new TreeMap<>(outputs));
    }

    /** Reads a state file; empty when it is missing or unreadable, which just means a full generation. */
    public static Optional<BuildState> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return Optional.empty();
        }
        String fingerprint = null;
        Map<Path, FileStamp> specFiles = new TreeMap<>();
        Map<String, FileStamp> outputs = new TreeMap<>();
        try {
            for (String line : lines) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] parts = line.split(" ", 5);
                switch (parts[0]) {
                    case "fingerprint" -> fingerprint = parts[1];
                    case "spec" -> specFiles.put(Path.of(parts[4]), stamp(parts));
                    case "output" -> outputs.put(parts[4], stamp(parts));
                    default -> {
                        return Optional.empty();
                    }
                }
            }
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        return fingerprint == null ? Optional.empty() : Optional.of(new BuildState(fingerprint, specFiles, outputs));
    }

    private static FileStamp stamp(String[] parts) {
        return new FileStamp(parts[1], Long.parseLong(parts[2]), Long.parseLong(parts[3]));
    }

    private static String format(FileStamp stamp) {
        return stamp.digest() + " " + stamp.size() + " " + stamp.modified();
    }

    /** Writes the state file atomically, creating its folder. */
    public void write(Path file) {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        lines.add("fingerprint " + fingerprint);
        specFiles.forEach((path, stamp) -> lines.add("spec " + format(stamp) + " " + path));
        outputs.forEach((path, stamp) -> lines.add("output " + format(stamp) + " " + path));
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), "." + file.getFileName(), ".tmp");
            Files.write(temporary, lines, StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the build state " + file, e);
        }
    }
}
