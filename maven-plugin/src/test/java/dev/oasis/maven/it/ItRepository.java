package dev.oasis.maven.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The local repository of the test builds, under {@code target/}: the plugin under test, the
 * generator, the runtime and their parent are installed into it (never into the user's repository), and every
 * other artifact is downloaded from this build's own local repository through a mirror in the
 * test builds' settings file, so the tests need no network.
 */
final class ItRepository {

    private static Path settings;

    private ItRepository() {
    }

    /** Prepares the repository once and returns the settings file the test builds use. */
    static synchronized Path settings() throws IOException {
        if (settings == null) {
            Path work = ItEnvironment.work();
            Path repository = work.resolve("repository");
            Path root = ItEnvironment.repositoryRoot();
            String version = ItEnvironment.version();
            install(repository, "oasis-parent", version, root.resolve("pom.xml"), null);
            install(repository, "oasis-runtime", version, root.resolve("templates/runtime/pom.xml"),
                    root.resolve("templates/runtime/target/oasis-runtime-" + version + ".jar"));
            install(repository, "oasis-generator", version, root.resolve("generator/pom.xml"),
                    root.resolve("generator/target/oasis-generator-" + version + ".jar"));
            install(repository, "oasis-maven-plugin", version, root.resolve("maven-plugin/pom.xml"),
                    root.resolve("maven-plugin/target/oasis-maven-plugin-" + version + ".jar"));
            settings = work.resolve("settings.xml");
            Files.writeString(settings, """
                    <settings>
                      <localRepository>%s</localRepository>
                      <mirrors>
                        <mirror>
                          <id>this-build</id>
                          <mirrorOf>*</mirrorOf>
                          <url>%s</url>
                        </mirror>
                      </mirrors>
                    </settings>
                    """.formatted(repository, ItEnvironment.userRepository().toUri()));
        }
        return settings;
    }

    private static void install(Path repository, String artifactId, String version, Path pom, Path jar) throws IOException {
        Path folder = repository.resolve("dev/oasis").resolve(artifactId).resolve(version);
        Files.createDirectories(folder);
        Files.copy(pom, folder.resolve(artifactId + "-" + version + ".pom"), StandardCopyOption.REPLACE_EXISTING);
        if (jar != null) {
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException(jar + " is missing; run the integration tests with mvn verify from the repository root");
            }
            Files.copy(jar, folder.resolve(artifactId + "-" + version + ".jar"), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
