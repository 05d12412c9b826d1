package dev.oasis.maven.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Two executions in one module ({@code src/it/shared-runtime}): when the second moves to the first
 * one's runtime package, it removes the runtime it wrote before and touches none of the first one's
 * files, and the module compiles with one runtime and each API's own ApiClient. A runtime package
 * nobody writes is warned about; a wrong {@code inputSpec} says it is relative to the project folder.
 */
class SharedRuntimeIT {

    @Test
    void aSecondExecutionUsesTheFirstOnesRuntimeAndRemovesOnlyItsOwnFormerFiles() throws Exception {
        ItProject project = ItProject.copy("shared-runtime");
        Path pets = project.file("target/generated-sources/oasis");
        Path owners = project.file("target/generated-sources/owners");

        project.build("generate-sources", "-Downers.runtime=com.example.owners").assertSuccess();
        assertTrue(Files.isRegularFile(owners.resolve("com/example/owners/ApiException.java")), "first, owners has its own runtime");
        OutputSnapshot petsBefore = OutputSnapshot.of(pets);

        ItProject.BuildResult shared = project.build("compile").assertSuccess();
        assertEquals(1, shared.linesWith("are up to date with pets.yaml").size(), shared.log());
        shared.assertLogContains("removed)");
        assertEquals(Set.of(), OutputSnapshot.of(pets).differencesFrom(petsBefore), "the pets execution's files are untouched");
        assertFalse(Files.exists(owners.resolve("com/example/owners/ApiException.java")), "owners removed the runtime it wrote before");
        assertFalse(Files.exists(owners.resolve("com/example/owners/json")));
        assertTrue(Files.isRegularFile(owners.resolve("com/example/owners/ApiClient.java")), "owners keeps its own ApiClient");
        assertTrue(Files.readString(owners.resolve("com/example/owners/ApiClient.java")).contains("import com.example.pets.ClientBuilder;"));
        assertTrue(Files.isRegularFile(project.file("target/classes/com/example/Both.class")), "one ApiException for both APIs");
        assertFalse(Files.exists(project.file("target/classes/com/example/owners/ApiException.class")));

        project.build("generate-sources", "-Downers.runtime=com.example.elsewhere").assertSuccess()
                .assertLogContains("[WARNING] oasis: runtimePackage 'com.example.elsewhere' is the basePackage of no execution of"
                        + " this plugin in the project, and its runtime is not on the compile classpath");

        project.build("generate-sources", "-Dpets.spec=src/main/openapi/pet.yaml").assertFailure()
                .assertLogContains("oasis: inputSpec src/main/openapi/pet.yaml does not exist (a relative path is relative to the"
                        + " project folder " + project.file("").toAbsolutePath().normalize())
                .assertLogContains("did you mean src/main/openapi/pets.yaml?");
    }
}
