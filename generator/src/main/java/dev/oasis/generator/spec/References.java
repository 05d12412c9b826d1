package dev.oasis.generator.spec;

import dev.oasis.generator.diagnostic.Diagnostic;
import dev.oasis.generator.diagnostic.Diagnostics;
import dev.oasis.generator.diagnostic.Severity;
import dev.oasis.generator.openapi.NamedShape;
import dev.oasis.generator.openapi.ReferenceOr;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The references of a spec: each followed once, its file loaded through {@link SpecFiles}, its target
 * remembered, and what is wrong with it reported at its {@code $ref}: a value that is no string, a
 * remote URI, a file that cannot be loaded, a target that does not exist, a chain that loops.
 */
final class References {

    private static final String REF = "$ref";

    private final SpecFiles files;
    private final Map<SpecMap, Optional<SpecNode>> sites = new LinkedHashMap<>();

    References(SpecFiles files) {
        this.files = files;
    }

    /** The node a reference map points at, if it exists; a reference the walk met is not looked up again. */
    Optional<SpecNode> target(SpecMap reference) {
        Optional<SpecNode> known = sites.get(reference);
        if (known != null) {
            return known;
        }
        RefText ref = RefText.parse(reference.text(REF).orElse(""));
        Optional<SpecDocument> document = ref.file().isEmpty() ? Optional.of(reference.document()) : files.loaded(reference, ref.file());
        return document.flatMap(d -> ref.hasPointer() ? d.at(ref.fragment()) : Optional.empty());
    }

    /** Resolves a reference the walk meets, loading its file if need be, and reports what is wrong with it. */
    Optional<SpecNode> follow(SpecMap site, Severity severity, Diagnostics diagnostics) {
        Optional<SpecNode> known = sites.get(site);
        if (known != null) {
            return known;
        }
        Optional<SpecNode> target = locate(site, severity, diagnostics);
        sites.put(site, target);
        return target;
    }

    private Optional<SpecNode> locate(SpecMap site, Severity severity, Diagnostics diagnostics) {
        SpecNode refNode = site.get(REF).orElseThrow();
        if (!(refNode instanceof SpecScalar scalar) || !(scalar.value() instanceof String text)) {
            diagnostics.report(Diagnostic.error("ref.not-text", refNode.location(), refNode.pointer(),
                    "$ref must be a string", "write it as $ref: '#/components/schemas/Name'"));
            return Optional.empty();
        }
        RefText ref = RefText.parse(text);
        if (ref.isUri()) {
            diagnostics.report(Diagnostic.error("ref.remote", scalar.location(), scalar.pointer(),
                    "remote reference '" + text + "' is not supported", "download the file and refer to it by a relative path"));
            return Optional.empty();
        }
        Optional<SpecDocument> document = ref.file().isEmpty() ? Optional.of(site.document())
                : files.load(scalar, ref.file(), severity, diagnostics);
        if (document.isEmpty()) {
            return Optional.empty();
        }
        Optional<SpecNode> target = ref.hasPointer() ? document.get().at(ref.fragment()) : Optional.empty();
        if (target.isEmpty()) {
            diagnostics.report(new Diagnostic(severity, "ref.missing", scalar.location(), scalar.pointer(),
                    "$ref target '" + text + "' does not exist", hintFor(text, ref)));
        }
        return target;
    }

    /** Broken references to examples and links cost the generated code nothing, so they are warnings. */
    static Severity severityFor(ReferenceOr shape) {
        boolean unused = shape.target() instanceof NamedShape named && (named.name().equals("Example") || named.name().equals("Link"));
        return unused ? Severity.WARNING : Severity.ERROR;
    }

    private static String hintFor(String text, RefText ref) {
        if (!ref.hasPointer()) {
            return "refer to a part of a file by JSON pointer, such as '#/components/schemas/Name'";
        }
        int slash = text.lastIndexOf('/');
        if (text.startsWith("#/components/") && slash > 0) {
            String section = text.substring(2, slash);
            return "define '" + text.substring(slash + 1) + "' under " + section.replace('/', '.')
                    + ", or correct the name (names are case-sensitive)";
        }
        if (text.startsWith("#/definitions/") && slash > 0) {
            return "define '" + text.substring(slash + 1) + "' under definitions, or correct the name (names are case-sensitive)";
        }
        return "a local reference looks like '#/components/schemas/Name'";
    }

    /**
     * Reports every chain of references that leads back to itself, once, at the reference where the
     * chain closes. Each reference leads to at most one other, so one pass over them finds every cycle.
     */
    void reportCycles(Diagnostics diagnostics) {
        Map<SpecMap, Boolean> finished = new IdentityHashMap<>();
        for (SpecMap start : sites.keySet()) {
            List<SpecMap> path = new ArrayList<>();
            SpecMap current = start;
            while (current != null && !finished.containsKey(current)) {
                finished.put(current, false);
                path.add(current);
                current = next(current);
            }
            if (current != null && !finished.get(current)) {
                diagnostics.report(cycle(current));
            }
            path.forEach(site -> finished.put(site, true));
        }
    }

    /** The reference a reference leads to, if it leads to one. */
    private SpecMap next(SpecMap site) {
        return sites.getOrDefault(site, Optional.empty())
                .filter(target -> target instanceof SpecMap map && sites.containsKey(map))
                .map(SpecMap.class::cast).orElse(null);
    }

    /** The error for a chain of references that loops, at the {@code $ref} of {@code site}. */
    static Diagnostic cycle(SpecNode site) {
        SpecNode at = site instanceof SpecMap map ? map.get(REF).orElse(site) : site;
        return Diagnostic.error("ref.cycle", at.location(), at.pointer(),
                "the $ref chain starting here leads back to itself and never reaches a definition",
                "make one of the references in the chain point at a real definition");
    }
}
