package dev.oasis.generator.check;

import com.sun.source.util.JavacTask;
import dev.oasis.generator.render.RenderedFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticListener;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Finds syntax errors with the JDK's own compiler, stopping after the parse: the parser that will
 * compile the generated code, about twice as fast as JavaParser and allocating a third as much
 * (see {@code benchmarks/RESULTS.md}).
 *
 * <p>One compiler task per call, with a file manager of its own that is closed when the call ends
 * (the parse reads nothing but the sources given); every error it reports is kept ({@code -Xmaxerrs} is raised), so a
 * file late in a large call is never passed over because earlier files used up the default limit.
 */
final class JavacSyntaxChecker implements SyntaxChecker {

    private static final List<String> OPTIONS = List.of("-proc:none", "-Xmaxerrs", Integer.toString(Integer.MAX_VALUE));

    private final JavaCompiler compiler;

    private JavacSyntaxChecker(JavaCompiler compiler) {
        this.compiler = compiler;
    }

    /** A checker using this runtime's compiler; empty on a runtime without one. */
    static Optional<SyntaxChecker> ofRuntime() {
        try {
            return Optional.ofNullable(ToolProvider.getSystemJavaCompiler()).map(JavacSyntaxChecker::new);
        } catch (LinkageError noCompilerModule) {
            return Optional.empty();
        }
    }

    @Override
    public List<Optional<SyntaxError>> firstErrors(List<RenderedFile> files) {
        List<Source> sources = new ArrayList<>(files.size());
        for (int i = 0; i < files.size(); i++) {
            sources.add(new Source(i, files.get(i)));
        }
        SyntaxError[] first = new SyntaxError[files.size()];
        DiagnosticListener<JavaFileObject> listener = diagnostic -> {
            if (diagnostic.getKind() != Diagnostic.Kind.ERROR) {
                return;
            }
            if (!(diagnostic.getSource() instanceof Source source)) {
                throw new IllegalStateException("the JDK compiler failed: " + diagnostic.getMessage(Locale.ROOT));
            }
            if (first[source.index] == null) {
                first[source.index] = SyntaxError.at(source.file.content(), diagnostic.getPosition(),
                        diagnostic.getMessage(Locale.ROOT));
            }
        };
        try (StandardJavaFileManager manager = compiler.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8)) {
            ((JavacTask) compiler.getTask(Writer.nullWriter(), manager, listener, OPTIONS, null, sources)).parse();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Arrays.stream(first).map(Optional::ofNullable).toList();
    }

    /** One rendered file as the compiler reads it, named by its path under the output directory. */
    private static final class Source extends SimpleJavaFileObject {

        private final int index;
        private final RenderedFile file;

        Source(int index, RenderedFile file) {
            super(uri(file.relativePath()), Kind.SOURCE);
            this.index = index;
            this.file = file;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return file.content();
        }

        private static URI uri(String relativePath) {
            try {
                return new URI("oasis", null, "/" + relativePath, null);
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("not a usable path: " + relativePath, e);
            }
        }
    }
}
