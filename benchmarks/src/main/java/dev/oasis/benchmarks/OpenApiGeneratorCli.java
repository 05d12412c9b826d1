package dev.oasis.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * OpenAPI Generator's command-line tool, generator {@code java}, library {@code native}.
 *
 * <p>SnakeYAML's default limit of 3 MB of code points is raised, as without it the tool fails
 * with a NullPointerException on the full Datadog v2 spec. Compiling its output needs the
 * dependencies its generated {@code pom.xml} declares; they are copied from Maven with
 * {@code dependency:copy-dependencies}.
 *
 * @param jar the {@code openapi-generator-cli} jar
 */
public record OpenApiGeneratorCli(Path jar) implements GeneratorCli {

    /** The name the report gives this tool. */
    public static final String NAME = "OpenAPI Generator 7.10.0";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> command(Path spec, Path outputDir) {
        return List.of("java", "-DmaxYamlCodePoints=99999999", "-jar", jar.toString(), "generate",
                "-g", "java", "--library", "native", "-i", spec.toString(), "-o", outputDir.toString());
    }

    @Override
    public List<Path> sourceRoots(Path outputDir) {
        return List.of(outputDir.resolve("src/main/java"));
    }

    @Override
    public List<Path> compileClasspath(Path outputDir) throws IOException, InterruptedException {
        Path deps = outputDir.resolveSibling(outputDir.getFileName() + "-dependencies");
        Path log = outputDir.resolveSibling(outputDir.getFileName() + "-dependencies.log");
        Process mvn = new ProcessBuilder("mvn", "-q", "-f", outputDir.resolve("pom.xml").toString(),
                "dependency:copy-dependencies", "-DincludeScope=compile", "-DoutputDirectory=" + deps)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (mvn.waitFor() != 0) {
            throw new IOException("could not resolve the generated pom's dependencies; see " + log);
        }
        try (Stream<Path> jars = Files.list(deps)) {
            return jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
        }
    }
}
