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
 * <p>Stored as a small text file: one {@code key digest value} line per entry.
 *
 * @param fingerprint the digest of everything that decides the output
 * @param specFiles every spec file read, absolute, with its content digest
 * @param outputs every generated file, relative to the output directory with {@code /}, with its content digest
 */
public record BuildState(String fingerprint, Map<Path, String> specFiles, Map<String, String> outputs) {

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
        Map<Path, String> specFiles = new TreeMap<>();
        Map<String, String> outputs = new TreeMap<>();
        for (String line : lines) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] parts = line.split(" ", 3);
            if (parts.length < 2) {
                return Optional.empty();
            }
            switch (parts[0]) {
                case "fingerprint" -> fingerprint = parts[1];
                case "spec" -> specFiles.put(Path.of(parts[2]), parts[1]);
                case "output" -> outputs.put(parts[2], parts[1]);
                default -> {
                    return Optional.empty();
                }
            }
        }
        return fingerprint == null ? Optional.empty() : Optional.of(new BuildState(fingerprint, specFiles, outputs));
    }

    /** Writes the state file atomically, creating its folder. */
    public void write(Path file) {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        lines.add("fingerprint " + fingerprint);
        specFiles.forEach((path, digest) -> lines.add("spec " + digest + " " + path));
        outputs.forEach((path, digest) -> lines.add("output " + digest + " " + path));
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
