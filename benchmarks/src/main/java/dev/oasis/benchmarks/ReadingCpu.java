package dev.oasis.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reading measured by the reading thread's own CPU time and allocated bytes ({@code ThreadMXBean}),
 * which other work on a shared machine barely moves, unlike JMH's wall-clock throughput. Every
 * reader of every body runs in this one JVM: a warm-up that cycles through all of them, then timed
 * batches in which they take turns (the order rotating batch by batch), so that a slow stretch of the
 * machine falls on all of them alike. Each figure is the median over the batches of a batch's CPU
 * time and allocated bytes divided by its reads.
 */
public final class ReadingCpu {

    /** A batch aims at this much CPU time per reader and body. */
    private static final long BATCH_NANOS = 100_000_000L;

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    /** Keeps what each read returns, so that the JIT cannot drop the read. */
    private static volatile Object sink;

    /**
     * One reader on one body.
     *
     * @param reader {@code oasis}, {@code datadog} or {@code streaming}, as in {@link ReadingBenchmark}
     * @param body the body's name, as in {@link ReadingBenchmark}
     * @param cpuMicros median thread CPU time per read, microseconds
     * @param allocatedBytes median bytes allocated per read
     */
    public record Figure(String reader, String body, double cpuMicros, double allocatedBytes) {
    }

    /** All figures of one run. */
    public record Figures(List<Figure> all) {

        /** The figure of {@code reader} on {@code body}, if that pair was measured. */
        public Optional<Figure> find(String reader, String body) {
            return all.stream().filter(f -> f.reader.equals(reader) && f.body.equals(body)).findFirst();
        }
    }

    /** One read, as {@link ReadingBenchmark}'s methods make it. */
    @FunctionalInterface
    private interface Read {
        Object run() throws Exception;
    }

    private record Task(String reader, String body, Read read) {
    }

    private ReadingCpu() {
    }

    /**
     * Measures every reader on every body.
     *
     * @param warmupSeconds how long all readers take turns before the batches are timed
     * @param batches how many timed batches per reader and body
     * @return the medians
     * @throws Exception when a reader fails
     */
    public static Figures run(int warmupSeconds, int batches) throws Exception {
        List<Task> tasks = tasks();
        long[] readsPerBatch = new long[tasks.size()];
        long warmupEnd = System.nanoTime() + warmupSeconds * 1_000_000_000L;
        do {
            for (int i = 0; i < tasks.size(); i++) {
                long cpu = THREADS.getCurrentThreadCpuTime();
                long reads = 0;
                do {
                    sink = tasks.get(i).read.run();
                    reads++;
                } while (THREADS.getCurrentThreadCpuTime() - cpu < BATCH_NANOS / 10);
                readsPerBatch[i] = Math.max(1, reads * 10);
            }
        } while (System.nanoTime() < warmupEnd);
        List<List<double[]>> samples = new ArrayList<>();
        tasks.forEach(t -> samples.add(new ArrayList<>()));
        long thread = Thread.currentThread().getId();
        for (int batch = 0; batch < batches; batch++) {
            for (int turn = 0; turn < tasks.size(); turn++) {
                int i = (turn + batch) % tasks.size();
                Read read = tasks.get(i).read;
                long reads = readsPerBatch[i];
                long bytes = THREADS.getThreadAllocatedBytes(thread);
                long cpu = THREADS.getCurrentThreadCpuTime();
                for (long n = 0; n < reads; n++) {
                    sink = read.run();
                }
                cpu = THREADS.getCurrentThreadCpuTime() - cpu;
                bytes = THREADS.getThreadAllocatedBytes(thread) - bytes;
                samples.get(i).add(new double[] {cpu / 1000.0 / reads, (double) bytes / reads});
            }
        }
        List<Figure> figures = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            List<double[]> s = samples.get(i);
            figures.add(new Figure(tasks.get(i).reader, tasks.get(i).body,
                    Stats.median(s.stream().map(x -> x[0]).toList()), Stats.median(s.stream().map(x -> x[1]).toList())));
        }
        return new Figures(figures);
    }

    private static List<Task> tasks() {
        byte[] todo = ExampleBodies.TODO.readable();
        byte[] integration = ExampleBodies.INTEGRATION.readable();
        byte[] template = ExampleBodies.NOTIFICATION_TEMPLATE.readable();
        byte[] todoLarge = LargeBodies.todo();
        byte[] integrationLarge = LargeBodies.integration();
        byte[] templateLarge = LargeBodies.notificationTemplate();
        OasisReader oasis = new OasisReader();
        DatadogReader datadog = new DatadogReader();
        StreamingFloor streaming = new StreamingFloor();
        List<Task> tasks = new ArrayList<>();
        tasks.add(new Task("oasis", "todo", () -> oasis.todo(todo)));
        tasks.add(new Task("oasis", "integration", () -> oasis.integration(integration)));
        tasks.add(new Task("oasis", "notificationTemplate", () -> oasis.notificationTemplate(template)));
        tasks.add(new Task("oasis", "todoLarge", () -> oasis.todo(todoLarge)));
        tasks.add(new Task("oasis", "integrationLarge", () -> oasis.integration(integrationLarge)));
        tasks.add(new Task("oasis", "notificationTemplateLarge", () -> oasis.notificationTemplate(templateLarge)));
        tasks.add(new Task("datadog", "todo", () -> datadog.todo(todo)));
        tasks.add(new Task("datadog", "integration", () -> datadog.integration(integration)));
        tasks.add(new Task("datadog", "todoLarge", () -> datadog.todo(todoLarge)));
        tasks.add(new Task("datadog", "integrationLarge", () -> datadog.integration(integrationLarge)));
        tasks.add(new Task("streaming", "todo", () -> streaming.countTokens(todo)));
        tasks.add(new Task("streaming", "integration", () -> streaming.countTokens(integration)));
        tasks.add(new Task("streaming", "notificationTemplate", () -> streaming.countTokens(template)));
        tasks.add(new Task("streaming", "todoLarge", () -> streaming.countTokens(todoLarge)));
        tasks.add(new Task("streaming", "integrationLarge", () -> streaming.countTokens(integrationLarge)));
        tasks.add(new Task("streaming", "notificationTemplateLarge", () -> streaming.countTokens(templateLarge)));
        return tasks;
    }

    /**
     * Runs the measurement alone and prints one line per reader and body, for comparing two builds
     * JVM by JVM: {@code ReadingCpu [warm-up seconds] [batches]}.
     *
     * @param args optional warm-up seconds (default 15) and batches (default 9)
     * @throws Exception when a reader fails
     */
    public static void main(String[] args) throws Exception {
        Figures figures = run(args.length > 0 ? Integer.parseInt(args[0]) : 15, args.length > 1 ? Integer.parseInt(args[1]) : 9);
        for (Figure f : figures.all()) {
            System.out.printf("%-10s %-26s %12.2f us %14.0f B%n", f.reader(), f.body(), f.cpuMicros(), f.allocatedBytes());
        }
    }
}
