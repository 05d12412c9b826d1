package dev.oasis.generator;

import dev.oasis.generator.apidiff.ApiChange;
import dev.oasis.generator.apidiff.ApiDiff;
import dev.oasis.generator.build.ModelBuilder;
import dev.oasis.generator.check.JavaSyntaxCheck;
import dev.oasis.generator.diagnostic.Diagnostic;
import dev.oasis.generator.diagnostic.Diagnostics;
import dev.oasis.generator.diagnostic.GenerationException;
import dev.oasis.generator.diagnostic.SourceLocation;
import dev.oasis.generator.incremental.BuildState;
import dev.oasis.generator.incremental.Fingerprint;
import dev.oasis.generator.incremental.FileStamp;
import dev.oasis.generator.incremental.UpToDateCheck;
import dev.oasis.generator.model.ApiModel;
import dev.oasis.generator.refine.JavaNames;
import dev.oasis.generator.refine.NamingPass;
import dev.oasis.generator.render.RenderedFile;
import dev.oasis.generator.render.JavaText;
import dev.oasis.generator.render.Renderer;
import dev.oasis.generator.render.RuntimeSources;
import dev.oasis.generator.render.TemplateException;
import dev.oasis.generator.render.TemplateSource;
import dev.oasis.generator.render.UnusedTemplates;
import dev.oasis.generator.render.model.ProjectVars;
import dev.oasis.generator.select.OperationFilter;
import dev.oasis.generator.spec.SpecDocument;
import dev.oasis.generator.spec.SpecLoader;
import dev.oasis.generator.spec.SpecSet;
import dev.oasis.generator.write.OrphanRemover;
import dev.oasis.generator.write.OutputWriter;
import dev.oasis.generator.write.WriteReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The generator's plain-Java entry point: load the spec, build the model, keep the selected
 * operations, name it, render it, check the Java, write it. The CLI and the Maven plugin are thin
 * adapters over this class.
 *
 * <p>Nothing is written unless every stage succeeds; on failure a {@link GenerationException}
 * carries every problem found.
 */
public final class Generator {

    /** Generates the sources described by {@code config}, always running every stage. */
    public GenerationResult generate(GeneratorConfig config) {
        Rendering rendering = renderAll(config, new TemplateSource(config.templateDirectory()));
        WriteReport report = new OutputWriter(config.outputDirectory()).write(rendering.files());
        return new GenerationResult(false, report.written(), report.unchanged(), List.of(), rendering.warnings(), List.of());
    }

    /**
     * Generates incrementally, remembering inputs and outputs in {@code stateFile} (one per output
     * directory). Does nothing when nothing that affects the output changed and every generated file
     * is still as written; otherwise regenerates, writes only changed files, restores deleted ones,
     * removes those no longer generated and reports the changes to the generated public API.
     *
     * @param failOnBreakingChanges whether API changes that may break callers fail the generation
     * @throws GenerationException with every problem found; nothing is written and the state is kept
     */
    public GenerationResult generate(GeneratorConfig config, Path stateFile, boolean failOnBreakingChanges) {
        TemplateSource templates = new TemplateSource(config.templateDirectory());
        Optional<BuildState> previous = BuildState.read(stateFile);
        Map<String, FileStamp> previousOutputs = previous.map(BuildState::outputs).orElse(Map.of());
        if (previous.isPresent() && UpToDateCheck.isUpToDate(previous.get(), config, templates)) {
            return GenerationResult.upToDate(previousOutputs.keySet().stream().map(config.outputDirectory()::resolve).toList());
        }
        Rendering rendering = renderAll(config, templates);
        List<ApiChange> changes = apiChanges(config.outputDirectory(), previousOutputs, rendering.files());
        if (failOnBreakingChanges) {
            failOnBreaking(config, changes);
        }
        WriteReport report = new OutputWriter(config.outputDirectory()).write(rendering.files());
        Map<String, FileStamp> outputs = stamps(config.outputDirectory(), rendering.files());
        List<Path> removed = new OrphanRemover(config.outputDirectory()).remove(previousOutputs, outputs.keySet());
        Map<Path, String> specDigests = new TreeMap<>();
        rendering.specFiles().forEach((file, stamp) -> specDigests.put(file, stamp.digest()));
        new BuildState(Fingerprint.of(config, specDigests, templates), rendering.specFiles(), outputs).write(stateFile);
        return new GenerationResult(false, report.written(), report.unchanged(), removed, rendering.warnings(), changes);
    }

    /**
     * Runs every stage but the write and returns the files that would be written.
     *
     * @throws GenerationException with every problem found
     */
    public List<RenderedFile> render(GeneratorConfig config) {
        return renderAll(config, new TemplateSource(config.templateDirectory())).files();
    }

    private Rendering renderAll(GeneratorConfig config, TemplateSource templates) {
        return DeepStack.run(config.specFile(), () -> renderStages(config, templates));
    }

    private Rendering renderStages(GeneratorConfig config, TemplateSource templates) {
        Diagnostics diagnostics = new Diagnostics();
        SpecSet specs = SpecSet.open(config.specFile(), new SpecLoader());
        ApiModel model = ModelBuilder.build(specs, diagnostics);
        diagnostics.throwIfErrors();
        if (!config.operations().isAll()) {
            model = OperationFilter.apply(model, config.operations(), SourceLocation.ofFile(config.specFile()), diagnostics);
            diagnostics.throwIfErrors();
            OperationFilter.retainRelevantWarnings(model, diagnostics);
        }
        config.templateDirectory().ifPresent(dir -> UnusedTemplates.report(templates, dir, config.extraTemplates(), diagnostics));
        JavaNames names = NamingPass.run(model, RuntimeSources.allClassNames(), RuntimeSources.clientBuilderMethods(),
                config.basePackage());
        Renderer renderer = new Renderer(templates, projectVars(config, model), config.extraTemplates());
        List<RenderedFile> files;
        try {
            files = renderer.render(model, names);
        } catch (TemplateException e) {
            throw GenerationException.of(Diagnostic.error("template.render",
                    new SourceLocation(Path.of(templates.describe(e.template())), e.line(), 0), "",
                    e.getMessage(), "check the template against the template model reference (templates/REFERENCE.md)"));
        }
        JavaSyntaxCheck.check(files, diagnostics);
        diagnostics.throwIfErrors();
        return new Rendering(files, diagnostics.all(), specFileStamps(specs));
    }

    private static Map<Path, FileStamp> specFileStamps(SpecSet specs) {
        Map<Path, FileStamp> stamps = new TreeMap<>();
        for (SpecDocument document : specs.documents()) {
            Path file = document.path().toAbsolutePath().normalize();
            stamps.put(file, FileStamp.of(file).orElse(new FileStamp("", -1, -1)));
        }
        return stamps;
    }

    private static Map<String, FileStamp> stamps(Path outputDirectory, List<RenderedFile> files) {
        Map<String, FileStamp> stamps = new TreeMap<>();
        for (RenderedFile file : files) {
            Path written = outputDirectory.resolve(file.relativePath());
            stamps.put(file.relativePath(), FileStamp.of(written)
                    .orElseThrow(() -> new IllegalStateException(written + " vanished right after it was written")));
        }
        return stamps;
    }

    private static List<ApiChange> apiChanges(Path outputDirectory, Map<String, FileStamp> previousOutputs, List<RenderedFile> files) {
        Map<String, String> after = new LinkedHashMap<>();
        files.forEach(file -> after.put(file.relativePath(), file.content()));
        Map<String, String> before = new LinkedHashMap<>();
        for (String path : previousOutputs.keySet()) {
            readIfPresent(outputDirectory.resolve(path)).ifPresent(content -> before.put(path, content));
        }
        for (String path : after.keySet()) {
            if (!before.containsKey(path)) {
                readIfPresent(outputDirectory.resolve(path)).ifPresent(content -> before.put(path, content));
            }
        }
        return before.isEmpty() ? List.of() : ApiDiff.between(before, after);
    }

    private static Optional<String> readIfPresent(Path file) {
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the earlier output " + file, e);
        }
    }

    private static void failOnBreaking(GeneratorConfig config, List<ApiChange> changes) {
        List<Diagnostic> breaking = changes.stream().filter(ApiChange::isBreaking)
                .map(change -> Diagnostic.error("api.breaking", SourceLocation.ofFile(config.specFile()), "",
                        change.describe(),
                        "keep the old element in the spec, or allow breaking changes for this build"))
                .toList();
        if (!breaking.isEmpty()) {
            throw new GenerationException(breaking);
        }
    }

    private record Rendering(List<RenderedFile> files, List<Diagnostic> warnings, Map<Path, FileStamp> specFiles) {
    }

    private static ProjectVars projectVars(GeneratorConfig config, ApiModel model) {
        String base = config.basePackage();
        return new ProjectVars(base, config.modelPackage(), config.apiPackage(), base + ".json",
                JavaText.docEscape(model.title()), JavaText.docEscape(model.version()), GeneratorVersion.get(),
                config.readMode().name());
    }
}
