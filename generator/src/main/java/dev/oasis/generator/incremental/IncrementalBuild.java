package dev.oasis.generator.incremental;

import dev.oasis.generator.GeneratorConfig;
import dev.oasis.generator.apidiff.ApiChange;
import dev.oasis.generator.apidiff.ApiDiff;
import dev.oasis.generator.diagnostic.Diagnostic;
import dev.oasis.generator.diagnostic.GenerationException;
import dev.oasis.generator.diagnostic.SourceLocation;
import dev.oasis.generator.render.RenderedFile;
import dev.oasis.generator.render.TemplateSource;
import dev.oasis.generator.write.OrphanRemover;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The bookkeeping of one incremental generation into an output directory: what the previous run
 * left (its {@link BuildState}), whether anything changed since, how the generated public API
 * changes, whether that may break callers, and, once the new files are written, the new state
 * and the removal of files no longer generated.
 */
public final class IncrementalBuild {

    private final GeneratorConfig config;
    private final Path stateFile;
    private final TemplateSource templates;
    private final Optional<BuildState> previous;

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

    /** The changes to the generated public API from the files on disk to {@code files}; none when there is no earlier output. */
    public List<ApiChange> apiChanges(List<RenderedFile> files) {
        Map<String, String> after = new LinkedHashMap<>();
        files.forEach(file -> after.put(file.relativePath(), file.content()));
        Map<String, String> before = new LinkedHashMap<>();
        for (String path : previousOutputs().keySet()) {
            readIfPresent(config.outputDirectory().resolve(path)).ifPresent(content -> before.put(path, content));
        }
        for (String path : after.keySet()) {
            if (!before.containsKey(path)) {
                readIfPresent(config.outputDirectory().resolve(path)).ifPresent(content -> before.put(path, content));
            }
        }
        return before.isEmpty() ? List.of() : ApiDiff.between(before, after);
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
     * @param files the files just written
     * @param specFiles every spec file the generation read
     * @return the files removed
     */
    public List<Path> finish(List<RenderedFile> files, Collection<Path> specFiles) {
        Path output = config.outputDirectory();
        Map<String, FileStamp> outputs = new TreeMap<>();
        for (RenderedFile file : files) {
            Path written = output.resolve(file.relativePath());
            outputs.put(file.relativePath(), FileStamp.of(written)
                    .orElseThrow(() -> new IllegalStateException(written + " vanished right after it was written")));
        }
        List<Path> removed = new OrphanRemover(output).remove(previousOutputs(), outputs.keySet());
        Map<Path, FileStamp> specStamps = new TreeMap<>();
        for (Path spec : specFiles) {
            Path file = spec.toAbsolutePath().normalize();
            specStamps.put(file, FileStamp.of(file).orElse(new FileStamp("", -1, -1)));
        }
        Map<Path, String> specDigests = new TreeMap<>();
        specStamps.forEach((file, stamp) -> specDigests.put(file, stamp.digest()));
        new BuildState(Fingerprint.of(config, specDigests, templates), specStamps, outputs).write(stateFile);
        return removed;
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
