package dev.oasis.maven;

import java.nio.file.Path;

/** Names the state file of one execution writing to one output directory, so executions never share one. */
final class StateFiles {

    private StateFiles() {
    }

    /** The state file for an execution and output directory, under {@code stateDirectory}. */
    static Path forExecution(Path stateDirectory, String executionId, Path outputDirectory) {
        String output = outputDirectory.toAbsolutePath().normalize().toString();
        String readable = (executionId + "-" + outputDirectory.getFileName()).replaceAll("[^A-Za-z0-9._-]", "_");
        return stateDirectory.resolve(readable + "-" + Integer.toHexString(output.hashCode()) + ".state");
    }
}
