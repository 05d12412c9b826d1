package dev.oasis.generator.render;

import dev.oasis.generator.javasource.ImportEncoder;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The step after rendering: every Java file's type markers become simple or qualified names and
 * its import block is derived from them, knowing every type the generation produces.
 */
final class ImportStep {

    private final Map<String, Set<String>> typesByPackage;
    private final ImportEncoder encoder;

    /** A step for a generation whose files have these relative paths. */
    ImportStep(Collection<String> relativePaths) {
        Map<String, Set<String>> types = new TreeMap<>();
        for (String path : relativePaths) {
            if (isJava(path)) {
                types.computeIfAbsent(packageOf(path), key -> new TreeSet<>()).add(className(path));
            }
        }
        this.typesByPackage = types;
        this.encoder = new ImportEncoder(types);
    }

    /** The simple names of the top-level types generated into each package. */
    Map<String, Set<String>> typesByPackage() {
        return Collections.unmodifiableMap(typesByPackage);
    }

    /** The file with its imports derived; a file that is not Java, or has no markers, as it is. */
    RenderedOutput apply(RenderedFile file) {
        String path = file.relativePath();
        if (!isJava(path) || file.content().indexOf('«') < 0) {
            return new RenderedOutput(file, Collections.emptySortedSet());
        }
        ImportEncoder.Encoding encoding = encoder.encoding(file.content(), packageOf(path), className(path));
        return new RenderedOutput(new RenderedFile(path, encoding.text(), file.template()), encoding.packageLookups());
    }

    static boolean isJava(String relativePath) {
        return relativePath.endsWith(".java");
    }

    /** The package of a Java file at this relative path. */
    static String packageOf(String relativePath) {
        int slash = relativePath.lastIndexOf('/');
        return slash < 0 ? "" : relativePath.substring(0, slash).replace('/', '.');
    }

    private static String className(String path) {
        return path.substring(path.lastIndexOf('/') + 1, path.length() - ".java".length());
    }
}
