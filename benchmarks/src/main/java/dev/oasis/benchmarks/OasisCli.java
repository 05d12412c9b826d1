package dev.oasis.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Our generator's command-line tool.
 *
 * @param jar the shaded CLI jar ({@code generator/target/generator-cli.jar})
 * @param packageName the base package of generated code
 * @param jacksonJars a directory holding the Jackson jars generated code compiles against
 */
public record OasisCli(Path jar, String packageName, Path jacksonJars) implements GeneratorCli {

    @Override
    public String name() {
        return "Oasis";
    }

    @Override
    public List<String> command(Path spec, Path outputDir) {
        return List.of("java", "-jar", jar.toString(), "--spec", spec.toString(),
                "--output", outputDir.toString(), "--package", packageName);
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
