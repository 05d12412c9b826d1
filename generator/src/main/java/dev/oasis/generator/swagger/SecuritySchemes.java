package dev.oasis.generator.swagger;

import dev.oasis.generator.spec.SpecMap;
import dev.oasis.generator.spec.SpecNode;
import dev.oasis.generator.spec.SpecScalar;
import java.util.Map;

/**
 * Converts Swagger 2.0 security definitions: {@code basic} becomes HTTP basic authentication, and an
 * OAuth2 {@code flow} with its URLs and scopes becomes the matching entry of {@code flows}.
 */
final class SecuritySchemes {

    private static final Map<String, String> FLOWS = Map.of("implicit", "implicit", "password", "password",
            "application", "clientCredentials", "accessCode", "authorizationCode");

    private SecuritySchemes() {
    }

    static SpecMap convert(SpecMap scheme) {
        String type = scheme.text("type").orElse("");
        if (type.equals("basic")) {
            MapBuilder out = new MapBuilder(scheme);
            scheme.entries().forEach((key, value) -> out.put(key, key.equals("type") ? SpecScalar.derived(value, "http") : value));
            return out.scalar("scheme", "basic").build();
        }
        if (!type.equals("oauth2")) {
            return scheme;
        }
        MapBuilder out = new MapBuilder(scheme);
        MapBuilder flow = new MapBuilder(scheme.get("flow").orElse(scheme));
        for (Map.Entry<String, SpecNode> entry : scheme.entries().entrySet()) {
            switch (entry.getKey()) {
                case "flow" -> { }
                case "authorizationUrl", "tokenUrl", "scopes" -> flow.put(entry.getKey(), entry.getValue());
                default -> out.put(entry.getKey(), entry.getValue());
            }
        }
        String flowName = FLOWS.getOrDefault(scheme.text("flow").orElse(""), scheme.text("flow").orElse("implicit"));
        SpecNode origin = scheme.get("flow").orElse(scheme);
        return out.put("flows", new MapBuilder(origin).put(flowName, flow.build()).build()).build();
    }
}
