package dev.oasis.generator.validate;

import dev.oasis.generator.openapi.ObjectShape;
import dev.oasis.generator.spec.SpecMap;
import dev.oasis.generator.spec.SpecNode;
import dev.oasis.generator.spec.SpecScalar;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Servers: every {@code {variable}} of a URL is declared, and a variable's default is one of its values. */
final class ServerRule extends Rule {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^{}]*)}");

    ServerRule(Findings findings) {
        super(findings);
    }

    @Override
    public void object(SpecMap node, ObjectShape shape) {
        if (!shape.name().equals("Server")) {
            return;
        }
        SpecMap variables = node.map("variables").orElse(null);
        node.scalar("url").filter(url -> !url.isNull()).ifPresent(url -> {
            Matcher matcher = VARIABLE.matcher(url.text());
            while (matcher.find()) {
                String name = matcher.group(1);
                if (variables == null || !variables.has(name)) {
                    findings.error("server.variable", url,
                            "the server URL " + Texts.quote(url.text()) + " uses '{" + name + "}', which its variables do not declare",
                            "declare it under variables, with a default");
                }
            }
        });
        if (variables != null) {
            variables.entries().values().forEach(this::variable);
        }
    }

    private void variable(SpecNode node) {
        if (!(node instanceof SpecMap variable) || variable.list("enum").isEmpty()) {
            return;
        }
        List<String> values = variable.list("enum").orElseThrow().items().stream()
                .filter(SpecScalar.class::isInstance).map(item -> ((SpecScalar) item).text()).toList();
        variable.scalar("default").filter(value -> !values.contains(value.text())).ifPresent(value ->
                findings.error("server.variable", value, "the default " + Texts.quote(value.text()) + " is not one of the variable's values",
                        "make the default one of " + String.join(", ", values)));
    }
}
