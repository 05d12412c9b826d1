package dev.oasis.generator.validate;

import dev.oasis.generator.openapi.ObjectShape;
import dev.oasis.generator.spec.SpecMap;
import dev.oasis.generator.spec.SpecNode;
import java.util.List;
import java.util.Map;

/**
 * Parameters: the style suits the location, the value is described by exactly one of
 * {@code schema} and {@code content} (the latter with one media type), and path parameters are
 * marked required.
 */
final class ParameterRule extends Rule {

    /** The serialization styles each location allows, its default first. */
    private static final Map<String, List<String>> STYLES = Map.of(
            "path", List.of("simple", "label", "matrix"),
            "query", List.of("form", "spaceDelimited", "pipeDelimited", "deepObject"),
            "header", List.of("simple"),
            "cookie", List.of("form"));

    ParameterRule(Findings findings) {
        super(findings);
    }

    @Override
    public void object(SpecMap node, ObjectShape shape) {
        if (!shape.name().equals("Parameter") || node.has("$ref")) {
            return;
        }
        String name = node.text("name").orElse("");
        String in = node.text("in").orElse("");
        List<String> styles = STYLES.get(in);
        if (styles != null) {
            node.scalar("style").filter(style -> !styles.contains(style.text())).ifPresent(style ->
                    findings.error("parameter.style", style, "parameter '" + name + "' in " + in + " has style: '" + style.text() + "'",
                            "use one of " + String.join(", ", styles) + " for " + in + " parameters"));
        }
        value(node, name);
        if (in.equals("path") && !node.flag("required", false)) {
            SpecNode at = node.get("required").orElse(node);
            findings.warning("parameter.path-required", at, "path parameter '" + name + "' is not marked required: true",
                    "path parameters are always required; add required: true");
        }
    }

    private void value(SpecMap parameter, String name) {
        boolean schema = parameter.has("schema");
        boolean content = parameter.has("content");
        if (schema && content) {
            findings.error("parameter.schema-and-content", parameter.get("content").orElseThrow(),
                    "parameter '" + name + "' has both schema and content", "describe its value with one of them");
        } else if (!schema && !content) {
            findings.error("parameter.no-schema", parameter, "parameter '" + name + "' has neither schema nor content",
                    "describe its value, such as schema: {type: string}");
        } else if (content) {
            parameter.map("content").filter(map -> map.entries().size() != 1).ifPresent(map ->
                    findings.error("parameter.content", map, "the content of parameter '" + name + "' must hold exactly one media type, not "
                            + map.entries().size(), "keep the one media type the parameter is sent as"));
        }
    }
}
