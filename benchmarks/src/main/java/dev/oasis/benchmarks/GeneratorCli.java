package dev.oasis.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** A code generator run as its own process, and how to compile what it wrote. */
public interface GeneratorCli {

    /** The name shown in the report. */
    String name();

    /** The command that generates a client for {@code spec} into {@code outputDir}. */
    List<String> command(Path spec, Path outputDir);

    /** The directories under {@code outputDir} that hold the main (non-test) Java sources. */
    List<Path> sourceRoots(Path outputDir);

    /** The jars the generated main sources need to compile, fetching them if needed. */
    List<Path> compileClasspath(Path outputDir) throws IOException, InterruptedException;
}
