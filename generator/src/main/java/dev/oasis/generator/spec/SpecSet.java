package dev.oasis.generator.spec;

import dev.oasis.generator.diagnostic.Diagnostic;
import dev.oasis.generator.diagnostic.Diagnostics;
import dev.oasis.generator.diagnostic.GenerationException;
import dev.oasis.generator.diagnostic.Severity;
import dev.oasis.generator.openapi.ReferenceOr;
import dev.oasis.generator.openapi.ShapeTable;
import dev.oasis.generator.openapi.SpecVersion;
import dev.oasis.generator.swagger.SwaggerConversion;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The main spec file and every file its {@code $ref}s reach, with reference resolution.
 *
 * <p>{@link #open} loads the main file, checks its version (converting Swagger 2.0 to OpenAPI 3.0)
 * and walks it as OpenAPI describes it, following every reference where OpenAPI allows one, so
 * that all missing targets and cycles are reported together before any model is built. When none
 * was reported, {@link #resolve} never fails.
 *
 * <p>A set may stand for a part of its main document ({@link #root()}): a root that keeps some of
 * the document's entries, such as only some operations. Then only that part, and what its references
 * reach, is walked, validated and built; references still resolve within the whole file.
 */
public final class SpecSet {

    private static final String REF = "$ref";

    private final SpecDocument main;
    private SpecMap root;
    private final SpecVersion version;
    private final ShapeTable shapes;
    private final SpecFiles files;
    private final References references;
    private final SpecLoader loader;

    private SpecSet(SpecLoader loader, SpecDocument main, SpecMap root, SpecVersion version) {
        this.main = main;
        this.root = root;
        this.version = version;
        this.shapes = ShapeTable.of(version);
        UnaryOperator<SpecNode> conversion = version == SpecVersion.SWAGGER_2_0 ? SwaggerConversion::convertFragment : node -> node;
        this.files = new SpecFiles(loader, main, conversion);
        this.loader = loader;
        this.references = new References(files);
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
        return open(path, loader, diagnostics, document -> Optional.empty());
    }

    /**
     * Opens the spec as {@link #open(Path, SpecLoader, Diagnostics)} does, but for the part of an
     * OpenAPI 3 main document that {@code scope} keeps: only that part and what its references reach
     * is walked. A Swagger 2.0 document, and one for which {@code scope} answers empty, is taken whole.
     *
     * @param scope the root of the part to take, made of the document's own nodes, or empty for the whole
     */
    public static SpecSet open(Path path, SpecLoader loader, Diagnostics diagnostics,
            Function<SpecDocument, Optional<SpecMap>> scope) {
        SpecDocument main = loader.load(path, path);
        SpecVersion version = VersionCheck.of(main);
        if (version == SpecVersion.SWAGGER_2_0) {
            SpecSet converted = new SpecSet(loader, main, main.rootMap(), version);
            main.root(SwaggerConversion.convert(main, site -> converted.references.follow(site, Severity.ERROR, diagnostics),
                    diagnostics));
            converted.root = main.rootMap();
            converted.walk(diagnostics);
            return converted;
        }
        SpecSet set = new SpecSet(loader, main, scope.apply(main).orElse(main.rootMap()), version);
        set.walk(diagnostics);
        return set;
    }

    /**
     * The whole of this set's main document, walked again from its root with the files it references
     * loaded afresh; what that finds is reported to {@code diagnostics}.
     */
    public SpecSet whole(Diagnostics diagnostics) {
        SpecSet whole = new SpecSet(loader, main, main.rootMap(), version);
        whole.walk(diagnostics);
        return whole;
    }

    /** True when this set stands for its whole main document. */
    public boolean isWhole() {
        return root == main.root();
    }

    /** Follows every reference from the root, reporting what is wrong with each, and every cycle. */
    private void walk(Diagnostics diagnostics) {
        List<SpecMap> operationReferences = new ArrayList<>();
        new ShapeWalk(shapes, new ShapeVisitor() {
            @Override
            public void reference(SpecMap site, ReferenceOr shape) {
                if (!shape.standard()) {
                    operationReferences.add(site);
                }
            }
        }, (site, shape) -> references.follow(site, References.severityFor(shape), diagnostics)).walk(root, shapes.root());
        references.reportCycles(diagnostics);
        reportOperationReferences(operationReferences, diagnostics);
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

    /** The root of what this set stands for: the main document's root, or the part of it that was kept. */
    public SpecMap root() {
        return root;
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
     * Walks the spec from its {@link #root()}, through every reference OpenAPI allows,
     * telling {@code visitor} about each node with the shape OpenAPI gives its place.
     */
    public void walk(ShapeVisitor visitor) {
        new ShapeWalk(shapes, visitor, (site, shape) -> references.target(site)).walk(root, shapes.root());
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
                throw GenerationException.of(References.cycle(node));
            }
            current = target((SpecMap) current).orElseThrow();
        }
        return current;
    }

    /** The node a reference map points at, if it exists. */
    public Optional<SpecNode> target(SpecMap reference) {
        return references.target(reference);
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
