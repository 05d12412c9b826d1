package dev.oasis.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oasis.generator.Conventions;
import dev.oasis.generator.GeneratorConfig;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DefaultArtifact;
import org.apache.maven.artifact.handler.DefaultArtifactHandler;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the goal checks about a project before it generates, and the classes it finds there. */
class ProjectChecksTest {

    private final List<String> warnings = new ArrayList<>();

    /** A log that keeps the warnings. */
    private final SystemStreamLog log = new SystemStreamLog() {
        @Override
        public void warn(CharSequence content) {
            warnings.add(content.toString());
        }
    };

    private static MavenProject project(Path basedir, Artifact... artifacts) {
        MavenProject project = new MavenProject();
        project.setFile(basedir.resolve("pom.xml").toFile());
        project.setArtifacts(Set.of(artifacts));
        return project;
    }

    private static Artifact artifact(String groupId, String artifactId, String scope) {
        return new DefaultArtifact(groupId, artifactId, "1", scope, "jar", "", new DefaultArtifactHandler("jar"));
    }

    private static GeneratorConfig config(boolean beanValidation) {
        return GeneratorConfig.builder(Path.of("api.yaml"), Path.of("out"))
                .conventions(Conventions.builder().beanValidation(beanValidation).build()).build();
    }

    @Test
    void eachMissingDependencyIsNamedWithTheElementToAdd(@TempDir Path dir) {
        new ProjectChecks(project(dir, artifact("com.fasterxml.jackson.core", "jackson-databind", "test")), log)
                .warnAboutMissingDependencies(config(true));

        assertEquals(4, warnings.size(), warnings::toString);
        assertTrue(warnings.get(0).startsWith("oasis: com.fasterxml.jackson.core:jackson-databind is not on the compile classpath"),
                "a test-scoped Jackson does not count");
        assertTrue(warnings.get(3).startsWith("oasis: add it to the project's <dependencies>: <dependency><groupId>jakarta.validation"
                + "</groupId><artifactId>jakarta.validation-api</artifactId><version>"), warnings.get(3));
    }

    @Test
    void nothingIsSaidWhenTheClasspathHasWhatTheCodeNeeds(@TempDir Path dir) {
        new ProjectChecks(project(dir, artifact("com.fasterxml.jackson.core", "jackson-databind", "compile"),
                artifact("jakarta.validation", "jakarta.validation-api", "provided")), log).warnAboutMissingDependencies(config(true));

        assertEquals(List.of(), warnings);
    }

    @Test
    void aRenamedPackageIsWarnedAboutWithTheNameUsed(@TempDir Path dir) {
        Map<String, String> packages = new LinkedHashMap<>();
        packages.put("basePackage", "com.my-company.petstore");
        packages.put("modelPackage", null);

        new ProjectChecks(project(dir), log).warnAboutRenamedPackages(packages);

        assertEquals(List.of("oasis: basePackage 'com.my-company.petstore' is not a valid Java package name; the generated code uses"
                + " 'com.mycompany.petstore'. Set basePackage to 'com.mycompany.petstore' to silence this warning."), warnings);
    }

    @Test
    void aMissingSpecIsRelativeToTheProjectFolderWithTheClosestFile(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("src/main/openapi"));
        Files.writeString(dir.resolve("src/main/openapi/petstore.yaml"), "openapi: 3.0.3");

        MojoExecutionException error = assertThrows(MojoExecutionException.class, () -> new ProjectChecks(project(dir), log)
                .requireInputs(dir.resolve("src/main/openapi/petstore.yml").toFile(), null));

        assertEquals("oasis: inputSpec " + Path.of("src/main/openapi/petstore.yml") + " does not exist (a relative path is relative"
                + " to the project folder " + dir + "); did you mean " + Path.of("src/main/openapi/petstore.yaml") + "?", error.getMessage());
    }

    @Test
    void classesAreFoundAmongSourcesAndOnTheClasspathNestedOnesToo(@TempDir Path dir) throws IOException {
        Path sources = Files.createDirectories(dir.resolve("src/main/java/com/acme"));
        Files.writeString(sources.resolve("Money.java"), "package com.acme; public class Money { public static class Cents { } }");
        Path jar = dir.resolve("lib.jar");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
            zip.putNextEntry(new ZipEntry("org/lib/Iban$Country.class"));
            zip.closeEntry();
        }
        ProjectClasses classes = new ProjectClasses(List.of(jar.toString(), dir.resolve("missing").toString()),
                List.of(dir.resolve("src/main/java").toString()));

        assertTrue(classes.exists("com.acme.Money"));
        assertTrue(classes.exists("com.acme.Money.Cents"));
        assertTrue(classes.exists("org.lib.Iban.Country"));
        assertFalse(classes.exists("org.lib.Iban"));
        assertFalse(classes.exists("com.acme.Mony"));
    }

    @Test
    void serviceFilesBesideTheSourcesBecomeAResourceOnce(@TempDir Path dir) throws IOException {
        MavenProject project = project(dir);
        File output = dir.resolve("out").toFile();
        GeneratedResources.addTo(project, output);
        assertEquals(0, project.getResources().size(), "no service files, no resource");

        Path services = Files.createDirectories(output.toPath().resolve("META-INF/services"));
        try (OutputStream file = Files.newOutputStream(services.resolve("x"))) {
            file.write('x');
        }
        GeneratedResources.addTo(project, output);
        GeneratedResources.addTo(project, output);

        assertEquals(1, project.getResources().size());
        assertEquals(List.of("META-INF/services/**"), project.getResources().get(0).getIncludes());
    }
}
