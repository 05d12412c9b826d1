package dev.oasis.generator.render;

import dev.oasis.generator.javasource.PackageRewriter;
import dev.oasis.runtime.ClientBuilder;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The client runtime as output files: every Java source of the {@code oasis-runtime} module
 * (packaged in the generator under {@code runtime/}), or the user's file of the same relative name
 * in the template directory, moved from {@value #PACKAGE} to the project's base package.
 */
public final class RuntimeSources {

    /** The package the runtime's sources are written in. */
    public static final String PACKAGE = "dev.oasis.runtime";

    private RuntimeSources() {
    }

    /** The runtime's folder of optional Bean Validation support, written only with {@code beanValidation}. */
    static final String VALIDATION_FOLDER = TemplateSource.RUNTIME_FOLDER + "validation/";

    /** The service file through which validators find the runtime's value extractor. */
    static final String VALUE_EXTRACTOR_SERVICE = "META-INF/services/jakarta.validation.valueextraction.ValueExtractor";

    /**
     * The runtime's files for a project whose runtime lives in {@code runtimePackage}; with Bean
     * Validation also its {@code validation} package and the service file that registers it.
     */
    static List<RenderedFile> files(TemplateSource templates, String runtimePackage, boolean beanValidation) {
        PackageRewriter rewriter = new PackageRewriter(PACKAGE, runtimePackage);
        List<RenderedFile> files = new ArrayList<>();
        for (String name : sourceNames(beanValidation)) {
            String source = new String(templates.bytes(name), StandardCharsets.UTF_8).replace("\r\n", "\n");
            files.add(new RenderedFile(relativePath(runtimePackage, name), rewriter.rewrite(source), name));
        }
        if (beanValidation) {
            String extractor = VALIDATION_FOLDER + "JsonNullableValueExtractor.java";
            files.add(new RenderedFile(VALUE_EXTRACTOR_SERVICE,
                    runtimePackage + ".validation.JsonNullableValueExtractor\n", extractor));
        }
        return files;
    }

    /** Where the runtime's files go, as {@link #files} writes them, without reading them. */
    static List<String> relativePaths(String runtimePackage, boolean beanValidation) {
        List<String> paths = new ArrayList<>(sourceNames(beanValidation).stream().map(name -> relativePath(runtimePackage, name)).toList());
        if (beanValidation) {
            paths.add(VALUE_EXTRACTOR_SERVICE);
        }
        return paths;
    }

    private static List<String> sourceNames(boolean beanValidation) {
        return TemplateSource.runtimeNames().stream().filter(name -> beanValidation || !name.startsWith(VALIDATION_FOLDER)).toList();
    }

    private static String relativePath(String runtimePackage, String name) {
        return runtimePackage.replace('.', '/') + "/" + name.substring(TemplateSource.RUNTIME_FOLDER.length());
    }

    /**
     * The methods the runtime's client builder and its superclasses declare, which the generated
     * {@code ApiClient.Builder} inherits: read from the runtime's classes themselves.
     */
    public static List<String> clientBuilderMethods() {
        List<String> names = new ArrayList<>();
        for (Class<?> type = ClientBuilder.class; type != Object.class; type = type.getSuperclass()) {
            Arrays.stream(type.getDeclaredMethods()).map(Method::getName).forEach(names::add);
        }
        return names.stream().distinct().sorted().toList();
    }

    /** The simple names of the runtime's top-level classes, in every package. */
    public static List<String> allClassNames() {
        return classNames().values().stream().flatMap(SortedSet::stream).sorted().toList();
    }

    /**
     * The simple names of the runtime's top-level classes by the package they go to, relative to
     * the base package: {@code ""} for the base package itself, {@code "json"} for its {@code json}
     * subpackage. Read from the runtime's sources, so no list of them is kept anywhere else.
     */
    public static Map<String, SortedSet<String>> classNames() {
        Map<String, SortedSet<String>> names = new TreeMap<>();
        for (String name : TemplateSource.runtimeNames()) {
            String relative = name.substring(TemplateSource.RUNTIME_FOLDER.length(), name.length() - ".java".length());
            int slash = relative.lastIndexOf('/');
            String subpackage = slash < 0 ? "" : relative.substring(0, slash).replace('/', '.');
            names.computeIfAbsent(subpackage, key -> new TreeSet<>()).add(relative.substring(slash + 1));
        }
        return names;
    }
}
