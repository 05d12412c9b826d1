package dev.oasis.maven.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A module with two executions of the goal, built again and again as a team would: the first
 * build generates and compiles, an unchanged build does nothing, and every kind of change
 * (deleted output, template, spec, base package, broken spec, validation level) has exactly its effect.
 * Each step is a real Maven run of {@code src/it/lifecycle}.
 */
class LifecycleIT {

    private static final String PETS = "target/generated-sources/oasis/";
    private static final String PET = "com/example/pets/model/Pet.java";

    @Test
    void regeneratesExactlyWhenSomethingThatAffectsTheOutputChanges() throws Exception {
        ItProject project = ItProject.copy("lifecycle");
        Path pets = project.file(PETS);
        Path owners = project.file("target/generated-sources/owners");

        // First build: generates both executions, with the template override and extra template, and compiles.
        // Warnings (an ambiguous oneOf in the spec, a misspelt template) are logged and the build goes on.
        ItProject.BuildResult first = project.build("compile").assertSuccess()
                .assertLogContains("api.yaml:57:15: warning: [union.ambiguous] oneOf branches 'Email' and 'Phone'")
                .assertLogContains("(at #/components/schemas/Owner/properties/contact/oneOf/1)")
                .assertLogContains("hint: add a discriminator")
                .assertLogContains("[template.unused] template 'modle.mustache'")
                .assertLogContains("name the file 'model.mustache'");
        assertEquals(2, first.linesWith("oasis: generated").size(), first.log());
        String pet = Files.readString(pets.resolve(PET), StandardCharsets.UTF_8);
        assertTrue(pet.contains("Generated with the pets team's templates."), "the partial override takes effect");
        assertTrue(Files.isRegularFile(project.file("target/classes/com/example/pets/model/PetName.class")),
                "the extra template's output is generated per model and compiled");
        assertTrue(Files.isRegularFile(project.file("target/classes/com/example/pets/model/PetStatusName.class")));
        assertTrue(Files.isRegularFile(owners.resolve("com/example/owners/api/OwnersApi.java")));
        assertFalse(Files.exists(owners.resolve("com/example/owners/api/PetsApi.java")), "the tag filter leaves out Pets");
        assertFalse(Files.exists(owners.resolve("com/example/owners/model/Pet.java")), "and the schemas only Pets reaches");
        assertTrue(Files.readString(owners.resolve("com/example/owners/ApiClient.java")).contains("ReadMode.STRICT)"),
                "readMode sets the generated client's default");

        // Unchanged: both executions skip in one line each and touch nothing.
        OutputSnapshot before = OutputSnapshot.of(project.file("target/generated-sources"));
        ItProject.BuildResult unchanged = project.build("generate-sources").assertSuccess().assertLogLacks("oasis: generated");
        assertEquals(2, unchanged.linesWith("are up to date").size(), unchanged.log());
        unchanged.linesWith("are up to date").forEach(line -> System.out.println("unchanged build: " + line));
        assertEquals(Set.of(), OutputSnapshot.of(project.file("target/generated-sources")).differencesFrom(before));

        // A deleted generated file comes back, and nothing else is touched.
        Files.delete(pets.resolve(PET));
        project.build("generate-sources").assertSuccess().assertLogContains("(1 written, ");
        assertEquals(pet, Files.readString(pets.resolve(PET), StandardCharsets.UTF_8));
        assertEquals(Set.of("oasis/" + PET),
                OutputSnapshot.of(project.file("target/generated-sources")).differencesFrom(before));

        // A changed template regenerates; only the files it renders change.
        before = OutputSnapshot.of(pets);
        Path names = project.file("templates/names.mustache");
        Files.writeString(names, Files.readString(names).replace("as the extra template wrote it", "as written by the template"));
        project.build("generate-sources").assertSuccess().assertLogContains("oasis: generated");
        Set<String> extraFiles = new java.util.TreeSet<>(before.files().keySet());
        extraFiles.removeIf(path -> !path.endsWith("Name.java"));
        assertEquals(Set.of("com/example/pets/model/EmailName.java", "com/example/pets/model/OwnerContactName.java",
                "com/example/pets/model/OwnerName.java", "com/example/pets/model/PetName.java",
                "com/example/pets/model/PetStatusName.java", "com/example/pets/model/PhoneName.java"), extraFiles);
        assertEquals(extraFiles, OutputSnapshot.of(pets).differencesFrom(before));

        // Removing a field from a referenced spec file is a breaking change: reported, and fatal when asked.
        before = OutputSnapshot.of(pets);
        Files.copy(project.file("changes/pet-without-nickname.yaml"), project.file("src/main/openapi/pet.yaml"),
                StandardCopyOption.REPLACE_EXISTING);
        project.build("generate-sources", "-Doasis.failOnBreakingChanges=true").assertFailure()
                .assertLogContains("[api.breaking] BREAKING removed method com.example.pets.model.Pet#getNickname()");
        assertEquals(Set.of(), OutputSnapshot.of(pets).differencesFrom(before), "a failed build leaves the output as it was");
        project.build("generate-sources").assertSuccess()
                .assertLogContains("BREAKING removed method com.example.pets.model.Pet#getNickname()")
                .assertLogContains("(1 written, ");
        assertFalse(Files.readString(pets.resolve(PET)).contains("getNickname"));

        // A broken spec fails with every problem at file:line:column and leaves the output untouched.
        before = OutputSnapshot.of(pets);
        Path api = project.file("src/main/openapi/api.yaml");
        String validApi = Files.readString(api);
        Files.copy(project.file("changes/api-broken.yaml"), api, StandardCopyOption.REPLACE_EXISTING);
        project.build("generate-sources").assertFailure()
                .assertLogContains("api.yaml:23:23: error: [ref.missing] $ref target './pet.yaml#/Pett' does not exist")
                .assertLogContains("api.yaml:34:23: error: [ref.missing] $ref target '#/components/schemas/Ownr' does not exist")
                .assertLogContains("(at #/paths/~1owners~1{ownerId}/get/responses/200/content/application~1json/schema/$ref)")
                .assertLogContains("hint: define 'Ownr' under components.schemas")
                .assertLogContains("The earlier output was left as it was.");
        assertEquals(Set.of(), OutputSnapshot.of(pets).differencesFrom(before));
        project.build("generate-sources", "-Doasis.skip=true").assertSuccess().assertLogContains("oasis: skipped");

        // Another base package: regenerated there; the old package's files are removed, a user's file is kept.
        Files.writeString(api, validApi);
        Path userFile = pets.resolve("com/example/pets/NOTES.txt");
        Files.writeString(userFile, "not generated");
        project.build("compile", "-Dclient.package=com.example.animals").assertSuccess().assertLogContains(" removed)");
        assertTrue(Files.isRegularFile(pets.resolve("com/example/animals/model/Pet.java")));
        assertFalse(Files.exists(pets.resolve("com/example/pets/model")), "files no longer generated are removed");
        assertTrue(Files.isRegularFile(userFile), "files the goal did not generate are never removed");

        // The validation level: a version written as a number is a warning, an error when strict.
        Files.writeString(api, validApi.replace("version: 1.0.0", "version: 1.0"));
        project.build("generate-sources", "-Dclient.package=com.example.animals").assertSuccess()
                .assertLogContains("warning: [structure.kind] 'version' must be a string, not the number 1.0");
        project.build("generate-sources", "-Dclient.package=com.example.animals", "-Doasis.validation=STRICT").assertFailure()
                .assertLogContains("error: [structure.kind] 'version' must be a string, not the number 1.0");
    }
}
