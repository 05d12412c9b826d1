package dev.oasis.generator.spec;

import dev.oasis.generator.diagnostic.Diagnostic;
import dev.oasis.generator.diagnostic.Diagnostics;
import dev.oasis.generator.diagnostic.GenerationException;
import dev.oasis.generator.diagnostic.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The files of one spec: the main file and those its references name, each loaded once. A file is
 * opened only when its normalised path, and then its real path with symbolic links resolved, lies
 * in the main file's folder or below it; anything else is refused unread. A file that cannot be
 * loaded is reported once, at the first reference that names it.
 */
final class SpecFiles {

    private final SpecLoader loader;
    private final Path root;
    private final UnaryOperator<SpecNode> conversion;
    private final Map<Path, SpecDocument> documents = new LinkedHashMap<>();
    private final Set<Path> failed = new HashSet<>();
    private Path realRoot;

    /**
     * @param conversion applied to the root of every file loaded for a reference, such as the
     *     Swagger 2.0 schema rewrites
     */
    SpecFiles(SpecLoader loader, SpecDocument main, UnaryOperator<SpecNode> conversion) {
        this.loader = loader;
        this.root = main.path().getParent();
        this.conversion = conversion;
        documents.put(main.path(), main);
    }

    /** Every loaded file, the main one first. */
    List<SpecDocument> documents() {
        return new ArrayList<>(documents.values());
    }

    /** The file {@code file} names relative to the document holding {@code from}, if it was loaded. */
    Optional<SpecDocument> loaded(SpecNode from, String file) {
        try {
            return Optional.ofNullable(documents.get(resolve(from, file)));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /**
     * The file a reference names, loaded if need be; problems are reported at the {@code $ref} node
     * with {@code severity}, except that escaping the folder is always an error.
     */
    Optional<SpecDocument> load(SpecScalar ref, String file, Severity severity, Diagnostics diagnostics) {
        Path base = ref.document().path().getParent();
        Path path;
        try {
            path = resolve(ref, file);
        } catch (InvalidPathException e) {
            diagnostics.report(new Diagnostic(severity, "ref.file-missing", ref.location(), ref.pointer(),
                    "'" + file + "' is not a valid file path", "write the reference as a relative path, such as './schemas/Pet.yaml'"));
            return Optional.empty();
        }
        SpecDocument known = documents.get(path);
        if (known != null || failed.contains(path)) {
            return Optional.ofNullable(known);
        }
        if (!path.startsWith(root) || !realPathInside(path)) {
            failed.add(path);
            diagnostics.report(Diagnostic.error("ref.outside", ref.location(), ref.pointer(),
                    "'" + file + "' leads outside the spec's folder, so it was not read",
                    "a spec may refer only to files in " + root + " and its subfolders; copy the file there"));
            return Optional.empty();
        }
        if (!Files.isRegularFile(path)) {
            failed.add(path);
            diagnostics.report(new Diagnostic(severity, "ref.file-missing", ref.location(), ref.pointer(),
                    "file '" + file + "' does not exist",
                    "it was resolved against " + base + ", the folder of " + ref.document().displayPath()
                            + "; a reference is relative to the file that holds it"));
            return Optional.empty();
        }
        try {
            SpecDocument loaded = loader.load(path, displayPath(ref, file));
            loaded.root(conversion.apply(loaded.root()));
            documents.put(path, loaded);
            return Optional.of(loaded);
        } catch (GenerationException e) {
            failed.add(path);
            e.diagnostics().forEach(problem -> diagnostics.report(new Diagnostic(severity, problem.id(), problem.location(),
                    problem.pointer(), problem.message(), problem.hint() + " (the file is referenced at " + ref.location() + ")")));
            return Optional.empty();
        }
    }

    private Path resolve(SpecNode from, String file) {
        return from.document().path().getParent().resolve(file).normalize();
    }

    /** True when the file's real path, symbolic links resolved, is still inside the spec's folder; false for a dangling link. */
    private boolean realPathInside(Path path) {
        if (!Files.exists(path)) {
            return !Files.isSymbolicLink(path);
        }
        try {
            if (realRoot == null) {
                realRoot = root.toRealPath();
            }
            return path.toRealPath().startsWith(realRoot);
        } catch (IOException e) {
            return false;
        }
    }

    private static Path displayPath(SpecNode from, String file) {
        Path base = from.document().displayPath().getParent();
        return base == null ? Path.of(file).normalize() : base.resolve(file).normalize();
    }
}
