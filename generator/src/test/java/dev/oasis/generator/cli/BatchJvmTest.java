package dev.oasis.generator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tool started without JVM options runs in a second JVM set up for a batch run, which answers for it. */
class BatchJvmTest {

    @Test
    void theSecondJvmGetsTheBatchOptionsItsMarkerAndTheArgumentsInOrder() {
        List<String> command = BatchJvm.command(Path.of("/jdk/bin/java"), "tool.jar", new String[] {"--spec", "a b.yaml", "-q"});

        List<String> expected = new ArrayList<>(List.of("/jdk/bin/java"));
        expected.addAll(BatchJvm.OPTIONS);
        expected.addAll(List.of("-Doasis.fork=forked", "-cp", "tool.jar", "dev.oasis.generator.cli.Main", "--spec", "a b.yaml", "-q"));
        assertEquals(expected, command);
    }

    @Test
    void startedWithoutOptionsTheToolAnswersThroughTheSecondJvm() throws IOException, InterruptedException {
        Process tool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "--no-such-option").start();
        String err = new String(tool.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

        assertEquals(Main.USAGE_ERROR, tool.waitFor(), err);
        assertTrue(err.contains("usage: java -jar generator-cli.jar"), err);
    }
}
