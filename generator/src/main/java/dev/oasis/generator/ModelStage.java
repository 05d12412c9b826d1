package dev.oasis.generator;

import dev.oasis.generator.build.ModelBuilder;
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
     * @throws dev.oasis.generator.diagnostic.GenerationException with every problem, on errors
     */
    static ModelStage run(GeneratorConfig config, TemplateSource templates, Diagnostics diagnostics) {
        OperationSelection selection = config.operations();
        Diagnostics opening = selection.isAll() ? diagnostics : new Diagnostics();
        SpecSet specs = SpecSet.open(config.specFile(), new SpecLoader(), opening, document -> OperationScope.of(document, selection));
        config.templateDirectory().ifPresent(dir -> UnusedTemplates.report(templates, dir, config.extraTemplates(), diagnostics));
        if (!specs.isWhole()) {
            Optional<SelectedModel.Named> selected = opening.hasErrors() ? Optional.empty()
                    : SelectedModel.build(specs, config.validation(), selection, SourceLocation.ofFile(config.specFile()), opening,
                            model -> names(config, model));
            if (selected.isPresent()) {
                opening.all().forEach(diagnostics::report);
                return stage(config, templates, selected.get().model(), selected.get().names(), specs);
            }
            specs = specs.whole(diagnostics);
        } else if (opening != diagnostics) {
            opening.all().forEach(diagnostics::report);
        }
        Validation.run(specs, config.validation(), diagnostics);
        diagnostics.throwIfErrors();
        ApiModel model = ModelBuilder.build(specs, diagnostics);
        diagnostics.throwIfErrors();
        if (!selection.isAll()) {
            model = OperationFilter.apply(model, selection, SourceLocation.ofFile(config.specFile()), diagnostics);
            diagnostics.throwIfErrors();
            OperationFilter.retainRelevantWarnings(model, diagnostics);
        }
        return stage(config, templates, model, names(config, model), specs);
    }

    private static ModelStage stage(GeneratorConfig config, TemplateSource templates, ApiModel model, JavaNames names,
            SpecSet specs) {
        List<Path> specFiles = specs.documents().stream().map(SpecDocument::path).toList();
        return new ModelStage(new Renderer(templates, projectVars(config, model), config.extraTemplates(), model, names),
                specFiles);
    }

    private static JavaNames names(GeneratorConfig config, ApiModel model) {
        return NamingPass.run(model, RuntimeSources.allClassNames(), RuntimeSources.clientBuilderMethods(), config.basePackage());
    }

    private static ProjectVars projectVars(GeneratorConfig config, ApiModel model) {
        String base = config.basePackage();
        return new ProjectVars(base, config.modelPackage(), config.apiPackage(), base + ".json",
                JavaText.docEscape(model.title()), JavaText.docEscape(model.version()), GeneratorVersion.get(),
                config.readMode().name());
    }
}
