package dev.oasis.generator.model;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the generator knows about a spec, resolved and typed; what templates are rendered from.
 *
 * @param title the spec's {@code info.title}
 * @param version the spec's {@code info.version}
 * @param description the spec's {@code info.description}, or empty
 * @param servers the {@code servers} entries in spec order
 * @param securitySchemes the security schemes in spec order
 * @param defaultSecurity the top-level security requirements
 * @param operations the operations in spec order
 * @param types every named type, in the order first met
 * @param supertypes for each object type that extends discriminated {@code allOf} parents, those
 *     parents; derived from {@code types}
 */
public record ApiModel(
        String title,
        String version,
        String description,
        List<Server> servers,
        List<SecurityScheme> securitySchemes,
        List<List<String>> defaultSecurity,
        List<Operation> operations,
        List<TypeDefinition> types,
        Map<ObjectType, List<HierarchyType>> supertypes) {

    /** A model whose supertypes are derived from the hierarchies among {@code types}. */
    public ApiModel(String title, String version, String description, List<Server> servers,
            List<SecurityScheme> securitySchemes, List<List<String>> defaultSecurity, List<Operation> operations,
            List<TypeDefinition> types) {
        this(title, version, description, servers, securitySchemes, defaultSecurity, operations, List.copyOf(types),
                supertypesOf(types));
    }

    /** The discriminated {@code allOf} parents an object type extends, in the order of the model's types. */
    public List<HierarchyType> supertypesOf(ObjectType object) {
        return supertypes.getOrDefault(object, List.of());
    }

    private static Map<ObjectType, List<HierarchyType>> supertypesOf(List<TypeDefinition> types) {
        Map<ObjectType, List<HierarchyType>> supertypes = new IdentityHashMap<>();
        for (TypeDefinition type : types) {
            if (type instanceof HierarchyType hierarchy) {
                for (HierarchyType.Subtype subtype : hierarchy.subtypes()) {
                    supertypes.computeIfAbsent(subtype.type(), key -> new ArrayList<>()).add(hierarchy);
                }
            }
        }
        return supertypes;
    }
}
