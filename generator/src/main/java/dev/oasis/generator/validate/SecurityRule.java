package dev.oasis.generator.validate;

import dev.oasis.generator.diagnostic.Closest;
import dev.oasis.generator.openapi.ObjectShape;
import dev.oasis.generator.spec.SpecList;
import dev.oasis.generator.spec.SpecMap;
import dev.oasis.generator.spec.SpecNode;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Security: requirements name declared schemes, and each scheme has what its type needs for the
 * generated client to send its credentials. HTTP schemes other than basic and bearer, and mutual
 * TLS, are reported since the generated client cannot send them.
 */
final class SecurityRule extends Rule {

    private final Set<String> declared;

    SecurityRule(Findings findings, SpecMap root) {
        super(findings);
        this.declared = root.map("components").flatMap(c -> c.map("securitySchemes")).map(s -> s.entries().keySet())
                .orElse(Set.of());
    }

    @Override
    public void object(SpecMap node, ObjectShape shape) {
        switch (shape.name()) {
            case "OpenAPI", "Operation" -> node.list("security").ifPresent(this::requirements);
            case "SecurityScheme" -> scheme(node);
            default -> {
            }
        }
    }

    private void requirements(SpecList security) {
        for (SpecNode item : security.items()) {
            if (item instanceof SpecMap requirement) {
                requirement.entries().forEach((name, scopes) -> {
                    if (!declared.contains(name)) {
                        findings.error("security.undeclared", scopes,
                                "the security requirement names '" + name + "', which components.securitySchemes does not declare",
                                Closest.among(name, declared).map(closest -> "did you mean '" + closest + "'?")
                                        .orElse("declare it under components.securitySchemes"));
                    }
                });
            }
        }
    }

    private void scheme(SpecMap scheme) {
        if (scheme.has("$ref")) {
            return;
        }
        switch (scheme.text("type").orElse("")) {
            case "apiKey" -> need(scheme, List.of("name", "in"), "an apiKey scheme", true);
            case "http" -> {
                need(scheme, List.of("scheme"), "an http scheme", true);
                scheme.scalar("scheme").filter(s -> !Set.of("basic", "bearer").contains(s.text().toLowerCase(Locale.ROOT)))
                        .ifPresent(s -> findings.error("security.unsupported", s,
                                "HTTP authentication scheme " + Texts.quote(s.text()) + " is not supported by the generated client",
                                "the client sends basic and bearer credentials only; send others with a request interceptor"));
            }
            case "oauth2" -> need(scheme, List.of("flows"), "an oauth2 scheme", false);
            case "openIdConnect" -> need(scheme, List.of("openIdConnectUrl"), "an openIdConnect scheme", false);
            case "mutualTLS" -> findings.warning("security.unsupported", scheme.get("type").orElseThrow(),
                    "mutual TLS is not configured by the generated client",
                    "give the client an HttpClient whose SSLContext holds the client certificate");
            default -> {
            }
        }
    }

    /** Reports the fields a scheme type needs: an error when the client needs them to send credentials. */
    private void need(SpecMap scheme, List<String> fields, String what, boolean clientNeedsThem) {
        for (String field : fields) {
            if (!scheme.has(field)) {
                String message = what + " needs '" + field + "'";
                String hint = "add " + field + " to the scheme";
                if (clientNeedsThem) {
                    findings.error("security.incomplete", scheme, message, hint);
                } else {
                    findings.warning("security.incomplete", scheme, message, hint);
                }
            }
        }
    }
}
