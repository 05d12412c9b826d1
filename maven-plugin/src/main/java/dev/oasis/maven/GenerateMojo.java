package dev.oasis.maven;

import dev.oasis.generator.GenerationResult;
import dev.oasis.generator.Generator;
import dev.oasis.generator.GeneratorConfig;
import dev.oasis.generator.diagnostic.Diagnostic;
import dev.oasis.generator.diagnostic.GenerationException;
import java.io.File;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Generates a typed Java client and model classes from an OpenAPI 3 spec and adds them to the
 * compile sources. A thin adapter over {@link Generator}: it maps parameters to a
 * {@link GeneratorConfig} and diagnostics to the Maven log.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public final class GenerateMojo extends AbstractMojo {

    /** The OpenAPI spec (YAML or JSON) to generate from. */
    @Parameter(property = "oasis.inputSpec", required = true)
    private File inputSpec;

    /** The source root the generated Java files are written under; added to the compile sources. */
    @Parameter(property = "oasis.outputDirectory", defaultValue = "${project.build.directory}/generated-sources/oasis")
    private File outputDirectory;

    /** The base package; models go to {@code basePackage.model}, API classes to {@code basePackage.api}. */
    @Parameter(property = "oasis.basePackage", defaultValue = GeneratorConfig.DEFAULT_BASE_PACKAGE)
    private String basePackage;

    /**
     * A folder of Mustache templates; a file with the same relative name as a built-in template
     * (such as {@code model.mustache}) replaces it.
     */
    @Parameter(property = "oasis.templateDirectory")
    private File templateDirectory;

    /** The project the sources are added to. */
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Override
    public void execute() throws MojoFailureException {
        GeneratorConfig config = GeneratorConfig.builder(inputSpec.toPath(), outputDirectory.toPath())
                .basePackage(basePackage)
                .templateDirectory(templateDirectory == null ? null : templateDirectory.toPath())
                .build();
        try {
            GenerationResult result = new Generator().generate(config);
            result.warnings().forEach(warning -> getLog().warn(warning.format()));
            getLog().info("Generated " + result.allFiles().size() + " files from " + inputSpec + " ("
                    + result.written().size() + " written, " + result.unchanged().size() + " unchanged)");
        } catch (GenerationException e) {
            for (Diagnostic diagnostic : e.diagnostics()) {
                if (diagnostic.isError()) {
                    getLog().error(diagnostic.format());
                } else {
                    getLog().warn(diagnostic.format());
                }
            }
            throw new MojoFailureException("OpenAPI generation failed for " + inputSpec + "; see the errors above");
        }
        project.addCompileSourceRoot(outputDirectory.getPath());
    }
}
