package dev.oasis.generator;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.oasis.generator.render.RenderedFile;
import java.io.IOException;
import java.lang.ref.SoftReference;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Renders a spec in memory and compiles the result. */
public final class GeneratedSources {

    /** Renderings kept by {@link #renderOnce}, by spec, package and the spec file's time and size. */
    private static final Map<String, SoftReference<List<RenderedFile>>> RENDERED = new ConcurrentHashMap<>();

    private GeneratedSources() {
    }

    /** Renders {@code spec} with the default templates into package {@code basePackage}. */
    public static List<RenderedFile> render(Path spec, String basePackage) {
        return render(spec, basePackage, Conventions.NONE);
    }

    /** Renders {@code spec} with the default templates into package {@code basePackage}, with the team's conventions. */
    public static List<RenderedFile> render(Path spec, String basePackage, Conventions conventions) {
        return new Generator().render(GeneratorConfig.builder(spec, Path.of("unused")).basePackage(basePackage)
                .conventions(conventions).build());
    }

    /**
     * Like {@link #render}, rendering a file once per test run (and package) while it is unchanged
     * and memory allows: the corpus tests share Datadog's large specs' output this way.
     */
    public static List<RenderedFile> renderOnce(Path spec, String basePackage) throws IOException {
        String key = spec.toAbsolutePath() + "|" + basePackage + "|" + Files.getLastModifiedTime(spec) + "|" + Files.size(spec);
        SoftReference<List<RenderedFile>> kept = RENDERED.get(key);
        List<RenderedFile> files = kept == null ? null : kept.get();
        if (files == null) {
            files = render(spec, basePackage);
            RENDERED.put(key, new SoftReference<>(files));
        }
        return files;
    }

    /** Compiles the Java files among rendered files in memory with {@code -Xlint:all}. */
    public static Compilation compile(List<RenderedFile> files) {
        List<JavaFileObject> sources = files.stream().filter(file -> file.relativePath().endsWith(".java"))
                .map(file -> JavaFileObjects.forSourceString(
                        file.relativePath().replace('/', '.').replaceAll("\\.java$", ""), file.content()))
                .toList();
        return javac().withOptions("-Xlint:all", "-proc:none").compile(sources);
    }

    /**
     * Compiles rendered files in one javac call with {@code -Xlint:all}, writing classes to
     * {@code classes}; for large outputs, where keeping every class in memory would cost too much.
     */
    public static DiagnosticCollector<JavaFileObject> compileToDirectory(List<RenderedFile> files, Path classes)
            throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<JavaFileObject> sources = files.stream().filter(file -> file.relativePath().endsWith(".java"))
                .<JavaFileObject>map(InMemorySource::new).toList();
        try (StandardJavaFileManager fileManager = compiler.getStandardFileManager(diagnostics, null, null)) {
            List<String> options = List.of("-Xlint:all", "-proc:none", "-Xmaxwarns", "100000", "-Xmaxerrs", "100000",
                    "-classpath", System.getProperty("java.class.path"), "-d", classes.toString());
            compiler.getTask(null, fileManager, diagnostics, options, null, sources).call();
        }
        return diagnostics;
    }

    private static final class InMemorySource extends SimpleJavaFileObject {

        private final String content;

        InMemorySource(RenderedFile file) {
            super(URI.create("string:///" + file.relativePath()), Kind.SOURCE);
            this.content = file.content();
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return content;
        }
    }
}
