package dev.oasis.generator.swagger;

import dev.oasis.generator.spec.SpecList;
import dev.oasis.generator.spec.SpecMap;
import dev.oasis.generator.spec.SpecNode;
import dev.oasis.generator.spec.SpecScalar;
import java.util.ArrayList;
import java.util.List;

/**
 * OpenAPI 3.0 servers from Swagger 2.0's {@code host}, {@code basePath} and {@code schemes}: one
 * server per scheme ({@code https} when none is given), or the base path alone when there is no host.
 */
final class Servers {

    private final SpecMap root;
    private final String host;
    private final String basePath;

    Servers(SpecMap root) {
        this.root = root;
        this.host = root.text("host").orElse("");
        this.basePath = root.text("basePath").orElse("");
    }

    /** The document's servers; null when it names neither host nor base path, leaving OpenAPI's default. */
    SpecList all() {
        if (host.isEmpty() && basePath.isEmpty()) {
            return null;
        }
        return forSchemes(root.get("schemes").orElse(null));
    }

    /** The servers for the given {@code schemes} list, or for {@code https} when it is absent. */
    SpecList forSchemes(SpecNode schemes) {
        SpecNode origin = root.get("host").or(() -> root.get("basePath")).orElse(root);
        List<String> names = OperationConverter.texts(schemes);
        List<SpecNode> servers = new ArrayList<>();
        if (host.isEmpty()) {
            servers.add(server(origin, basePath.isEmpty() ? "/" : basePath));
        } else {
            for (String scheme : names.isEmpty() ? List.of("https") : names) {
                servers.add(server(schemes == null ? origin : schemes, scheme + "://" + host + basePath));
            }
        }
        return SpecList.derived(schemes == null ? origin : schemes, servers);
    }

    private static SpecMap server(SpecNode origin, String url) {
        return new MapBuilder(origin).put("url", SpecScalar.derived(origin, url)).build();
    }
}
