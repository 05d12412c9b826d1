package dev.oasis.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A one-schema change to a YAML spec laid out the usual way ({@code components:} at the margin,
 * schemas two levels in): a new optional string property added to the first object schema that
 * lists {@code properties}. Applied to the spec's text, so nothing else in the file moves.
 *
 * @param schema the schema that changes
 * @param original the spec as it was
 * @param changed the spec with the property added
 */
public record SpecEdit(String schema, String original, String changed) {

    /** The property the edit adds. */
    public static final String PROPERTY = "oasis_benchmark_note";

    private static final Pattern SCHEMA = Pattern.compile("^    ([A-Za-z0-9_.-]+):\\s*$");

    /** The edit of {@code yaml}; empty if the spec has no schema the edit can find. */
    public static Optional<SpecEdit> addPropertyToFirstObjectSchema(String yaml) {
        List<String> lines = new ArrayList<>(Arrays.asList(yaml.split("\n", -1)));
        int schemas = findSchemasSection(lines);
        String current = null;
        for (int i = schemas + 1; schemas >= 0 && i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.isEmpty() && !line.startsWith("    ")) {
                break;
            }
            Matcher name = SCHEMA.matcher(line);
            if (name.matches()) {
                current = name.group(1);
            } else if (current != null && line.equals("      properties:")) {
                lines.add(i + 1, "        " + PROPERTY + ":");
                lines.add(i + 2, "          description: Added by the benchmark to change one schema.");
                lines.add(i + 3, "          type: string");
                return Optional.of(new SpecEdit(current, yaml, String.join("\n", lines)));
            }
        }
        return Optional.empty();
    }

    private static int findSchemasSection(List<String> lines) {
        boolean inComponents = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.equals("components:")) {
                inComponents = true;
            } else if (inComponents && line.equals("  schemas:")) {
                return i;
            } else if (!line.isEmpty() && !line.startsWith(" ") && !line.startsWith("#")) {
                inComponents = false;
            }
        }
        return -1;
    }
}
