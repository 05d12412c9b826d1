package dev.oasis.generator.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where templates come from: a file with the same relative name in the user's template directory
 * wins over the built-in template packaged in the generator.
 */
public final class TemplateSource {

    /** The classpath folder of the built-in templates. */
    public static final String BUILT_IN_ROOT = "dev/oasis/templates/";

    private final Path overrideDirectory;

    /** A source that uses the built-in templates, overridden by files in {@code overrideDirectory} if given. */
    public TemplateSource(Optional<Path> overrideDirectory) {
        this.overrideDirectory = overrideDirectory.orElse(null);
    }

    /** True when a template of this name exists, overridden or built in. */
    public boolean exists(String name) {
        return overrideFile(name).isPresent() || TemplateSource.class.getClassLoader().getResource(BUILT_IN_ROOT + name) != null;
    }

    /** Where the template named {@code name} is read from, for messages: a file path or {@code built-in:name}. */
    public String describe(String name) {
        return overrideFile(name).map(Path::toString).orElse("built-in:" + name);
    }

    /** Opens a template by its relative name, such as {@code model.mustache}. */
    public Reader open(String name) {
        try {
            Optional<Path> file = overrideFile(name);
            if (file.isPresent()) {
                return Files.newBufferedReader(file.get(), StandardCharsets.UTF_8);
            }
            InputStream builtIn = TemplateSource.class.getClassLoader().getResourceAsStream(BUILT_IN_ROOT + name);
            if (builtIn == null) {
                throw new TemplateException(name, 0, "no template named '" + name + "'");
            }
            return new InputStreamReader(builtIn, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read template " + describe(name), e);
        }
    }

    private Optional<Path> overrideFile(String name) {
        if (overrideDirectory == null) {
            return Optional.empty();
        }
        Path file = overrideDirectory.resolve(name).normalize();
        return file.startsWith(overrideDirectory.normalize()) && Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }
}
