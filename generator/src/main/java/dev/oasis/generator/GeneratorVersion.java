package dev.oasis.generator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Optional;
import java.util.Properties;

/** The generator's own version, as Maven stamped it into the jar. */
public final class GeneratorVersion {

    private static final String VERSION = load();

    private static volatile Optional<String> jar;

    private GeneratorVersion() {
    }

    /** The version, such as {@code 0.1.0}. */
    public static String get() {
        return VERSION;
    }

    /**
     * The size and modification time of the jar the generator runs from, so that a rebuilt
     * snapshot with the same version counts as another generator; empty when not running from a
     * jar (then the caller must look at the built-in templates themselves).
     */
    public static Optional<String> jarIdentity() {
        Optional<String> value = jar;
        if (value == null) {
            value = findJar().map(file -> {
                try {
                    return Files.size(file) + " " + Files.getLastModifiedTime(file).toMillis();
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read the attributes of " + file, e);
                }
            });
            jar = value;
        }
        return value;
    }

    private static Optional<Path> findJar() {
        try {
            CodeSource source = GeneratorVersion.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return Optional.empty();
            }
            Path location = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(location) ? Optional.of(location) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            return Optional.empty();
        }
    }

    private static String load() {
        try (InputStream in = GeneratorVersion.class.getResourceAsStream("version.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
