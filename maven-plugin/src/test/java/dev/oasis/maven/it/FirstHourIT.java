package dev.oasis.maven.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A new user's first hour: the README's minimal {@code pom.xml}, taken from the README itself so the
 * two cannot drift, builds a client from a petstore spec as pasted; without Jackson the goal says
 * which dependency to add before the compiler fails.
 */
class FirstHourIT {

    private static final Pattern POM = Pattern.compile("```xml\\n(<\\?xml.*?</project>)\\n```", Pattern.DOTALL);
    private static final Pattern JACKSON = Pattern.compile(
            "\\s*<!--[^>]*-->\\s*<dependency>\\s*<groupId>com\\.fasterxml\\.jackson\\.core</groupId>.*?</dependency>", Pattern.DOTALL);

    @Test
    void theReadmesMinimalPomBuildsAsPastedAndTheGoalNamesWhatIsMissing() throws Exception {
        String pom = readmePom();
        assertEquals(ItEnvironment.version(), versionAfter(pom, "oasis-maven-plugin"), "the README names the plugin's version");
        assertEquals(ItEnvironment.jacksonVersion(), versionAfter(pom, "jackson-databind"), "the README names the Jackson version");
        assertEquals(ItEnvironment.compilerPluginVersion(), versionAfter(pom, "maven-compiler-plugin"));
        assertEquals(ItEnvironment.resourcesPluginVersion(), versionAfter(pom, "maven-resources-plugin"));
        ItProject project = ItProject.copy("first-hour");

        project.writePom(JACKSON.matcher(pom).replaceFirst(""));
        project.build("compile").assertFailure()
                .assertLogOrder("[WARNING] oasis: com.fasterxml.jackson.core:jackson-databind is not on the compile classpath",
                        "COMPILATION ERROR")
                .assertLogContains("[WARNING] oasis: add it to the project's <dependencies>: <dependency><groupId>com.fasterxml.jackson.core"
                        + "</groupId><artifactId>jackson-databind</artifactId><version>" + ItEnvironment.jacksonVersion()
                        + "</version></dependency>");

        project.writePom(pom);
        project.build("compile").assertSuccess().assertLogLacks("[WARNING] oasis:");
        assertTrue(Files.isRegularFile(project.file("target/classes/com/example/petstore/model/Pet.class")));
        assertTrue(Files.isRegularFile(project.file("target/classes/com/example/PetstoreDemo.class")), "the team's code compiles against it");
    }

    private static String readmePom() throws IOException {
        String readme = Files.readString(ItEnvironment.repositoryRoot().resolve("README.md"), StandardCharsets.UTF_8);
        Matcher pom = POM.matcher(readme.replace("\r\n", "\n"));
        assertTrue(pom.find(), "the README has a complete pom.xml in an xml block");
        return pom.group(1) + "\n";
    }

    private static String versionAfter(String pom, String artifactId) {
        Matcher version = Pattern.compile("<artifactId>" + Pattern.quote(artifactId) + "</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(pom);
        assertTrue(version.find(), "the README's pom names " + artifactId + " with a version");
        return version.group(1);
    }
}
