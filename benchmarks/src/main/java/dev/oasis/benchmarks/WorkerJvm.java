package dev.oasis.benchmarks;

import java.io.IOException;
import java.lang.reflect.Field;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The JVM that does a build's work. Our CLI, started without JVM options, runs itself in a second
 * JVM with the options of its class {@value #BATCH_JVM}; any JVM option (such as the recorder's)
 * keeps it in the first. To profile the JVM that does the work as a user gets it, the profile runs
 * the tool in one JVM ({@code -Doasis.fork=false}) with those same options. A build without that
 * class (before the batch JVM) works in the JVM it is started in, with the defaults.
 */
final class WorkerJvm {

    /** The class of our CLI that holds the second JVM's options. */
    static final String BATCH_JVM = "dev.oasis.generator.cli.BatchJvm";

    private WorkerJvm() {
    }

    /**
     * The JVM options that run the CLI {@code jar}'s work in the JVM they are given to, as it would
     * run without options: the batch JVM's options and {@code -Doasis.fork=false}, or none.
     */
    static List<String> options(Path jar) throws IOException {
        List<String> options = new ArrayList<>(batchOptions(jar));
        if (!options.isEmpty()) {
            options.add("-D" + read(jar, "PROPERTY") + "=false");
        }
        return options;
    }

    /** The options the CLI {@code jar} gives its second JVM, or none if it runs in the JVM it is started in. */
    private static List<String> batchOptions(Path jar) throws IOException {
        Object options = read(jar, "OPTIONS");
        List<String> all = new ArrayList<>();
        if (options instanceof List<?> list) {
            list.forEach(option -> all.add((String) option));
        }
        return all;
    }

    private static Object read(Path jar, String constant) throws IOException {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()},
                ClassLoader.getPlatformClassLoader())) {
            Field field = Class.forName(BATCH_JVM, false, loader).getDeclaredField(constant);
            field.setAccessible(true);
            return field.get(null);
        } catch (ClassNotFoundException noBatchJvm) {
            return null;
        } catch (ReflectiveOperationException e) {
            throw new IOException("cannot read " + BATCH_JVM + "." + constant + " from " + jar + "; has it changed?", e);
        }
    }
}
