package dev.oasis.generator.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs the command-line tool in a second JVM set up for one short batch run, when this JVM was
 * started without any JVM option. The JVM's defaults suit long-running servers: on a generation
 * they spend about half the CPU time in the optimizing compiler, whose code pays off only after the
 * run is over, and grow the heap with the allocation rate to several times the live data. The
 * second JVM compiles with the quick compiler only and collects with the serial collector, which
 * grows the heap only as far as the live data needs (see {@code benchmarks/RESULTS.md}).
 *
 * <p>Any JVM option on the command line ({@code java -Xmx1g -jar ...}, {@code JDK_JAVA_OPTIONS})
 * means the user chose the settings: the tool then runs in the JVM as started, as it also does with
 * {@code -Doasis.fork=false} or when the second JVM cannot be started. Standard input, output and
 * error are the second JVM's own; its exit status is the tool's.
 */
final class BatchJvm {

    /** The options of the second JVM. */
    static final List<String> OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    /** The system property that marks the second JVM, or ({@code false}) turns the second JVM off. */
    static final String PROPERTY = "oasis.fork";

    private BatchJvm() {
    }

    /**
     * Runs the tool with {@code args} in a second JVM and returns its exit status; empty when the tool
     * is to run in this JVM.
     */
    static Optional<Integer> run(String[] args) {
        if (System.getProperty(PROPERTY) != null || !ManagementFactory.getRuntimeMXBean().getInputArguments().isEmpty()) {
            return Optional.empty();
        }
        Process process;
        try {
            process = new ProcessBuilder(command(Path.of(System.getProperty("java.home"), "bin", "java"),
                    System.getProperty("java.class.path"), args)).inheritIO().start();
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.empty();
        }
        Thread stop = new Thread(process::destroy, "oasis-stop-batch-jvm");
        Runtime.getRuntime().addShutdownHook(stop);
        try {
            return Optional.of(process.waitFor());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroy();
            return Optional.of(Main.IO_ERROR);
        } finally {
            removeHook(stop);
        }
    }

    /** The command that runs the tool with {@code args} in the second JVM. */
    static List<String> command(Path java, String classPath, String[] args) {
        List<String> command = new ArrayList<>(List.of(java.toString()));
        command.addAll(OPTIONS);
        command.addAll(List.of("-D" + PROPERTY + "=forked", "-cp", classPath, Main.class.getName()));
        command.addAll(List.of(args));
        return command;
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The hook runs anyway.
        }
    }
}
