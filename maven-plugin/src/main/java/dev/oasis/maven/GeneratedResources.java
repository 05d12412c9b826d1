package dev.oasis.maven;

import java.io.File;
import java.util.List;
import org.apache.maven.model.Resource;
import org.apache.maven.project.MavenProject;

/**
 * Service files the generator writes beside the sources (with {@code beanValidation}, the one that
 * registers the runtime's value extractor with validators) become resources of the project, so that
 * they end up in its classes and jar.
 */
final class GeneratedResources {

    private static final String SERVICES = "META-INF/services";

    private GeneratedResources() {
    }

    /** Adds the output folder's service files as a resource folder, once, when there are any. */
    static void addTo(MavenProject project, File outputDirectory) {
        if (!new File(outputDirectory, SERVICES).isDirectory()) {
            return;
        }
        String directory = outputDirectory.getPath();
        boolean added = project.getResources().stream().anyMatch(resource -> directory.equals(resource.getDirectory()));
        if (!added) {
            Resource resource = new Resource();
            resource.setDirectory(directory);
            resource.setIncludes(List.of(SERVICES + "/**"));
            project.addResource(resource);
        }
    }
}
