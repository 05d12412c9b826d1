package dev.oasis.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Executions of the goal in one module never share a state file. */
class StateFilesTest {

    private static final Path STATE = Path.of("target/oasis-state");

    @Test
    void eachExecutionAndOutputDirectoryHasItsOwnStateFile() {
        Path pets = StateFiles.forExecution(STATE, "pets", Path.of("target/generated-sources/oasis"));

        assertEquals(pets, StateFiles.forExecution(STATE, "pets", Path.of("target/generated-sources/oasis")));
        assertNotEquals(pets, StateFiles.forExecution(STATE, "owners", Path.of("target/generated-sources/oasis")));
        assertNotEquals(pets, StateFiles.forExecution(STATE, "pets", Path.of("target/generated-sources/other/oasis")));
        assertEquals(STATE, pets.getParent());
    }
}
