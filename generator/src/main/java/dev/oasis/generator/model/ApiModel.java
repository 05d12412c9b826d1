package dev.oasis.generator.model;

import java.util.List;

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
 */
public record ApiModel(
        String title,
        String version,
        String description,
        List<Server> servers,
        List<SecurityScheme> securitySchemes,
        List<List<String>> defaultSecurity,
        List<Operation> operations,
        List<TypeDefinition> types) {
}
