package dev.oasis.generator;

import dev.oasis.generator.build.ClassLookup;
import dev.oasis.generator.build.MappedClasses;
import dev.oasis.generator.build.ModelBuilder;
import dev.oasis.generator.build.TypeMappings;
import dev.oasis.generator.diagnostic.Diagnostics;
import dev.oasis.generator.diagnostic.SourceLocation;
import dev.oasis.generator.model.ApiModel;
import dev.oasis.generator.refine.JavaNames;
import dev.oasis.generator.refine.NamingPass;
import dev.oasis.generator.render.JavaText;
import dev.oasis.generator.render.Renderer;
import dev.oasis.generator.render.RuntimeSources;
import dev.oasis.generator.render.TemplateSource;
import dev.oasis.generator.render.UnusedTemplates;
import dev.oasis.generator.render.model.ProjectVars;
import dev.oasis.generator.select.OperationFilter;
import dev.oasis.generator.select.OperationScope;
import dev.oasis.generator.select.OperationSelection;
import dev.oasis.generator.select.SelectedModel;
import dev.oasis.generator.spec.SpecDocument;
import dev.oasis.generator.spec.SpecLoader;
import dev.oasis.generator.spec.SpecSet;
import dev.oasis.generator.validate.Validation;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The stages before rendering: load the spec, validate it, build the model, keep the selected
 * operations, name everything. What comes out is a {@link Renderer} for the named model; the spec's
 * tree is not kept, so its memory is free before the first file is rendered.
 *
 * <p>When some operations are selected, only the part of the spec they need is validated and built
 * ({@link SelectedModel}); the whole spec is taken, as without a selection, where that part cannot
 * decide the output alone.
 *
 * @param renderer renders the model's files
 * @param specFiles every spec file read
 */
record ModelStage(Renderer renderer, List<Path> specFiles) {

    /**
     * Runs the stages, reporting warnings to {@code diagnostics}.
     *
     * @param classes tells whether a class the mappings name exists
     * @throws dev.oasis.generator.diagnostic.GenerationException with every problem, on errors
     */
    static ModelStage run(GeneratorConfig config, TemplateSource templates, Diagnostics diagnostics, ClassLookup classes,
            Progress progress) {
        OperationSelection selection = config.operations();
        Diagnostics opening = selection.isAll() ? diagnostics : new Diagnostics();
        SpecSet specs = SpecSet.open(config.specFile(), new SpecLoader(), opening, document -> OperationScope.of(document, selection));
        progress.finished(Progress.Stage.LOAD, specs.documents().size() + (specs.documents().size() == 1 ? " file" : " files"));
        config.templateDirectory().ifPresent(dir -> UnusedTemplates.report(templates, dir, config.extraTemplates(), diagnostics));
        SourceLocation spec = SourceLocation.ofFile(config.specFile());
        if (!specs.isWhole()) {
            Optional<SelectedModel.Named> selected = opening.hasErrors() ? Optional.empty()
                    : SelectedModel.build(specs, selection, spec, opening, (part, found) -> build(config, part, found, classes),
                            model -> names(config, model));
            if (selected.isPresent()) {
                opening.all().forEach(diagnostics::report);
                return stage(config, templates, selected.get().model(), selected.get().names(), specs, diagnostics, progress);
            }
            specs = specs.whole(diagnostics);
        } else if (opening != diagnostics) {
            opening.all().forEach(diagnostics::report);
        }
        ApiModel model = build(config, specs, diagnostics, classes);
        diagnostics.throwIfErrors();
        if (!selection.isAll()) {
            model = OperationFilter.apply(model, selection, spec, diagnostics);
            diagnostics.throwIfErrors();
            OperationFilter.retainRelevantWarnings(model, diagnostics);
        }
        return stage(config, templates, model, names(config, model), specs, diagnostics, progress);
    }

    /** Validates the spec and, without errors, builds its model; problems go to {@code diagnostics}. */
    private static ApiModel build(GeneratorConfig config, SpecSet specs, Diagnostics diagnostics, ClassLookup classes) {
        Validation.run(specs, config.validation(), diagnostics);
        diagnostics.throwIfErrors();
        TypeMappings mappings = config.conventions().typeMappings();
        ApiModel model = ModelBuilder.build(specs, diagnostics, mappings);
        MappedClasses.check(specs, mappings, classes, diagnostics);
        return model;
    }

    private static ModelStage stage(GeneratorConfig config, TemplateSource templates, ApiModel model, JavaNames names,
            SpecSet specs, Diagnostics diagnostics, Progress progress) {
        progress.finished(Progress.Stage.BUILD, model.types().size() + " types, " + model.operations().size() + " operations");
        List<Path> specFiles = specs.documents().stream().map(SpecDocument::path).toList();
        return new ModelStage(new Renderer(templates, projectVars(config, model), config.extraTemplates(), config.writesRuntime(),
                model, names), specFiles);
    }

    private static JavaNames names(GeneratorConfig config, ApiModel model) {
        return NamingPass.run(model, RuntimeSources.allClassNames(), RuntimeSources.clientBuilderMethods(),
                List.of(config.basePackage(), config.runtimePackage()), config.conventions().modelNaming());
    }

    private static ProjectVars projectVars(GeneratorConfig config, ApiModel model) {
        Conventions conventions = config.conventions();
        return new ProjectVars(config.basePackage(), config.modelPackage(), config.apiPackage(), config.runtimePackage(),
                config.runtimePackage() + ".json", JavaText.docEscape(model.title()), JavaText.docEscape(model.version()),
                GeneratorVersion.get(), config.readMode().name(), conventions.serializableModels(),
                conventions.generatedAnnotation(), conventions.beanValidation());
    }
}
