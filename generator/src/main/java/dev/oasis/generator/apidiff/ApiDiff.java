package dev.oasis.generator.apidiff;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Compares the public API of two generations of Java sources. Only files whose text differs are
 * parsed, so an unchanged file costs nothing.
 */
public final class ApiDiff {

    private ApiDiff() {
    }

    /**
     * The changes from {@code before} to {@code after}, both mapping relative paths to source text;
     * files other than {@code .java} are ignored. Sorted by element.
     */
    public static List<ApiChange> between(Map<String, String> before, Map<String, String> after) {
        PublicApi api = new PublicApi();
        Map<String, String> oldElements = new TreeMap<>();
        Map<String, String> newElements = new TreeMap<>();
        TreeSet<String> paths = new TreeSet<>(before.keySet());
        paths.addAll(after.keySet());
        for (String path : paths) {
            String oldSource = before.get(path);
            String newSource = after.get(path);
            if (!path.endsWith(".java") || Objects.equals(oldSource, newSource)) {
                continue;
            }
            if (oldSource != null) {
                oldElements.putAll(api.of(oldSource));
            }
            if (newSource != null) {
                newElements.putAll(api.of(newSource));
            }
        }
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
