package dev.oasis.generator.build;

import dev.oasis.generator.spec.SpecList;
import dev.oasis.generator.spec.SpecMap;
import dev.oasis.generator.spec.SpecNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * OpenAPI 3.1 lets a {@code $ref} stand beside other keywords, and then both apply:
 * {@code {$ref: Pet, required: [id]}} means {@code {allOf: [{$ref: Pet}, {required: [id]}]}}.
 */
final class RefSiblings {

    private RefSiblings() {
    }

    /**
     * The schema as an {@code allOf} of its reference and its other keywords; the annotations
     * ({@code description}, {@code deprecated}, ...) stay on the whole. Each part stands where the
     * reference stands, so messages point at it.
     */
    static SpecMap asAllOf(SpecMap reference) {
        Map<String, SpecNode> whole = new LinkedHashMap<>();
        Map<String, SpecNode> rest = new LinkedHashMap<>();
        reference.entries().forEach((key, value) -> {
            if (!key.equals("$ref")) {
                (Keywords.ANNOTATIONS.contains(key) ? whole : rest).put(key, value);
            }
        });
        SpecMap target = SpecMap.derived(reference, Map.of("$ref", reference.get("$ref").orElseThrow()));
        whole.put("allOf", SpecList.derived(reference, List.of(target, SpecMap.derived(reference, rest))));
        return SpecMap.derived(reference, whole);
    }
}
