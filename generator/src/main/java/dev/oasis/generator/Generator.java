package dev.oasis.generator;

import dev.oasis.generator.build.ModelBuilder;
import dev.oasis.generator.check.JavaSyntaxCheck;
import dev.oasis.generator.diagnostic.Diagnostic;
import dev.oasis.generator.diagnostic.Diagnostics;
import dev.oasis.generator.diagnostic.GenerationException;
import dev.oasis.generator.diagnostic.SourceLocation;
import dev.oasis.generator.model.ApiModel;
import dev.oasis.generator.refine.JavaNames;
import dev.oasis.generator.refine.NamingPass;
import dev.oasis.generator.render.RenderedFile;
import dev.oasis.generator.render.Renderer;
import dev.oasis.generator.render.TemplateEngine;
import dev.oasis.generator.render.TemplateException;
import dev.oasis.generator.render.TemplateSource;
import dev.oasis.generator.render.model.ProjectVars;
import dev.oasis.generator.spec.SpecLoader;
import dev.oasis.generator.spec.SpecSet;
import dev.oasis.generator.write.OutputWriter;
import dev.oasis.generator.write.WriteReport;
import java.nio.file.Path;
import java.util.List;

/**
 * The generator's plain-Java entry point: load the spec, build the model, name it, render it,
 * check the Java, write it. The CLI and the Maven plugin are thin adapters over this class.
 *
 * <p>Nothing is written unless every stage succeeds; on failure a {@link GenerationException}
 * carries every problem found.
 */
public final class Generator {

    /** Generates the sources described by {@code config}. */
    public GenerationResult generate(GeneratorConfig config) {
        Rendering rendering = renderAll(config);
        WriteReport report = new OutputWriter(config.outputDirectory()).write(rendering.files());
        return new GenerationResult(report.written(), report.unchanged(), rendering.warnings());
    }

    /**
     * Runs every stage but the write and returns the files that would be written.
     *
     * @throws GenerationException with every problem found
     */
    public List<RenderedFile> render(GeneratorConfig config) {
        return renderAll(config).files();
    }

    private Rendering renderAll(GeneratorConfig config) {
        Diagnostics diagnostics = new Diagnostics();
        SpecSet specs = SpecSet.open(config.specFile(), new SpecLoader());
        ApiModel model = ModelBuilder.build(specs, diagnostics);
        diagnostics.throwIfErrors();
        JavaNames names = NamingPass.run(model);
        TemplateSource templates = new TemplateSource(config.templateDirectory());
        Renderer renderer = new Renderer(new TemplateEngine(templates), projectVars(config, model));
        List<RenderedFile> files;
        try {
            files = renderer.render(model, names);
        } catch (TemplateException e) {
            throw GenerationException.of(Diagnostic.error("template.render",
                    new SourceLocation(Path.of(templates.describe(e.template())), e.line(), 0), "",
                    e.getMessage(), "check the template against the template model reference"));
        }
        JavaSyntaxCheck.check(files, diagnostics);
        diagnostics.throwIfErrors();
        return new Rendering(files, diagnostics.all());
    }

    private record Rendering(List<RenderedFile> files, List<Diagnostic> warnings) {
    }

    private static ProjectVars projectVars(GeneratorConfig config, ApiModel model) {
        String base = config.basePackage();
        return new ProjectVars(base, base + ".model", base + ".api", base + ".json",
                model.title(), model.version(), GeneratorVersion.get());
    }
}
