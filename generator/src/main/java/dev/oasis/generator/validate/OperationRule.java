package dev.oasis.generator.validate;

import dev.oasis.generator.openapi.ObjectShape;
import dev.oasis.generator.openapi.SpecVersion;
import dev.oasis.generator.spec.SpecMap;
import dev.oasis.generator.spec.SpecNode;
import dev.oasis.generator.spec.SpecScalar;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Operations: every {@code operationId} is unique (it names a method), and every operation declares
 * at least one response (OpenAPI 3.0 requires one; in 3.1 an operation without responses returns nothing).
 * Within one parameter list, no two parameters share a name and location.
 */
final class OperationRule extends Rule {

    private final boolean v31;
    private final Resolver resolver;
    private final Map<String, SpecNode> operationIds = new HashMap<>();

    OperationRule(Findings findings, SpecVersion version, Resolver resolver) {
        super(findings);
        this.v31 = version == SpecVersion.OPENAPI_3_1;
        this.resolver = resolver;
    }

    @Override
    public void object(SpecMap node, ObjectShape shape) {
        if (shape.name().equals("Operation")) {
            operationId(node);
            responses(node);
        }
        if (shape.name().equals("Operation") || shape.name().equals("PathItem")) {
            uniqueParameters(node);
        }
    }

    private void operationId(SpecMap operation) {
        operation.scalar("operationId").filter(id -> !id.isNull()).ifPresent(id -> {
            SpecNode first = operationIds.putIfAbsent(id.text(), id);
            if (first != null) {
                findings.error("operation.duplicate-id", id,
                        "operationId " + Texts.quote(id.text()) + " is already used at " + first.location(),
                        "give every operation its own operationId; it names the operation's method");
            }
        });
    }

    private void responses(SpecMap operation) {
        SpecMap responses = operation.map("responses").orElse(null);
        if (responses == null && !v31) {
            return;
        }
        boolean any = responses != null && responses.entries().keySet().stream().anyMatch(key -> !key.startsWith("x-"));
        if (any) {
            return;
        }
        String message = "the operation declares no responses";
        String hint = "add the responses it returns, such as '200' with its content";
        if (v31) {
            findings.warning("operation.no-responses", operation, message + ", so its method returns nothing", hint);
        } else {
            findings.error("operation.no-responses", responses, message, hint);
        }
    }

    private void uniqueParameters(SpecMap owner) {
        Map<String, SpecMap> seen = new LinkedHashMap<>();
        for (SpecMap parameter : resolver.maps(owner, "parameters")) {
            String name = parameter.text("name").orElse("");
            String in = parameter.text("in").orElse("");
            SpecMap first = seen.putIfAbsent(in + ":" + name, parameter);
            if (first != null) {
                SpecNode at = parameter.get("name").filter(SpecScalar.class::isInstance).orElse(parameter);
                findings.error("parameter.duplicate", at,
                        "the " + in + " parameter " + Texts.quote(name) + " is declared twice in this list (first at "
                                + first.location() + ")",
                        "keep one of them; only one is used");
            }
        }
    }
}
