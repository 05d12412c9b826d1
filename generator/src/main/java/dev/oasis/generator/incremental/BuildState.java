package dev.oasis.generator.incremental;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the last successful generation into an output directory used and produced: the
 * fingerprint of its inputs, every spec file it read with its digest (so the next run can tell
 * whether anything changed without parsing the spec), and the manifest of the files it generated
 * with their digests (so it can restore deleted ones and remove those it no longer generates,
 * never touching files it did not write) and what each was made from (so it can skip rendering
 * the files that would come out the same).
 *
 * <p>Stored as a small text file of {@code kind ...} lines; the sets of names files looked up are
 * written once each and referred to by number.
 *
 * @param fingerprint the digest of everything that decides the output
 * @param renderingFingerprint the digest of everything that decides how a template model becomes text
 *     ({@link Fingerprint#ofRendering})
 * @param specFiles every spec file read, absolute, with its stamp
 * @param outputs every generated file, relative to the output directory with {@code /}, with its stamp
 * @param sources what each generated file was made from, where known
 */
public record BuildState(String fingerprint, String renderingFingerprint, Map<Path, FileStamp> specFiles,
        Map<String, FileStamp> outputs, Map<String, OutputSource> sources) {

    private static final String HEADER = "# oasis build state: the inputs and outputs of the last successful generation";
    private static final String NO_LOOKUPS = "-";

    public BuildState {
        specFiles = Collections.unmodifiableMap(new TreeMap<>(specFiles));
        outputs = Collections.unmodifiableMap(new TreeMap<>(outputs));
        sources = Collections.unmodifiableMap(new TreeMap<>(sources));
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
        String rendering = "";
        Map<Path, FileStamp> specFiles = new TreeMap<>();
        Map<String, FileStamp> outputs = new TreeMap<>();
        Map<String, OutputSource> sources = new HashMap<>();
        Map<String, SortedSet<String>> lookups = new HashMap<>();
        lookups.put(NO_LOOKUPS, Collections.emptySortedSet());
        try {
            for (String line : lines) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String kind = line.substring(0, line.indexOf(' '));
                switch (kind) {
                    case "fingerprint" -> fingerprint = line.split(" ", 2)[1];
                    case "rendering" -> rendering = line.split(" ", 2)[1];
                    case "spec" -> {
                        String[] parts = line.split(" ", 5);
                        specFiles.put(Path.of(parts[4]), stamp(parts));
                    }
                    case "output" -> {
                        String[] parts = line.split(" ", 5);
                        outputs.put(parts[4], stamp(parts));
                    }
                    case "names" -> {
                        String[] parts = line.split(" ", 3);
                        lookups.put(parts[1], new TreeSet<>(Arrays.asList(parts[2].split(","))));
                    }
                    case "produced" -> {
                        String[] parts = line.split(" ", 7);
                        outputs.put(parts[6], stamp(parts));
                        sources.put(parts[6], new OutputSource(parts[4], lookups.get(parts[5])));
                    }
                    default -> {
                        return Optional.empty();
                    }
                }
            }
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        return fingerprint == null ? Optional.empty()
                : Optional.of(new BuildState(fingerprint, rendering, specFiles, outputs, sources));
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
        lines.add("rendering " + renderingFingerprint);
        specFiles.forEach((path, stamp) -> lines.add("spec " + format(stamp) + " " + path));
        Map<SortedSet<String>, String> lookupIds = new LinkedHashMap<>();
        outputs.forEach((path, stamp) -> {
            OutputSource source = sources.get(path);
            if (source == null) {
                lines.add("output " + format(stamp) + " " + path);
                return;
            }
            String lookups = NO_LOOKUPS;
            if (!source.packageLookups().isEmpty()) {
                lookups = lookupIds.get(source.packageLookups());
                if (lookups == null) {
                    lookups = Integer.toString(lookupIds.size());
                    lookupIds.put(source.packageLookups(), lookups);
                    lines.add("names " + lookups + " " + String.join(",", source.packageLookups()));
                }
            }
            lines.add("produced " + format(stamp) + " " + source.key() + " " + lookups + " " + path);
        });
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
