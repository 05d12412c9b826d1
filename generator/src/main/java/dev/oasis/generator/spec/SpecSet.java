package dev.oasis.generator.spec;

import dev.oasis.generator.diagnostic.Diagnostic;
import dev.oasis.generator.diagnostic.Diagnostics;
import dev.oasis.generator.diagnostic.GenerationException;
import dev.oasis.generator.diagnostic.Severity;
import dev.oasis.generator.openapi.NamedShape;
import dev.oasis.generator.openapi.ReferenceOr;
import dev.oasis.generator.openapi.ShapeTable;
import dev.oasis.generator.openapi.SpecVersion;
import dev.oasis.generator.swagger.SwaggerConversion;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The main spec file and every file its {@code $ref}s reach, with reference resolution.
 *
 * <p>{@link #open} loads the main file, checks its version (converting Swagger 2.0 to OpenAPI 3.0)
 * and walks it as OpenAPI describes it, following every reference where OpenAPI allows one, so
 * that all missing targets and cycles are reported together before any model is built. When none
 * was reported, {@link #resolve} never fails.
 */
public final class SpecSet {

    private static final String REF = "$ref";

    private final SpecDocument main;
    private final SpecVersion version;
    private final ShapeTable shapes;
    private final SpecFiles files;
    private final Map<SpecMap, Optional<SpecNode>> sites = new LinkedHashMap<>();

    private SpecSet(SpecLoader loader, SpecDocument main, SpecVersion version) {
        this.main = main;
        this.version = version;
        this.shapes = ShapeTable.of(version);
        UnaryOperator<SpecNode> conversion = version == SpecVersion.SWAGGER_2_0 ? SwaggerConversion::convertFragment : node -> node;
        this.files = new SpecFiles(loader, main, conversion);
    }

    /**
     * Loads the spec at {@code path} and every file it references, and checks every reference,
     * reporting what it finds to {@code diagnostics}. When that holds errors, the set may be walked
     * and validated, so that every problem is reported together, but not resolved.
     *
     * @throws GenerationException at once, with that one problem, when the main file cannot be read as
     *     a spec: it is missing, empty, binary or not YAML, or it names no version the generator reads
     */
    public static SpecSet open(Path path, SpecLoader loader, Diagnostics diagnostics) {
        SpecDocument main = loader.load(path, path);
        SpecSet set = new SpecSet(loader, main, VersionCheck.of(main));
        if (set.version == SpecVersion.SWAGGER_2_0) {
            main.root(SwaggerConversion.convert(main, site -> set.follow(site, Severity.ERROR, diagnostics), diagnostics));
        }
        List<SpecMap> operationReferences = new ArrayList<>();
        new ShapeWalk(set.shapes, new ShapeVisitor() {
            @Override
            public void reference(SpecMap site, ReferenceOr shape) {
                if (!shape.standard()) {
                    operationReferences.add(site);
                }
            }
        }, (site, shape) -> set.follow(site, severityFor(shape), diagnostics)).walk(main.root(), set.shapes.root());
        set.reportCycles(diagnostics);
        reportOperationReferences(operationReferences, diagnostics);
        return set;
    }

    /**
     * Opens the spec as {@link #open(Path, SpecLoader, Diagnostics)} does, leaving out its warnings.
     *
     * @throws GenerationException with every problem, when a reference cannot be followed
     */
    public static SpecSet open(Path path, SpecLoader loader) {
        Diagnostics diagnostics = new Diagnostics();
        SpecSet set = open(path, loader, diagnostics);
        diagnostics.throwIfErrors();
        return set;
    }

    /** The main spec document. */
    public SpecDocument main() {
        return main;
    }

    /** The version the main document was written in; a Swagger 2.0 document now reads as OpenAPI 3.0. */
    public SpecVersion version() {
        return version;
    }

    /** Every loaded file, the main one first. */
    public Collection<SpecDocument> documents() {
        return files.documents();
    }

    /**
     * Walks the whole spec from the main document's root, through every reference OpenAPI allows,
     * telling {@code visitor} about each node with the shape OpenAPI gives its place.
     */
    public void walk(ShapeVisitor visitor) {
        new ShapeWalk(shapes, visitor, (site, shape) -> target(site)).walk(main.root(), shapes.root());
    }

    /** True when the node is a map holding a {@code $ref} string. */
    public static boolean isReference(SpecNode node) {
        return node instanceof SpecMap map && map.scalar(REF).map(SpecScalar::value).orElse(null) instanceof String;
    }

    /** The {@code $ref} text of a reference node. */
    public static Optional<String> referenceOf(SpecNode node) {
        return node instanceof SpecMap map ? map.text(REF) : Optional.empty();
    }

    /**
     * Follows {@code $ref}s from {@code node} until a node that is not a reference. References were
     * checked when the set was opened, so this only fails for a reference that was reported then.
     */
    public SpecNode resolve(SpecNode node) {
        SpecNode current = node;
        Set<SpecNode> seen = new HashSet<>();
        while (isReference(current)) {
            if (!seen.add(current)) {
                throw GenerationException.of(cycle(node));
            }
            current = target((SpecMap) current).orElseThrow();
        }
        return current;
    }

    /** The node a reference map points at, if it exists. */
    public Optional<SpecNode> target(SpecMap reference) {
        Optional<SpecNode> known = sites.get(reference);
        if (known != null) {
            return known;
        }
        RefText ref = RefText.parse(reference.text(REF).orElse(""));
        Optional<SpecDocument> document = ref.file().isEmpty() ? Optional.of(reference.document()) : files.loaded(reference, ref.file());
        return document.flatMap(d -> ref.hasPointer() ? d.at(ref.fragment()) : Optional.empty());
    }

    /** Resolves a reference the walk meets, loading its file if need be, and reports what is wrong with it. */
    private Optional<SpecNode> follow(SpecMap site, Severity severity, Diagnostics diagnostics) {
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
    private static Severity severityFor(ReferenceOr shape) {
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

    /** Reports every chain of references that leads back to itself, once, at its first reference in the files. */
    private void reportCycles(Diagnostics diagnostics) {
        Set<SpecMap> inReportedCycle = new HashSet<>();
        for (SpecMap site : sites.keySet()) {
            List<SpecMap> chain = new ArrayList<>();
            SpecMap current = site;
            while (current != null && !chain.contains(current)) {
                chain.add(current);
                current = sites.getOrDefault(current, Optional.empty())
                        .filter(target -> target instanceof SpecMap map && sites.containsKey(map))
                        .map(SpecMap.class::cast).orElse(null);
            }
            if (current == site && inReportedCycle.stream().noneMatch(chain::contains)) {
                inReportedCycle.addAll(chain);
                diagnostics.report(cycle(site));
            }
        }
    }

    private static Diagnostic cycle(SpecNode site) {
        SpecNode at = site instanceof SpecMap map ? map.get(REF).orElse(site) : site;
        return Diagnostic.error("ref.cycle", at.location(), at.pointer(),
                "the $ref chain starting here leads back to itself and never reaches a definition",
                "make one of the references in the chain point at a real definition");
    }

    private static void reportOperationReferences(List<SpecMap> sites, Diagnostics diagnostics) {
        if (sites.isEmpty()) {
            return;
        }
        SpecMap first = sites.get(0);
        SpecNode at = first.get(REF).orElse(first);
        String count = sites.size() == 1 ? "1 operation is" : sites.size() + " operations are";
        diagnostics.report(Diagnostic.warning("ref.operation", at.location(), at.pointer(),
                count + " written as a $ref (the first here), which OpenAPI does not allow for operations;"
                        + " they were resolved as most tools resolve them",
                "to follow the specification, write each operation in its path item, or make the whole path item a $ref"));
    }
}
