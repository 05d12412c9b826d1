package dev.oasis.generator;

import dev.oasis.generator.apidiff.ApiChange;
import dev.oasis.generator.build.ClassLookup;
import dev.oasis.generator.check.JavaSyntaxCheck;
import dev.oasis.generator.diagnostic.Diagnostic;
import dev.oasis.generator.diagnostic.Diagnostics;
import dev.oasis.generator.diagnostic.GenerationException;
import dev.oasis.generator.diagnostic.SourceLocation;
import dev.oasis.generator.incremental.FileStamp;
import dev.oasis.generator.incremental.IncrementalBuild;
import dev.oasis.generator.incremental.OutputSource;
import dev.oasis.generator.incremental.PreviousOutputs;
import dev.oasis.generator.render.RenderedFile;
import dev.oasis.generator.render.TemplateException;
import dev.oasis.generator.render.TemplateSource;
import dev.oasis.generator.write.OutputWriter;
import dev.oasis.generator.write.Staging;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The generator's plain-Java entry point: load the spec, build the model, keep the selected
 * operations, name it, render it, check the Java, write it. The CLI and the Maven plugin are thin
 * adapters over this class.
 *
 * <p>Files are rendered one at a time and staged outside the output directory while other threads
 * check them; they are moved into place only when every stage succeeded. On failure a
 * {@link GenerationException} carries every problem found, and nothing was written.
 */
public final class Generator {

    private final ClassLookup classes;
    private final Progress progress;

    /** A generator that takes the classes named in {@code schemaMappings} and {@code typeMappings} to exist. */
    public Generator() {
        this(ClassLookup.ANY, Progress.NONE);
    }

    /**
     * A generator that checks that the classes named in {@code schemaMappings} and
     * {@code typeMappings} exist, such as on a Maven project's compile classpath.
     */
    public Generator(ClassLookup classes) {
        this(classes, Progress.NONE);
    }

    /**
     * A generator that checks the mapped classes with {@code classes} and tells {@code progress} as
     * each stage finishes.
     */
    public Generator(ClassLookup classes, Progress progress) {
        this.classes = classes;
        this.progress = progress;
    }

    /** Generates the sources described by {@code config}, always running every stage. */
    public GenerationResult generate(GeneratorConfig config) {
        TemplateSource templates = new TemplateSource(config.templateDirectory());
        Path staging = besideOutput(config.outputDirectory());
        return DeepStack.run(config.specFile(), () -> {
            Diagnostics diagnostics = new Diagnostics();
            ModelStage model = ModelStage.run(config, templates, diagnostics, classes, progress);
            try (Staging staged = Staging.create(staging)) {
                List<ProducedFile> produced = new OutputStage(model.renderer(), PreviousOutputs.none(config.outputDirectory()),
                        staged, config.outputDirectory(), templates, progress, false).run();
                List<Path> written = write(config, staged, produced);
                return new GenerationResult(false, written, unchanged(config, produced), List.of(), diagnostics.all(), List.of());
            }
        });
    }

    /**
     * Generates incrementally, remembering inputs and outputs in {@code stateFile} (one per output
     * directory). Does nothing when nothing that affects the output changed and every generated file
     * is still as written; otherwise regenerates, rendering only the files whose template model or
     * template changed, writes only changed files, restores deleted ones, removes those no longer
     * generated and reports the changes to the generated public API.
     *
     * @param failOnBreakingChanges whether API changes that may break callers fail the generation
     * @throws GenerationException with every problem found; nothing is written and the state is kept
     */
    public GenerationResult generate(GeneratorConfig config, Path stateFile, boolean failOnBreakingChanges) {
        TemplateSource templates = new TemplateSource(config.templateDirectory());
        IncrementalBuild build = IncrementalBuild.open(config, stateFile, templates);
        if (build.isUpToDate()) {
            return GenerationResult.upToDate(build.previousFiles());
        }
        return DeepStack.run(config.specFile(), () -> {
            Diagnostics diagnostics = new Diagnostics();
            ModelStage model = ModelStage.run(config, templates, diagnostics, classes, progress);
            try (Staging staged = Staging.create(build.stagingDirectory())) {
                List<ProducedFile> produced = new OutputStage(model.renderer(), build.previous(), staged,
                        config.outputDirectory(), templates, progress, true).run();
                List<String> toWrite = writtenPaths(produced);
                List<ApiChange> changes = build.apiChanges(toWrite, generatedPaths(produced), staged);
                if (failOnBreakingChanges) {
                    build.failOnBreaking(changes);
                }
                List<Path> written = write(config, staged, produced);
                Map<String, FileStamp> stamps = new LinkedHashMap<>();
                Map<String, OutputSource> sources = new LinkedHashMap<>();
                for (ProducedFile file : produced) {
                    stamps.put(file.relativePath(), file.outcome().written()
                            ? FileStamp.written(config.outputDirectory().resolve(file.relativePath()), file.digest(), file.size())
                            : file.stamp());
                    sources.put(file.relativePath(), file.source());
                }
                List<Path> removed = build.finish(stamps, sources, model.specFiles());
                return new GenerationResult(false, written, unchanged(config, produced), removed, diagnostics.all(), changes);
            }
        });
    }

    /**
     * Runs every stage but the write and returns the files that would be written, all held in memory.
     *
     * @throws GenerationException with every problem found
     */
    public List<RenderedFile> render(GeneratorConfig config) {
        TemplateSource templates = new TemplateSource(config.templateDirectory());
        return DeepStack.run(config.specFile(), () -> {
            Diagnostics diagnostics = new Diagnostics();
            List<RenderedFile> files;
            try {
                files = ModelStage.run(config, templates, diagnostics, classes, progress).renderer().render();
            } catch (TemplateException e) {
                throw GenerationException.of(Diagnostic.error("template.render",
                        new SourceLocation(Path.of(templates.describe(e.template())), e.line(), 0), "",
                        e.getMessage(), "check the template against the template model reference (templates/REFERENCE.md)"));
            }
            progress.finished(Progress.Stage.RENDER, files.size() + " files");
            JavaSyntaxCheck.check(files, diagnostics);
            diagnostics.throwIfErrors();
            progress.finished(Progress.Stage.CHECK, files.stream().filter(file -> file.relativePath().endsWith(".java")).count()
                    + " Java files parsed");
            return files;
        });
    }

    private List<Path> write(GeneratorConfig config, Staging staged, List<ProducedFile> produced) {
        List<Path> written = new OutputWriter(config.outputDirectory()).commit(staged, writtenPaths(produced));
        progress.finished(Progress.Stage.WRITE, written.size() + " written, " + (produced.size() - written.size()) + " unchanged");
        return written;
    }

    /** A fresh staging folder beside the output directory, on the same file system so that files move instead of copying. */
    private static Path besideOutput(Path outputDirectory) {
        Path output = outputDirectory.toAbsolutePath().normalize();
        String name = "." + (output.getFileName() == null ? "output" : output.getFileName()) + ".oasis-staging-" + UUID.randomUUID();
        return output.getParent() == null ? output.resolve(name) : output.resolveSibling(name);
    }

    private static List<String> writtenPaths(List<ProducedFile> produced) {
        return produced.stream().filter(file -> file.outcome().written()).map(ProducedFile::relativePath).toList();
    }

    private static java.util.Set<String> generatedPaths(List<ProducedFile> produced) {
        java.util.Set<String> paths = new LinkedHashSet<>();
        produced.forEach(file -> paths.add(file.relativePath()));
        return paths;
    }

    private static List<Path> unchanged(GeneratorConfig config, List<ProducedFile> produced) {
        return produced.stream().filter(file -> !file.outcome().written())
                .map(file -> config.outputDirectory().resolve(file.relativePath())).toList();
    }
}
