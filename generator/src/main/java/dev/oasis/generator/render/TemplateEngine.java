package dev.oasis.generator.render;

import com.github.mustachejava.Binding;
import com.github.mustachejava.Code;
import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.TemplateContext;
import com.github.mustachejava.reflect.MissingWrapper;
import com.github.mustachejava.reflect.ReflectionObjectHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Renders Mustache templates with Mustache.java, configured for code: no HTML escaping, and strict,
 * so a name the template model does not have is an error naming the template and line instead of
 * silently rendering as empty text.
 */
public final class TemplateEngine {

    private final CodeMustacheFactory factory;

    /** Creates an engine reading templates from {@code source}. */
    public TemplateEngine(TemplateSource source) {
        this.factory = new CodeMustacheFactory(source);
        factory.setObjectHandler(new StrictObjectHandler());
    }

    /**
     * Renders a template.
     *
     * @param template the template's relative name, such as {@code model.mustache}
     * @param vars the template model
     * @throws TemplateException naming the template and line when the template is broken or uses an unknown name
     */
    public String render(String template, Object vars) {
        StringWriter out = new StringWriter();
        try {
            Mustache mustache = factory.compile(template);
            mustache.execute(out, vars).flush();
        } catch (TemplateException e) {
            throw e;
        } catch (MustacheException e) {
            throw translate(template, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static TemplateException translate(String template, MustacheException e) {
        Throwable cause = e;
        while (cause.getCause() != null && !(cause instanceof TemplateException)) {
            cause = cause.getCause();
        }
        if (cause instanceof TemplateException strict) {
            return strict;
        }
        TemplateContext context = e.getContext();
        String file = context == null ? template : context.file();
        int line = context == null ? 0 : context.line();
        String message = e.getMessage() == null ? "cannot render" : e.getMessage();
        return new TemplateException(file, line, message);
    }

    /** Reads templates from a {@link TemplateSource} and writes values without HTML escaping. */
    private static final class CodeMustacheFactory extends DefaultMustacheFactory {

        CodeMustacheFactory(TemplateSource source) {
            super(source::open);
        }

        @Override
        public void encode(String value, Writer writer) {
            try {
                writer.write(value);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Fails on names that no object in scope has, instead of rendering nothing. */
    private static final class StrictObjectHandler extends ReflectionObjectHandler {

        @Override
        public Binding createBinding(String name, TemplateContext context, Code code) {
            Binding delegate = super.createBinding(name, context, code);
            return scopes -> {
                Object value = delegate.get(scopes);
                if (value == null && find(name, scopes) instanceof MissingWrapper) {
                    throw new TemplateException(context.file(), context.line(),
                            "'" + name + "' is not a field of the template model here");
                }
                return value;
            };
        }
    }
}
