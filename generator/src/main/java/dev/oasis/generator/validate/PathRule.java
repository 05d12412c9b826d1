package dev.oasis.generator.validate;

import dev.oasis.generator.diagnostic.Closest;
import dev.oasis.generator.openapi.ObjectShape;
import dev.oasis.generator.spec.SpecMap;
import dev.oasis.generator.spec.SpecNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Path templates: every variable in a path is declared as a path parameter of each of its
 * operations (on the operation or its path item), and every path parameter appears in the path.
 * Two paths that differ only in the names of their variables are the same path.
 */
final class PathRule extends Rule {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^{}]*)}");
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    private final Resolver resolver;
    private final Set<SpecNode> reportedUnused = new HashSet<>();

    PathRule(Findings findings, Resolver resolver) {
        super(findings);
        this.resolver = resolver;
    }

    @Override
    public void object(SpecMap node, ObjectShape shape) {
        if (!shape.name().equals("Paths")) {
            return;
        }
        Map<String, String> shapes = new HashMap<>();
        node.entries().forEach((path, value) -> {
            if (!path.startsWith("/")) {
                return;
            }
            String same = shapes.putIfAbsent(VARIABLE.matcher(path).replaceAll("{}"), path);
            if (same != null) {
                findings.warning("path.duplicate", value, "path '" + path + "' is the same path as '" + same + "'",
                        "paths that differ only in the names of their variables cannot be told apart; merge them");
            }
            resolver.map(value).ifPresent(item -> check(path, item));
        });
    }

    private void check(String path, SpecMap item) {
        Set<String> variables = new LinkedHashSet<>();
        Matcher matcher = VARIABLE.matcher(path);
        while (matcher.find()) {
            variables.add(matcher.group(1));
        }
        List<SpecMap> shared = pathParameters(item);
        for (String method : METHODS) {
            item.get(method).flatMap(resolver::map).ifPresent(operation -> {
                Map<String, SpecMap> declared = new LinkedHashMap<>();
                shared.forEach(p -> declared.put(p.text("name").orElse(""), p));
                pathParameters(operation).forEach(p -> declared.put(p.text("name").orElse(""), p));
                String label = method.toUpperCase(Locale.ROOT) + " " + path;
                for (String variable : variables) {
                    if (!declared.containsKey(variable)) {
                        undeclared(item.get(method).orElseThrow(), label, variable, unusedNames(declared, variables));
                    }
                }
                declared.forEach((name, parameter) -> {
                    if (!variables.contains(name) && reportedUnused.add(parameter)) {
                        unused(parameter, path, name, variables);
                    }
                });
            });
        }
    }

    private void undeclared(SpecNode operation, String label, String variable, List<String> unused) {
        String hint = Closest.among(variable, unused)
                .map(name -> "the path parameter '" + name + "' is not in the path; rename it or the variable so they match")
                .orElse("add a parameter with name: " + variable + ", in: path, required: true");
        findings.error("path.parameter-undeclared", operation,
                label + " has the variable '{" + variable + "}' but no path parameter named '" + variable + "'", hint);
    }

    private void unused(SpecMap parameter, String path, String name, Set<String> variables) {
        String hint = Closest.among(name, variables).map(v -> "did you mean '" + v + "'?")
                .orElse("a path parameter fills a '{name}' variable of the path; remove it or add the variable");
        findings.error("path.parameter-unused", parameter.get("name").orElse(parameter),
                "path parameter '" + name + "' does not appear in the path '" + path + "'", hint);
    }

    private static List<String> unusedNames(Map<String, SpecMap> declared, Set<String> variables) {
        List<String> unused = new ArrayList<>(declared.keySet());
        unused.removeAll(variables);
        return unused;
    }

    private List<SpecMap> pathParameters(SpecMap owner) {
        return resolver.maps(owner, "parameters").stream()
                .filter(p -> p.text("in").filter("path"::equals).isPresent()).toList();
    }
}
