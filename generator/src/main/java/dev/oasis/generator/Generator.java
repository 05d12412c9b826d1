package dev.oasis.generator;

import dev.oasis.generator.apidiff.ApiChange;
import dev.oasis.generator.build.ClassLookup;
import dev.oasis.generator.build.MappedClasses;
import dev.oasis.generator.build.ModelBuilder;
import dev.oasis.generator.build.TypeMappings;
import dev.oasis.generator.check.JavaSyntaxCheck;
import dev.oasis.generator.diagnostic.Diagnostic;
import dev.oasis.generator.diagnostic.Diagnostics;
import dev.oasis.generator.diagnostic.GenerationException;
import dev.oasis.generator.diagnostic.SourceLocation;
import dev.oasis.generator.incremental.IncrementalBuild;
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
import dev.oasis.generator.validate.Validation;
import dev.oasis.generator.write.OutputWriter;
import dev.oasis.generator.write.WriteReport;
import java.nio.file.Path;
import java.util.List;

/**
 * The generator's plain-Java entry point: load the spec, build the model, keep the selected
 * operations, name it, render it, check the Java, write it. The CLI and the Maven plugin are thin
 * adapters over this class.
 *
 * <p>Nothing is written unless every stage succeeds; on failure a {@link GenerationException}
 * carries every problem found.
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
        Rendering rendering = renderAll(config, new TemplateSource(config.templateDirectory()));
        WriteReport report = write(config, rendering);
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
        IncrementalBuild build = IncrementalBuild.open(config, stateFile, templates);
        if (build.isUpToDate()) {
            return GenerationResult.upToDate(build.previousFiles());
        }
        Rendering rendering = renderAll(config, templates);
        List<ApiChange> changes = build.apiChanges(rendering.files());
        if (failOnBreakingChanges) {
            build.failOnBreaking(changes);
        }
        WriteReport report = write(config, rendering);
        List<Path> removed = build.finish(rendering.files(), rendering.specFiles());
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

    private WriteReport write(GeneratorConfig config, Rendering rendering) {
        WriteReport report = new OutputWriter(config.outputDirectory()).write(rendering.files());
        progress.finished(Progress.Stage.WRITE, report.written().size() + " written, " + report.unchanged().size() + " unchanged");
        return report;
    }

    private Rendering renderAll(GeneratorConfig config, TemplateSource templates) {
        return DeepStack.run(config.specFile(), () -> renderStages(config, templates));
    }

    private Rendering renderStages(GeneratorConfig config, TemplateSource templates) {
        Diagnostics diagnostics = new Diagnostics();
        SpecSet specs = SpecSet.open(config.specFile(), new SpecLoader(), diagnostics);
        progress.finished(Progress.Stage.LOAD, specs.documents().size() + (specs.documents().size() == 1 ? " file" : " files"));
        Validation.run(specs, config.validation(), diagnostics);
        diagnostics.throwIfErrors();
        TypeMappings mappings = config.conventions().typeMappings();
        ApiModel model = ModelBuilder.build(specs, diagnostics, mappings);
        MappedClasses.check(specs, mappings, classes, diagnostics);
        diagnostics.throwIfErrors();
        progress.finished(Progress.Stage.BUILD, model.types().size() + " types, " + model.operations().size() + " operations");
        if (!config.operations().isAll()) {
            model = OperationFilter.apply(model, config.operations(), SourceLocation.ofFile(config.specFile()), diagnostics);
            diagnostics.throwIfErrors();
            OperationFilter.retainRelevantWarnings(model, diagnostics);
        }
        config.templateDirectory().ifPresent(dir -> UnusedTemplates.report(templates, dir, config.extraTemplates(), diagnostics));
        JavaNames names = NamingPass.run(model, RuntimeSources.allClassNames(), RuntimeSources.clientBuilderMethods(),
                List.of(config.basePackage(), config.runtimePackage()), config.conventions().modelNaming());
        Renderer renderer = new Renderer(templates, projectVars(config, model), config.extraTemplates(), config.writesRuntime());
        List<RenderedFile> files;
        try {
            files = renderer.render(model, names);
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
        return new Rendering(files, diagnostics.all(), specs.documents().stream().map(SpecDocument::path).toList());
    }

    private record Rendering(List<RenderedFile> files, List<Diagnostic> warnings, List<Path> specFiles) {
    }

    private static ProjectVars projectVars(GeneratorConfig config, ApiModel model) {
        Conventions conventions = config.conventions();
        return new ProjectVars(config.basePackage(), config.modelPackage(), config.apiPackage(), config.runtimePackage(),
                config.runtimePackage() + ".json", JavaText.docEscape(model.title()), JavaText.docEscape(model.version()),
                GeneratorVersion.get(), config.readMode().name(), conventions.serializableModels(),
                conventions.generatedAnnotation(), conventions.beanValidation());
    }
}
