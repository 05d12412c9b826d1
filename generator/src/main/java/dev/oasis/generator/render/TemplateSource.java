package dev.oasis.generator.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Where templates come from: a file with the same relative name in the user's template directory
 * wins over the built-in template packaged in the generator.
 */
public final class TemplateSource {

    /** The classpath folder of the built-in templates. */
    public static final String BUILT_IN_ROOT = "dev/oasis/templates/";

    /** A built-in template every version has, used to find where the built-in templates are packaged. */
    private static final String ANCHOR = "api.mustache";

    /** The folder, relative to the template root, of the runtime's Java sources. */
    public static final String RUNTIME_FOLDER = "runtime/";

    private static volatile SortedSet<String> builtInFiles;

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

    /** The relative names of every built-in template and partial, such as {@code partials/javadoc.mustache}. */
    public static SortedSet<String> builtInNames() {
        return filter(builtInFiles(), TemplateSource::isTemplate);
    }

    /** The relative names of the runtime's built-in Java sources, such as {@code runtime/json/Codecs.java}. */
    public static SortedSet<String> runtimeNames() {
        return filter(builtInFiles(), TemplateSource::isRuntimeSource);
    }

    private static SortedSet<String> builtInFiles() {
        SortedSet<String> names = builtInFiles;
        if (names == null) {
            names = Collections.unmodifiableSortedSet(listBuiltIns());
            builtInFiles = names;
        }
        return names;
    }

    private static SortedSet<String> filter(SortedSet<String> names, java.util.function.Predicate<String> keep) {
        SortedSet<String> kept = new TreeSet<>();
        names.stream().filter(keep).forEach(kept::add);
        return Collections.unmodifiableSortedSet(kept);
    }

    private static boolean isTemplate(String name) {
        return name.endsWith(".mustache");
    }

    private static boolean isRuntimeSource(String name) {
        return name.startsWith(RUNTIME_FOLDER) && name.endsWith(".java");
    }

    /**
     * The relative names ({@code /}-separated) of the files in the override directory that can
     * take effect: {@code .mustache} templates and Java sources under {@code runtime/}.
     */
    public SortedSet<String> overrideNames() {
        SortedSet<String> names = new TreeSet<>();
        if (overrideDirectory == null || !Files.isDirectory(overrideDirectory)) {
            return names;
        }
        try (Stream<Path> files = Files.walk(overrideDirectory)) {
            files.filter(Files::isRegularFile)
                    .map(file -> overrideDirectory.relativize(file).toString().replace(java.io.File.separatorChar, '/'))
                    .filter(name -> isTemplate(name) || isRuntimeSource(name))
                    .forEach(names::add);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list templates in " + overrideDirectory, e);
        }
        return names;
    }

    /** The raw bytes of the template named {@code name}, overridden or built in. */
    public byte[] bytes(String name) {
        try {
            Optional<Path> file = overrideFile(name);
            if (file.isPresent()) {
                return Files.readAllBytes(file.get());
            }
            try (InputStream builtIn = TemplateSource.class.getClassLoader().getResourceAsStream(BUILT_IN_ROOT + name)) {
                if (builtIn == null) {
                    throw new TemplateException(name, 0, "no template named '" + name + "'");
                }
                return builtIn.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read template " + describe(name), e);
        }
    }

    private static SortedSet<String> listBuiltIns() {
        URL anchor = TemplateSource.class.getClassLoader().getResource(BUILT_IN_ROOT + ANCHOR);
        SortedSet<String> names = new TreeSet<>();
        if (anchor == null) {
            return names;
        }
        try {
            if (anchor.getProtocol().equals("jar")) {
                JarFile jar = ((JarURLConnection) anchor.openConnection()).getJarFile();
                for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements();) {
                    String entry = entries.nextElement().getName();
                    String name = entry.startsWith(BUILT_IN_ROOT) ? entry.substring(BUILT_IN_ROOT.length()) : "";
                    if (isTemplate(name) || isRuntimeSource(name)) {
                        names.add(name);
                    }
                }
            } else {
                Path root = Path.of(anchor.toURI()).getParent();
                try (Stream<Path> files = Files.walk(root)) {
                    files.filter(Files::isRegularFile)
                            .map(file -> root.relativize(file).toString().replace(java.io.File.separatorChar, '/'))
                            .filter(name -> isTemplate(name) || isRuntimeSource(name))
                            .forEach(names::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the built-in templates", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot list the built-in templates at " + anchor, e);
        }
        return names;
    }

    private Optional<Path> overrideFile(String name) {
        if (overrideDirectory == null) {
            return Optional.empty();
        }
        Path file = overrideDirectory.resolve(name).normalize();
        return file.startsWith(overrideDirectory.normalize()) && Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }
}
