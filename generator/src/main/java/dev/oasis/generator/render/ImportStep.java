package dev.oasis.generator.render;

import dev.oasis.generator.javasource.ImportEncoder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The step after rendering: every Java file's type markers become simple or qualified names and
 * its import block is derived from them, knowing every type the generation produces.
 */
final class ImportStep {

    private ImportStep() {
    }

    /** The files with their imports derived; files that are not Java, or have no markers, as they are. */
    static List<RenderedFile> apply(List<RenderedFile> files) {
        Map<String, Set<String>> typesByPackage = new TreeMap<>();
        for (RenderedFile file : files) {
            if (isJava(file)) {
                typesByPackage.computeIfAbsent(packageOf(file), key -> new TreeSet<>()).add(className(file));
            }
        }
        ImportEncoder encoder = new ImportEncoder(typesByPackage);
        List<RenderedFile> encoded = new ArrayList<>(files.size());
        for (RenderedFile file : files) {
            if (isJava(file) && file.content().indexOf('«') >= 0) {
                encoded.add(new RenderedFile(file.relativePath(),
                        encoder.encode(file.content(), packageOf(file), className(file)), file.template()));
            } else {
                encoded.add(file);
            }
        }
        return encoded;
    }

    private static boolean isJava(RenderedFile file) {
        return file.relativePath().endsWith(".java");
    }

    private static String packageOf(RenderedFile file) {
        int slash = file.relativePath().lastIndexOf('/');
        return slash < 0 ? "" : file.relativePath().substring(0, slash).replace('/', '.');
    }

    private static String className(RenderedFile file) {
        String path = file.relativePath();
        return path.substring(path.lastIndexOf('/') + 1, path.length() - ".java".length());
    }
}
