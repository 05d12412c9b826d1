package dev.oasis.maven;

import dev.oasis.generator.GeneratorConfig;
import dev.oasis.generator.OutputDependency;
import dev.oasis.generator.diagnostic.Closest;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;

/**
 * What the goal checks about the project before it generates, so that the first build says what is
 * wrong instead of failing later with compiler errors in generated code: the input files exist, the
 * package names are valid, and the compile classpath has what the generated code needs.
 */
final class ProjectChecks {

    private static final List<String> COMPILE_SCOPES = List.of(Artifact.SCOPE_COMPILE, Artifact.SCOPE_PROVIDED, Artifact.SCOPE_SYSTEM);

    private final MavenProject project;
    private final Log log;

    ProjectChecks(MavenProject project, Log log) {
        this.project = project;
        this.log = log;
    }

    /** Fails, naming the project folder relative paths are resolved against, when a configured file is missing. */
    void requireInputs(File inputSpec, File templateDirectory) throws MojoExecutionException {
        if (!inputSpec.isFile()) {
            throw new MojoExecutionException("oasis: inputSpec " + relative(inputSpec) + " does not exist (a relative path is"
                    + " relative to the project folder " + project.getBasedir() + ")" + closestFile(inputSpec.toPath()));
        }
        if (templateDirectory != null && !templateDirectory.isDirectory()) {
            throw new MojoExecutionException("oasis: templateDirectory " + relative(templateDirectory) + " is not a folder (a"
                    + " relative path is relative to the project folder " + project.getBasedir() + ")");
        }
    }

    /** Warns about each configured package name the generator had to change into a valid one. */
    void warnAboutRenamedPackages(Map<String, String> packages) {
        packages.forEach((parameter, name) -> GeneratorConfig.renamedPackage(name).ifPresent(valid ->
                log.warn("oasis: " + parameter + " '" + name + "' is not a valid Java package name; the generated code uses '"
                        + valid + "'. Set " + parameter + " to '" + valid + "' to silence this warning.")));
    }

    /** Warns, with the dependency to add, about each library the generated code needs that the compile classpath lacks. */
    void warnAboutMissingDependencies(GeneratorConfig config) {
        for (OutputDependency needed : OutputDependency.of(config)) {
            boolean present = project.getArtifacts().stream().anyMatch(artifact -> artifact.getGroupId().equals(needed.groupId())
                    && artifact.getArtifactId().equals(needed.artifactId()) && COMPILE_SCOPES.contains(artifact.getScope()));
            if (!present) {
                log.warn("oasis: " + needed.groupId() + ":" + needed.artifactId() + " is not on the compile classpath, but "
                        + needed.why() + "; the generated sources will not compile without it.");
                log.warn("oasis: add it to the project's <dependencies>: " + needed.pomElement());
            }
        }
    }

    private String relative(File file) {
        Path base = project.getBasedir().toPath().toAbsolutePath().normalize();
        Path path = file.toPath().toAbsolutePath().normalize();
        return path.startsWith(base) ? base.relativize(path).toString() : path.toString();
    }

    /** "; did you mean ...?" naming the file beside it with the closest name, or nothing. */
    private String closestFile(Path missing) {
        Path folder = missing.toAbsolutePath().normalize().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            return "";
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<String> names = files.filter(Files::isRegularFile).map(file -> file.getFileName().toString()).toList();
            return Closest.among(missing.getFileName().toString(), names)
                    .map(name -> "; did you mean " + relative(folder.resolve(name).toFile()) + "?").orElse("");
        } catch (IOException e) {
            return "";
        }
    }
}
