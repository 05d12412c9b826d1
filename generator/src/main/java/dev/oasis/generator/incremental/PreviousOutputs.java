package dev.oasis.generator.incremental;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What the previous generation into an output directory produced, asked file by file: whether a
 * file would render as it did then (so it need not be rendered), and what a file on disk holds when
 * it is still as that generation wrote it (so it need not be read).
 */
public final class PreviousOutputs {

    private final Path outputDirectory;
    private final Optional<BuildState> previous;
    private final boolean sameRendering;
    private final Map<String, Set<String>> typesByPackage = new HashMap<>();

    private PreviousOutputs(Path outputDirectory, Optional<BuildState> previous, String renderingFingerprint) {
        this.outputDirectory = outputDirectory;
        this.previous = previous;
        this.sameRendering = previous.map(state -> state.renderingFingerprint().equals(renderingFingerprint)).orElse(false);
        previous.ifPresent(state -> state.outputs().keySet().stream().filter(path -> path.endsWith(".java"))
                .forEach(path -> typesByPackage.computeIfAbsent(packageOf(path), key -> new HashSet<>()).add(className(path))));
    }

    /** Knowledge of the previous generation's outputs, if there was one, for a generation with this rendering fingerprint. */
    static PreviousOutputs of(Path outputDirectory, Optional<BuildState> previous, String renderingFingerprint) {
        return new PreviousOutputs(outputDirectory, previous, renderingFingerprint);
    }

    /** No previous generation: every file is rendered, and compared with what is on disk by reading it. */
    public static PreviousOutputs none(Path outputDirectory) {
        return new PreviousOutputs(outputDirectory, Optional.empty(), "");
    }

    /** True when there was a previous generation into the output directory. */
    public boolean exist() {
        return previous.isPresent();
    }

    /**
     * The file at {@code relativePath}, made from {@code key}, as the previous generation left it, when
     * it would render exactly as it did then and is still on disk as it was written: same rendering, same
     * key, and each simple name its imports looked up still is, or is not, a type of its package.
     *
     * @param typesOfPackage the simple names of the types this generation writes into a package
     * @return empty when the file must be rendered
     */
    public Optional<Kept> keep(String relativePath, String key, Function<String, Set<String>> typesOfPackage) {
        if (!sameRendering) {
            return Optional.empty();
        }
        OutputSource source = previous.get().sources().get(relativePath);
        if (source == null || !source.key().equals(key)) {
            return Optional.empty();
        }
        if (!source.packageLookups().isEmpty()) {
            String packageName = packageOf(relativePath);
            Set<String> now = typesOfPackage.apply(packageName);
            Set<String> then = typesByPackage.getOrDefault(packageName, Set.of());
            for (String name : source.packageLookups()) {
                if (now.contains(name) != then.contains(name)) {
                    return Optional.empty();
                }
            }
        }
        return stillWritten(relativePath).map(stamp -> new Kept(stamp, source));
    }

    /** The stamp the previous generation recorded for a file, if the file is still on disk as it was written then. */
    public Optional<FileStamp> stillWritten(String relativePath) {
        FileStamp stamp = previous.map(state -> state.outputs().get(relativePath)).orElse(null);
        if (stamp == null) {
            return Optional.empty();
        }
        return stamp.refreshed(outputDirectory.resolve(relativePath));
    }

    /** The files the previous generation wrote, with their stamps. */
    public Map<String, FileStamp> files() {
        return previous.map(BuildState::outputs).orElse(Map.of());
    }

    /**
     * A file kept as the previous generation wrote it.
     *
     * @param stamp its stamp, as it is on disk now
     * @param source what it was made from
     */
    public record Kept(FileStamp stamp, OutputSource source) {
    }

    private static String packageOf(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash).replace('/', '.');
    }

    private static String className(String path) {
        return path.substring(path.lastIndexOf('/') + 1, path.length() - ".java".length());
    }
}
