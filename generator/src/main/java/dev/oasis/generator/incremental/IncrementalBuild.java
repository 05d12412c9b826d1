package dev.oasis.generator.incremental;

import dev.oasis.generator.GeneratorConfig;
import dev.oasis.generator.apidiff.ApiChange;
import dev.oasis.generator.apidiff.ApiDiff;
import dev.oasis.generator.diagnostic.Diagnostic;
import dev.oasis.generator.diagnostic.GenerationException;
import dev.oasis.generator.diagnostic.SourceLocation;
import dev.oasis.generator.render.TemplateSource;
import dev.oasis.generator.write.OrphanRemover;
import dev.oasis.generator.write.Staging;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The bookkeeping of one incremental generation into an output directory: what the previous run
 * left (its {@link BuildState}), whether anything changed since, which files need not be rendered
 * again, how the generated public API changes, whether that may break callers, and, once the new
 * files are written, the new state and the removal of files no longer generated.
 */
public final class IncrementalBuild {

    private final GeneratorConfig config;
    private final Path stateFile;
    private final TemplateSource templates;
    private final Optional<BuildState> previous;
    private String renderingFingerprint;

    private IncrementalBuild(GeneratorConfig config, Path stateFile, TemplateSource templates) {
        this.config = config;
        this.stateFile = stateFile;
        this.templates = templates;
        this.previous = BuildState.read(stateFile);
    }

    /** Reads the state the previous run left in {@code stateFile}, if any. */
    public static IncrementalBuild open(GeneratorConfig config, Path stateFile, TemplateSource templates) {
        return new IncrementalBuild(config, stateFile, templates);
    }

    /** True when nothing that affects the output changed and every generated file is still as written. */
    public boolean isUpToDate() {
        return previous.isPresent() && UpToDateCheck.isUpToDate(previous.get(), config, templates);
    }

    /** The files the previous run generated, under the output directory. */
    public List<Path> previousFiles() {
        return previousOutputs().keySet().stream().map(config.outputDirectory()::resolve).toList();
    }

    /** What the previous run produced, for deciding which files need not be rendered again. */
    public PreviousOutputs previous() {
        return PreviousOutputs.of(config.outputDirectory(), previous, renderingFingerprint());
    }

    /** The folder where this generation's files wait until it has succeeded: beside the state file. */
    public Path stagingDirectory() {
        return stateFile.resolveSibling(stateFile.getFileName() + ".staging");
    }

    /**
     * The changes to the generated public API: from the files on disk to the staged ones for the files
     * about to be written, and the removal of the previous run's files no longer generated. None when
     * nothing was generated into the output directory before.
     *
     * @param written the relative paths of the files about to be written, staged in {@code staging}
     * @param generated the relative paths of every file this generation produces
     */
    public List<ApiChange> apiChanges(List<String> written, Set<String> generated, Staging staging) {
        Path output = config.outputDirectory();
        boolean earlierOutput = generated.stream().anyMatch(path -> Files.isRegularFile(output.resolve(path)))
                || previousOutputs().keySet().stream().anyMatch(path -> Files.isRegularFile(output.resolve(path)));
        if (!earlierOutput) {
            return List.of();
        }
        ApiDiff diff = new ApiDiff();
        for (String path : written) {
            diff.add(path, readIfPresent(output.resolve(path)).orElse(null), staging.read(path));
        }
        for (String path : previousOutputs().keySet()) {
            if (!generated.contains(path)) {
                readIfPresent(output.resolve(path)).ifPresent(old -> diff.add(path, old, null));
            }
        }
        return diff.changes();
    }

    /**
     * Refuses changes that may break callers.
     *
     * @throws GenerationException with one error per breaking change
     */
    public void failOnBreaking(List<ApiChange> changes) {
        List<Diagnostic> breaking = changes.stream().filter(ApiChange::isBreaking)
                .map(change -> Diagnostic.error("api.breaking", SourceLocation.ofFile(config.specFile()), "",
                        change.describe(), "keep the old element in the spec, or allow breaking changes for this build"))
                .toList();
        if (!breaking.isEmpty()) {
            throw new GenerationException(breaking);
        }
    }

    /**
     * After the files are written: removes the files the previous run generated that this one did
     * not, and records the new state.
     *
     * @param outputs every file this generation produced, with the stamp it has on disk now
     * @param sources what each file was made from
     * @param specFiles every spec file the generation read
     * @return the files removed
     */
    public List<Path> finish(Map<String, FileStamp> outputs, Map<String, OutputSource> sources, Collection<Path> specFiles) {
        List<Path> removed = new OrphanRemover(config.outputDirectory()).remove(previousOutputs(), outputs.keySet());
        Map<Path, FileStamp> specStamps = new TreeMap<>();
        for (Path spec : specFiles) {
            Path file = spec.toAbsolutePath().normalize();
            specStamps.put(file, FileStamp.of(file).orElse(new FileStamp("", -1, -1)));
        }
        Map<Path, String> specDigests = new TreeMap<>();
        specStamps.forEach((file, stamp) -> specDigests.put(file, stamp.digest()));
        new BuildState(Fingerprint.of(config, specDigests, templates), renderingFingerprint(), specStamps,
                outputs, sources).write(stateFile);
        return removed;
    }

    private String renderingFingerprint() {
        if (renderingFingerprint == null) {
            renderingFingerprint = Fingerprint.ofRendering(templates);
        }
        return renderingFingerprint;
    }

    private Map<String, FileStamp> previousOutputs() {
        return previous.map(BuildState::outputs).orElse(Map.of());
    }

    private static Optional<String> readIfPresent(Path file) {
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the earlier output " + file, e);
        }
    }
}
