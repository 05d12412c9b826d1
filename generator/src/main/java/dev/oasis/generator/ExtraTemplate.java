package dev.oasis.generator;

import java.util.Locale;
import java.util.Objects;

/**
 * A user template rendered in addition to the built-in ones: once per model type, once per API
 * class, or once per project. The output path is a pattern in which {@code {className}} stands
 * for the model or API class name and {@code {packagePath}} for its package as a folder
 * ({@code com/example/model}); for {@code once} it is the base package.
 *
 * @param scope how often the template is rendered
 * @param template the template's relative name in the template directory
 * @param outputPattern the path of each output file under the output directory
 */
public record ExtraTemplate(Scope scope, String template, String outputPattern) {

    /** How often an extra template is rendered, and with which template model. */
    public enum Scope {
        /** Once per model type, with that type's {@code ModelVars}, {@code EnumVars}, {@code UnionVars} or {@code HierarchyVars}. */
        MODEL,
        /** Once per API class, with its {@code ApiVars}. */
        API,
        /** Once per project, with the {@code ClientVars}. */
        ONCE
    }

    public ExtraTemplate {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(outputPattern, "outputPattern");
    }

    /**
     * Parses {@code scope:template:outputPattern}, such as
     * {@code model:builder-test.mustache:{packagePath}/{className}Example.java}.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static ExtraTemplate parse(String text) {
        String[] parts = text.trim().split(":", 3);
        if (parts.length != 3 || parts[1].isBlank() || parts[2].isBlank()) {
            throw new IllegalArgumentException("extra template '" + text
                    + "' must look like scope:template:outputPattern, such as model:extra.mustache:{packagePath}/{className}Extra.java");
        }
        Scope scope;
        try {
            scope = Scope.valueOf(parts[0].trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("extra template '" + text + "' has scope '" + parts[0]
                    + "'; use model, api or once", e);
        }
        return new ExtraTemplate(scope, parts[1].trim(), parts[2].trim());
    }

    /** The output path for one class: the pattern with its placeholders filled in. */
    public String outputPath(String packageName, String className) {
        return outputPattern.replace("{packagePath}", packageName.replace('.', '/')).replace("{className}", className);
    }

    /** The canonical text form, as {@link #parse} reads it. */
    @Override
    public String toString() {
        return scope.name().toLowerCase(Locale.ROOT) + ":" + template + ":" + outputPattern;
    }
}
