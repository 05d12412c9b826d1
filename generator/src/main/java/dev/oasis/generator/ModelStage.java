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
import dev.oasis.generator.spec.SpecDocument;
import dev.oasis.generator.spec.SpecLoader;
import dev.oasis.generator.spec.SpecSet;
import dev.oasis.generator.validate.Validation;
import java.nio.file.Path;
import java.util.List;

/**
 * The stages before rendering: load the spec, validate it, build the model, keep the selected
 * operations, name everything. What comes out is a {@link Renderer} for the named model; the spec's
 * tree is not kept, so its memory is free before the first file is rendered.
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
        SpecSet specs = SpecSet.open(config.specFile(), new SpecLoader(), diagnostics);
        Validation.run(specs, config.validation(), diagnostics);
        diagnostics.throwIfErrors();
        ApiModel model = ModelBuilder.build(specs, diagnostics);
        diagnostics.throwIfErrors();
        if (!config.operations().isAll()) {
            model = OperationFilter.apply(model, config.operations(), SourceLocation.ofFile(config.specFile()), diagnostics);
            diagnostics.throwIfErrors();
            OperationFilter.retainRelevantWarnings(model, diagnostics);
        }
        List<Path> specFiles = specs.documents().stream().map(SpecDocument::path).toList();
        config.templateDirectory().ifPresent(dir -> UnusedTemplates.report(templates, dir, config.extraTemplates(), diagnostics));
        JavaNames names = NamingPass.run(model, RuntimeSources.allClassNames(), RuntimeSources.clientBuilderMethods(),
                config.basePackage());
        return new ModelStage(new Renderer(templates, projectVars(config, model), config.extraTemplates(), model, names),
                specFiles);
    }

    private static ProjectVars projectVars(GeneratorConfig config, ApiModel model) {
        String base = config.basePackage();
        return new ProjectVars(base, config.modelPackage(), config.apiPackage(), base + ".json",
                JavaText.docEscape(model.title()), JavaText.docEscape(model.version()), GeneratorVersion.get(),
                config.readMode().name());
    }
}
