package dev.oasis.generator;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import dev.oasis.generator.render.RenderedFile;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;

/** Renders a spec in memory and compiles the result with Compile-Testing. */
public final class GeneratedSources {

    private GeneratedSources() {
    }

    /** Renders {@code spec} with the default templates into package {@code basePackage}. */
    public static List<RenderedFile> render(Path spec, String basePackage) {
        return new Generator().render(GeneratorConfig.builder(spec, Path.of("unused")).basePackage(basePackage).build());
    }

    /** Compiles rendered files with {@code -Xlint:all}. */
    public static Compilation compile(List<RenderedFile> files) {
        List<JavaFileObject> sources = files.stream()
                .map(file -> com.google.testing.compile.JavaFileObjects.forSourceString(
                        file.relativePath().replace('/', '.').replaceAll("\\.java$", ""), file.content()))
                .toList();
        return javac().withOptions("-Xlint:all", "-proc:none").compile(sources);
    }
}
