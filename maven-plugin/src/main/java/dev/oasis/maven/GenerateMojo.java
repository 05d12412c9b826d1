package dev.oasis.maven;

import dev.oasis.generator.Conventions;
import dev.oasis.generator.ExtraTemplate;
import dev.oasis.generator.GenerationResult;
import dev.oasis.generator.Generator;
import dev.oasis.generator.GeneratorConfig;
import dev.oasis.runtime.ReadMode;
import dev.oasis.generator.build.ClassLookup;
import dev.oasis.generator.diagnostic.GenerationException;
import dev.oasis.generator.select.OperationSelection;
import dev.oasis.generator.validate.ValidationLevel;
import java.io.File;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * Generates a typed Java client and model classes from an OpenAPI 3 spec and adds them to the
 * compile sources. Does nothing, and says so in one line, when nothing that affects the output
 * changed since the last build. A thin adapter over {@link Generator}: it maps parameters to a
 * {@link GeneratorConfig} and results and diagnostics to the Maven log.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.COMPILE)
public final class GenerateMojo extends AbstractMojo {

    /**
     * The OpenAPI spec (YAML or JSON) to generate from, relative to the project folder unless
     * absolute. Files it references are followed.
     */
    @Parameter(property = "oasis.inputSpec", required = true)
    private File inputSpec;

    /** The source root the generated Java files are written under; added to the compile sources. */
    @Parameter(property = "oasis.outputDirectory", defaultValue = "${project.build.directory}/generated-sources/oasis")
    private File outputDirectory;

    /**
     * The base package: the spec's {@code ApiClient} goes here, and the client runtime unless
     * {@code runtimePackage} says otherwise. A name that is not a valid Java package (such as
     * {@code com.my-company.pets}) is made one ({@code com.mycompany.pets}), with a warning.
     */
    @Parameter(property = "oasis.basePackage", defaultValue = GeneratorConfig.DEFAULT_BASE_PACKAGE)
    private String basePackage;

    /** The package of model classes; {@code basePackage.model} when not set. */
    @Parameter(property = "oasis.modelPackage")
    private String modelPackage;

    /** The package of API classes; {@code basePackage.api} when not set. */
    @Parameter(property = "oasis.apiPackage")
    private String apiPackage;

    /**
     * A folder of Mustache templates; a file with the same relative name as a built-in template or
     * partial (such as {@code model.mustache} or {@code partials/javadoc.mustache}) replaces it.
     * Extra templates are read from here too.
     */
    @Parameter(property = "oasis.templateDirectory")
    private File templateDirectory;

    /**
     * Templates from {@code templateDirectory} rendered in addition to the built-in ones, each as
     * {@code scope:template:outputPattern}. The scope is {@code model} (once per model type),
     * {@code api} (once per API class) or {@code once}; in the pattern, {@code {packagePath}} is
     * the package as a folder and {@code {className}} the class name, such as
     * {@code model:example.mustache:{packagePath}/{className}Example.java}.
     */
    @Parameter(property = "oasis.extraTemplates")
    private List<String> extraTemplates;

    /**
     * Generates only the operations with these operationIds (plus those selected by {@code tags})
     * and the schemas they reach. All operations when both are empty.
     */
    @Parameter(property = "oasis.operationIds")
    private List<String> operationIds;

    /** Generates only the operations with these tags (plus those selected by {@code operationIds}). */
    @Parameter(property = "oasis.tags")
    private List<String> tags;

    /**
     * How the generated client reads responses unless the caller chooses otherwise: {@code TOLERANT}
     * (deviations from the spec are reported with the response), {@code STRICT} (what contradicts the
     * spec is refused; properties it does not mention are reported) or {@code STRICT_CLOSED} (those are
     * refused too).
     */
    @Parameter(property = "oasis.readMode", defaultValue = "TOLERANT")
    private ReadMode readMode;

    /**
     * How strictly the spec is held to OpenAPI before anything is generated. {@code STANDARD}: problems
     * that would make the generated code wrong fail the build, others are logged as warnings.
     * {@code STRICT}: every problem fails the build. {@code LENIENT}: every problem is a warning and
     * generation goes on without what the spec gets wrong, for a spec the team does not own. A spec that
     * cannot be read, or whose references cannot be followed, fails at every level.
     */
    @Parameter(property = "oasis.validation", defaultValue = "STANDARD")
    private ValidationLevel validation;

    /**
     * The package of the client runtime ({@code ApiException}, {@code ApiRequest}, {@code RetryPolicy},
     * {@code .json}); {@code basePackage} when not set. The runtime is written only by the execution
     * whose {@code basePackage} it is; other executions with the same {@code runtimePackage} use that
     * one, so a module with several APIs has one runtime (each API keeps its own {@code ApiClient},
     * which holds its servers and security schemes).
     */
    @Parameter(property = "oasis.runtimePackage")
    private String runtimePackage;

    /** Makes models, enums and unions implement {@code java.io.Serializable}. */
    @Parameter(property = "oasis.serializableModels", defaultValue = "false")
    private boolean serializableModels;

    /**
     * Puts {@code @javax.annotation.processing.Generated("dev.oasis.generator.Generator")} on every
     * generated class; without a date, so the output stays the same on every build.
     */
    @Parameter(property = "oasis.generatedAnnotation", defaultValue = "false")
    private boolean generatedAnnotation;

    /**
     * Puts Jakarta Bean Validation annotations on model getters from the schema's constraints
     * ({@code required}, {@code minLength}, {@code maxLength}, {@code pattern}, {@code minimum},
     * {@code maximum}, {@code minItems}, {@code maxItems}) and {@code @Valid} on nested models. The
     * project then needs {@code jakarta.validation:jakarta.validation-api} (the goal warns when it is
     * missing) and, to validate, a provider such as Hibernate Validator.
     */
    @Parameter(property = "oasis.beanValidation", defaultValue = "false")
    private boolean beanValidation;

    /**
     * Schemas replaced by the team's own classes, each {@code SchemaName=com.example.Class}: wherever
     * the schema is used, the class is, and the schema is not generated. The class must exist on the
     * compile classpath or among the project's sources, and read and write through Jackson.
     */
    @Parameter(property = "oasis.schemaMappings")
    private List<String> schemaMappings;

    /**
     * Java types for scalar types, each {@code type=JavaType} or {@code type+format=JavaType}, such as
     * {@code string+date-time=java.time.Instant} or {@code number=double}.
     */
    @Parameter(property = "oasis.typeMappings")
    private List<String> typeMappings;

    /** Text put before every model class name, such as {@code Api}. */
    @Parameter(property = "oasis.modelNamePrefix")
    private String modelNamePrefix;

    /** Text put after every model class name, such as {@code Dto}. */
    @Parameter(property = "oasis.modelNameSuffix")
    private String modelNameSuffix;

    /** Fails the build when a spec change removes or changes an element of the generated public API. */
    @Parameter(property = "oasis.failOnBreakingChanges", defaultValue = "false")
    private boolean failOnBreakingChanges;

    /** Skips generation (the output folder is still added to the compile sources). */
    @Parameter(property = "oasis.skip", defaultValue = "false")
    private boolean skip;

    /** Where the inputs and outputs of the last generation are remembered, one file per execution. */
    @Parameter(defaultValue = "${project.build.directory}/oasis-state", readonly = true, required = true)
    private File stateDirectory;

    /** The project the sources are added to. */
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    /** This execution, whose id keeps the state of several executions apart. */
    @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
    private MojoExecution execution;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("oasis: skipped (oasis.skip)");
        } else {
            generate();
        }
        project.addCompileSourceRoot(outputDirectory.getPath());
        GeneratedResources.addTo(project, outputDirectory);
    }

    private void generate() throws MojoExecutionException, MojoFailureException {
        long start = System.nanoTime();
        ProjectChecks checks = new ProjectChecks(project, getLog());
        checks.requireInputs(inputSpec, templateDirectory);
        checks.warnAboutRenamedPackages(packages());
        GeneratorConfig config = config();
        checks.warnAboutMissingDependencies(config);
        ClassLookup classes = ProjectClasses.lookingAt(project, config);
        RuntimeOwner.warnWhenMissing(config, project, execution, classes, getLog());
        try {
            GenerationResult result = new Generator(classes).generate(config,
                    StateFiles.forExecution(stateDirectory.toPath(), execution.getExecutionId(), outputDirectory.toPath()),
                    failOnBreakingChanges);
            new ResultLog(getLog()).report(result, inputSpec, (System.nanoTime() - start) / 1_000_000);
        } catch (GenerationException e) {
            new ResultLog(getLog()).failure(e.diagnostics());
            throw new MojoFailureException("OpenAPI generation failed for " + inputSpec
                    + "; see the errors above. The earlier output was left as it was.");
        }
    }

    private GeneratorConfig config() throws MojoExecutionException {
        GeneratorConfig.Builder builder = GeneratorConfig.builder(inputSpec.toPath(), outputDirectory.toPath())
                .basePackage(basePackage)
                .modelPackage(modelPackage)
                .apiPackage(apiPackage)
                .templateDirectory(templateDirectory == null ? null : templateDirectory.toPath())
                .operations(OperationSelection.of(operationIds, tags))
                .readMode(readMode)
                .validation(validation)
                .runtimePackage(runtimePackage);
        try {
            if (extraTemplates != null) {
                extraTemplates.stream().filter(text -> !text.isBlank()).map(ExtraTemplate::parse).forEach(builder::extraTemplate);
            }
            builder.conventions(Conventions.builder().serializableModels(serializableModels).generatedAnnotation(generatedAnnotation)
                    .beanValidation(beanValidation).schemaMappings(schemaMappings).typeMappings(typeMappings)
                    .modelNamePrefix(modelNamePrefix).modelNameSuffix(modelNameSuffix).build());
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("oasis: " + e.getMessage(), e);
        }
        return builder.build();
    }

    private Map<String, String> packages() {
        Map<String, String> packages = new LinkedHashMap<>();
        packages.put("basePackage", basePackage);
        packages.put("modelPackage", modelPackage);
        packages.put("apiPackage", apiPackage);
        packages.put("runtimePackage", runtimePackage);
        return packages;
    }
}
