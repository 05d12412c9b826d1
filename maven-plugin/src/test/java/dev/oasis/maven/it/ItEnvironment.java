package dev.oasis.maven.it;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** What the integration tests are told by the build (see the integration-test execution in maven-plugin/pom.xml). */
final class ItEnvironment {

    private ItEnvironment() {
    }

    /** The folder of the test projects, {@code maven-plugin/src/it}. */
    static Path projects() {
        return path("oasis.it.projects");
    }

    /** A scratch folder under {@code target/} the projects are copied to and built in. */
    static Path work() {
        return path("oasis.it.work");
    }

    /** The repository root. */
    static Path repositoryRoot() {
        return path("oasis.repository.root");
    }

    /** The Maven installation running this build, used to run the test builds. */
    static Path mavenHome() {
        return path("oasis.it.mavenHome");
    }

    /** The local repository of this build, read-only here: the test builds download from it as from a mirror. */
    static Path userRepository() {
        return path("oasis.it.userRepository");
    }

    /** The Oasis version under test. */
    static String version() {
        return property("oasis.it.version");
    }

    /**
     * Datadog's full v2 spec: in the folder {@code -Doasis.corpus=DIR} names, else in
     * {@code ../shared/corpus} beside the repository. When it is in neither, the calling test is
     * skipped and the build log says why.
     */
    static Path datadogSpec(String test) {
        String configured = System.getProperty("oasis.corpus", "");
        Path folder = configured.isBlank() ? repositoryRoot().resolveSibling("shared").resolve("corpus") : Path.of(configured);
        Path spec = folder.resolve("datadog-v2-openapi.yaml").toAbsolutePath().normalize();
        if (!Files.isRegularFile(spec)) {
            String reason = "Datadog corpus file " + spec + " not found; set -Doasis.corpus=DIR to run this test";
            System.out.println("[oasis] SKIPPED " + test + ": " + reason);
            assumeTrue(false, reason);
        }
        return spec;
    }

    /** The tokens replaced in the test projects' {@code pom.xml}, such as {@code @oasis.version@}. */
    static Map<String, String> pomTokens() {
        return Map.of(
                "@oasis.version@", version(),
                "@jackson.version@", jacksonVersion(),
                "@compiler.plugin.version@", compilerPluginVersion(),
                "@resources.plugin.version@", property("oasis.it.resourcesPluginVersion"),
                "@surefire.version@", property("oasis.it.surefireVersion"),
                "@junit.version@", property("oasis.it.junitVersion"),
                "@jakarta.validation.version@", property("oasis.it.jakartaValidationVersion"),
                "@hibernate.validator.version@", property("oasis.it.hibernateValidatorVersion"),
                "@expressly.version@", property("oasis.it.expresslyVersion"));
    }

    /** The Jackson version this build compiles and tests with. */
    static String jacksonVersion() {
        return property("oasis.it.jacksonVersion");
    }

    /** The compiler plugin version the test projects build with. */
    static String compilerPluginVersion() {
        return property("oasis.it.compilerPluginVersion");
    }

    /** The resources plugin version the test projects build with. */
    static String resourcesPluginVersion() {
        return property("oasis.it.resourcesPluginVersion");
    }

    private static Path path(String name) {
        return Path.of(property(name)).toAbsolutePath().normalize();
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + name + " is not set; run the integration tests with mvn verify");
        }
        return value;
    }
}
