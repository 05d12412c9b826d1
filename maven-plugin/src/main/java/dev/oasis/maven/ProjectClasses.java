package dev.oasis.maven;

import dev.oasis.generator.GeneratorConfig;
import dev.oasis.generator.build.ClassLookup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;

/**
 * The classes a Maven project's generated code can use: those on its compile classpath (folders and
 * jars) and those among its sources (not compiled yet when sources are generated).
 */
final class ProjectClasses implements ClassLookup {

    private final List<Path> classpath;
    private final List<Path> sourceRoots;

    /**
     * The classes of a project, for checking the classes the mappings name and a shared runtime; the
     * classpath is only looked at when there is something to check.
     */
    static ClassLookup lookingAt(MavenProject project, GeneratorConfig config) throws MojoExecutionException {
        if (config.conventions().typeMappings().externalClasses().isEmpty() && config.writesRuntime()) {
            return ClassLookup.ANY;
        }
        try {
            return new ProjectClasses(project.getCompileClasspathElements(), project.getCompileSourceRoots());
        } catch (DependencyResolutionRequiredException e) {
            throw new MojoExecutionException("oasis: the compile classpath is not resolved", e);
        }
    }

    ProjectClasses(List<String> classpathElements, List<String> sourceRoots) {
        this.classpath = classpathElements.stream().map(Path::of).toList();
        this.sourceRoots = sourceRoots.stream().map(Path::of).toList();
    }

    /**
     * Whether {@code className} exists; each split of the name into a top-level class and nested
     * classes is tried, since a dotted name does not say where the package ends.
     */
    @Override
    public boolean exists(String className) {
        String[] segments = className.split("\\.");
        for (int top = segments.length; top >= 1; top--) {
            String outer = String.join("/", List.of(segments).subList(0, top));
            List<String> nested = new ArrayList<>(List.of(segments).subList(top, segments.length));
            String classFile = outer + (nested.isEmpty() ? "" : "$" + String.join("$", nested)) + ".class";
            if (inSources(outer + ".java") || onClasspath(classFile)) {
                return true;
            }
        }
        return false;
    }

    private boolean inSources(String relative) {
        return sourceRoots.stream().anyMatch(root -> Files.isRegularFile(root.resolve(relative)));
    }

    private boolean onClasspath(String relative) {
        for (Path element : classpath) {
            if (Files.isDirectory(element) ? Files.isRegularFile(element.resolve(relative)) : jarHas(element, relative)) {
                return true;
            }
        }
        return false;
    }

    private static boolean jarHas(Path jar, String entry) {
        if (!Files.isRegularFile(jar)) {
            return false;
        }
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.getEntry(entry) != null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + jar, e);
        }
    }
}
