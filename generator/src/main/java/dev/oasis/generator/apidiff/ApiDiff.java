package dev.oasis.generator.apidiff;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Compares the public API of two generations of Java sources. Only files whose text differs are
 * parsed, so an unchanged file costs nothing; files are added one pair at a time, so no generation
 * needs to be held in memory whole.
 */
public final class ApiDiff {

    private final PublicApi api = new PublicApi();
    private final Map<String, String> oldElements = new TreeMap<>();
    private final Map<String, String> newElements = new TreeMap<>();

    /** An empty comparison. */
    public ApiDiff() {
    }

    /**
     * The changes from {@code before} to {@code after}, both mapping relative paths to source text;
     * files other than {@code .java} are ignored. Sorted by element.
     */
    public static List<ApiChange> between(Map<String, String> before, Map<String, String> after) {
        ApiDiff diff = new ApiDiff();
        TreeSet<String> paths = new TreeSet<>(before.keySet());
        paths.addAll(after.keySet());
        paths.forEach(path -> diff.add(path, before.get(path), after.get(path)));
        return diff.changes();
    }

    /**
     * Adds one file as it was and as it is; null for a file that did not exist or no longer does.
     * Files other than {@code .java}, and files whose text is the same, add nothing.
     */
    public void add(String path, String oldSource, String newSource) {
        if (!path.endsWith(".java") || Objects.equals(oldSource, newSource)) {
            return;
        }
        if (oldSource != null) {
            oldElements.putAll(api.of(oldSource));
        }
        if (newSource != null) {
            newElements.putAll(api.of(newSource));
        }
    }

    /** The changes among the files added so far, sorted by element. */
    public List<ApiChange> changes() {
        List<ApiChange> changes = new ArrayList<>();
        TreeSet<String> elements = new TreeSet<>(oldElements.keySet());
        elements.addAll(newElements.keySet());
        for (String element : elements) {
            String oldSignature = oldElements.get(element);
            String newSignature = newElements.get(element);
            if (oldSignature == null) {
                changes.add(new ApiChange(ApiChange.Kind.ADDED, element, newSignature));
            } else if (newSignature == null) {
                changes.add(new ApiChange(ApiChange.Kind.REMOVED, element, oldSignature));
            } else if (!oldSignature.equals(newSignature)) {
                changes.add(new ApiChange(ApiChange.Kind.CHANGED, element, oldSignature + " -> " + newSignature));
            }
        }
        return List.copyOf(changes);
    }
}
