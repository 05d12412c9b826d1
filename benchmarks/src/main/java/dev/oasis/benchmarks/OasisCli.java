package dev.oasis.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Our generator's command-line tool, as built from this repository or from an earlier commit.
 *
 * @param name the name shown in the report
 * @param jar the shaded CLI jar ({@code generator/target/generator-cli.jar})
 * @param packageName the base package of generated code
 * @param jacksonJars a directory holding the Jackson jars generated code compiles against
 */
public record OasisCli(String name, Path jar, String packageName, Path jacksonJars) implements GeneratorCli {

    @Override
    public List<String> command(Path spec, Path outputDir) {
        return command(List.of(), spec, outputDir);
    }

    /** The command, with {@code jvmOptions} given to {@code java} (for profiling; the benchmarks use none). */
    public List<String> command(List<String> jvmOptions, Path spec, Path outputDir) {
        List<String> command = new java.util.ArrayList<>(List.of("java"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString(), "--spec", spec.toString(),
                "--output", outputDir.toString(), "--package", packageName));
        return command;
    }

    @Override
    public List<Path> sourceRoots(Path outputDir) {
        return List.of(outputDir);
    }

    @Override
    public List<Path> compileClasspath(Path outputDir) throws IOException {
        try (Stream<Path> jars = Files.list(jacksonJars)) {
            return jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
        }
    }
}
