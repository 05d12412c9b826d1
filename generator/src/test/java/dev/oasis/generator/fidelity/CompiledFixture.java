package dev.oasis.generator.fidelity;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import dev.oasis.generator.Conventions;
import dev.oasis.generator.GeneratedSources;
import dev.oasis.generator.Generator;
import dev.oasis.generator.GeneratorConfig;
import dev.oasis.generator.RepositoryFiles;
import dev.oasis.generator.build.ModelBuilder;
import dev.oasis.generator.diagnostic.Diagnostic;
import dev.oasis.generator.diagnostic.Diagnostics;
import dev.oasis.generator.spec.SpecLoader;
import dev.oasis.generator.spec.SpecSet;
import dev.oasis.generator.render.RenderedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;

/**
 * A fixture spec from {@code src/test/resources/fixtures}, generated, compiled without warnings and
 * loaded, so that tests can read and write JSON through the generated codecs.
 */
final class CompiledFixture {

    /** The base package fixtures are generated into. */
    static final String BASE = "fx";

    private static final JsonFactory JSON = new JsonFactory();
    private static final ObjectMapper TREES = new ObjectMapper();

    private final List<RenderedFile> files;
    private final List<Diagnostic> warnings;
    private final ClassLoader loader;

    private CompiledFixture(List<RenderedFile> files, List<Diagnostic> warnings, ClassLoader loader) {
        this.files = files;
        this.warnings = warnings;
        this.loader = loader;
    }

    /** Generates, compiles (asserting no warnings) and loads {@code fixtures/<name>}. */
    static CompiledFixture of(String name) {
        return of(name, Conventions.NONE, List.of());
    }

    /**
     * Generates {@code fixtures/<name>} with the team's conventions, compiles it (asserting no
     * warnings) together with the team's own classes, and loads it.
     *
     * @param teamSources the team's own classes, each as a file relative to {@code fixtures/}
     */
    static CompiledFixture of(String name, Conventions conventions, List<String> teamSources) {
        Path fixtures = RepositoryFiles.root().resolve("generator/src/test/resources/fixtures");
        Path spec = fixtures.resolve(name);
        GeneratorConfig config = GeneratorConfig.builder(spec, Path.of("unused")).basePackage(BASE).conventions(conventions).build();
        Diagnostics diagnostics = new Diagnostics();
        ModelBuilder.build(SpecSet.open(spec, new SpecLoader()), diagnostics, conventions.typeMappings());
        List<Diagnostic> warnings = diagnostics.all();
        List<RenderedFile> files = new Generator().render(config);
        List<RenderedFile> sources = new ArrayList<>(files);
        for (String team : teamSources) {
            try {
                String content = java.nio.file.Files.readString(fixtures.resolve(team));
                sources.add(new RenderedFile(team.substring(team.indexOf('/') + 1), content, team));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Compilation compilation = GeneratedSources.compile(sources);
        assertThat(compilation).succeededWithoutWarnings();
        return new CompiledFixture(files, warnings, new CompiledClassLoader(compilation.generatedFiles()));
    }

    /** The rendered source of a model class. */
    String source(String simpleName) {
        String path = BASE + "/model/" + simpleName + ".java";
        return files.stream().filter(f -> f.relativePath().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("no file " + path)).content();
    }

    /** Every rendered file. */
    List<RenderedFile> files() {
        return files;
    }

    /** The generation warnings. */
    List<Diagnostic> warnings() {
        return warnings;
    }

    /** A generated model class by simple name. */
    Class<?> type(String simpleName) {
        try {
            return Class.forName(BASE + ".model." + simpleName, true, loader);
        } catch (ClassNotFoundException e) {
            throw new AssertionError("no generated class " + simpleName, e);
        }
    }

    /** The class loader of the generated classes. */
    ClassLoader loader() {
        return loader;
    }

    /** A generated class by its name relative to the base package, such as {@code api.TodosApi}. */
    Class<?> generated(String relativeName) {
        try {
            return Class.forName(BASE + "." + relativeName, true, loader);
        } catch (ClassNotFoundException e) {
            throw new AssertionError("no generated class " + relativeName, e);
        }
    }

    /** Reads {@code json} as {@code simpleName} in tolerant mode. */
    Reading read(String simpleName, String json) {
        try (JsonParser parser = JSON.createParser(json)) {
            Class<?> input = Class.forName(BASE + ".json.JsonInput", true, loader);
            Class<?> codecType = Class.forName(BASE + ".json.JsonCodec", true, loader);
            List<Object> deviations = new ArrayList<>();
            Object in = input.getMethod("start", JsonParser.class, List.class).invoke(null, parser, deviations);
            Object value = input.getMethod("read", codecType).invoke(in, codec(simpleName));
            return new Reading(value, deviations.stream().map(d -> call(d, "pointer") + ": " + call(d, "message")).toList(),
                    deviations.stream().map(d -> String.valueOf(call(d, "kind"))).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ReflectiveOperationException e) {
            throw rethrow(e);
        }
    }

    /** Writes {@code value} as {@code simpleName}. */
    String write(String simpleName, Object value) {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = JSON.createGenerator(out)) {
            Object codec = codec(simpleName);
            Method write = Class.forName(BASE + ".json.JsonCodec", true, loader)
                    .getMethod("write", JsonGenerator.class, Object.class);
            write.invoke(codec, generator, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ReflectiveOperationException e) {
            throw rethrow(e);
        }
        return out.toString();
    }

    /**
     * Reads {@code json}, writes it back and reads that again: the JSON trees are equal (up to
     * property order and date-time offset spelling), the values are equal, and so are the deviations.
     */
    void assertRoundTrip(String simpleName, String json) {
        Reading first = read(simpleName, json);
        String written = write(simpleName, first.value());
        Reading second = read(simpleName, written);
        assertEquals(first.value(), second.value(), written);
        assertEquals(sorted(first.deviations()), sorted(second.deviations()), written);
        assertEquals(withoutOffsetSpelling(json), withoutOffsetSpelling(written));
    }

    private static List<String> sorted(List<String> deviations) {
        return deviations.stream().sorted().toList();
    }

    private static JsonNode withoutOffsetSpelling(String json) {
        try {
            return TREES.readTree(json.replace("+00:00\"", "Z\""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Calls a public method (a getter, a builder method) by name. */
    static Object call(Object target, String method, Object... args) {
        for (Method candidate : target.getClass().getMethods()) {
            if (candidate.getName().equals(method) && candidate.getParameterCount() == args.length) {
                try {
                    candidate.setAccessible(true);
                    return candidate.invoke(target, args);
                } catch (ReflectiveOperationException e) {
                    throw rethrow(e);
                }
            }
        }
        throw new AssertionError("no method " + method + " on " + target.getClass());
    }

    /** Calls a public static method of a generated model class. */
    Object callStatic(String simpleName, String method, Object... args) {
        for (Method candidate : type(simpleName).getMethods()) {
            if (candidate.getName().equals(method) && candidate.getParameterCount() == args.length) {
                try {
                    return candidate.invoke(null, args);
                } catch (ReflectiveOperationException e) {
                    throw rethrow(e);
                }
            }
        }
        throw new AssertionError("no static method " + method + " on " + simpleName);
    }

    private Object codec(String simpleName) {
        try {
            return type(simpleName).getField("CODEC").get(null);
        } catch (ReflectiveOperationException e) {
            throw rethrow(e);
        }
    }

    private static RuntimeException rethrow(ReflectiveOperationException e) {
        Throwable cause = e instanceof InvocationTargetException invocation ? invocation.getCause() : e;
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        return new IllegalStateException(cause);
    }

    /**
     * What a read returned.
     *
     * @param value the value read
     * @param deviations the deviations reported, each as {@code pointer: message}
     * @param kinds the kinds of the deviations, in the same order
     */
    record Reading(Object value, List<String> deviations, List<String> kinds) {

        /** The pointers of the deviations, in order. */
        List<String> pointers() {
            return deviations.stream().map(d -> d.substring(0, d.indexOf(": "))).toList();
        }
    }

    private static final class CompiledClassLoader extends ClassLoader {

        private final Map<String, JavaFileObject> classes = new HashMap<>();

        CompiledClassLoader(List<JavaFileObject> generated) {
            super(CompiledFixture.class.getClassLoader());
            for (JavaFileObject file : generated) {
                if (file.getKind() == JavaFileObject.Kind.CLASS) {
                    String name = file.toUri().getPath();
                    name = name.substring(name.indexOf("/CLASS_OUTPUT/") + "/CLASS_OUTPUT/".length(), name.length() - 6);
                    classes.put(name.replace('/', '.'), file);
                }
            }
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            JavaFileObject file = classes.get(name);
            if (file == null) {
                throw new ClassNotFoundException(name);
            }
            try (InputStream in = file.openInputStream()) {
                byte[] bytes = in.readAllBytes();
                return defineClass(name, bytes, 0, bytes.length);
            } catch (IOException e) {
                throw new ClassNotFoundException(name, e);
            }
        }
    }
}
