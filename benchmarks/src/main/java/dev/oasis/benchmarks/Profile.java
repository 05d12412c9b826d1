package dev.oasis.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedObject;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * What a Java Flight Recorder recording of one generation says: where the CPU samples and the
 * sampled allocation fall, by pipeline stage and by frame, and how the heap grew.
 *
 * <p>A sample's stage is the package of its outermost frame in a subpackage of
 * {@code dev.oasis.generator} (so work the model builder does through the spec tree counts as
 * building, and parser threads count as the stage that started them); samples with no such frame
 * are "other" (start-up, class loading, JIT-compiled lambdas without a generator frame).
 *
 * @param cpuSamples execution samples per stage
 * @param cpuFrames execution samples per top frame
 * @param allocation sampled bytes allocated per stage
 * @param allocationFrames sampled bytes allocated per top frame
 * @param stageSpans when each stage ran
 * @param collections the heap at each garbage collection, in order
 */
public record Profile(Map<String, Long> cpuSamples, Map<String, Long> cpuFrames, Map<String, Long> allocation,
        Map<String, Long> allocationFrames, Map<String, Span> stageSpans, List<Collection> collections) {

    /**
     * The first and last execution sample of a stage, in seconds from the recording's first event.
     *
     * @param first the first sample
     * @param last the last sample
     */
    public record Span(double first, double last) {

        Span including(double seconds) {
            return new Span(Math.min(first, seconds), Math.max(last, seconds));
        }
    }

    /**
     * The heap at one garbage collection.
     *
     * @param seconds when, from the recording's first event
     * @param usedBeforeMb heap in use before it
     * @param usedAfterMb heap in use after it (about the live data, for a young collection)
     * @param committedMb heap committed after it
     */
    public record Collection(double seconds, double usedBeforeMb, double usedAfterMb, double committedMb) {
    }

    private static final Pattern STAGE = Pattern.compile("^dev\\.oasis\\.generator\\.([a-z][a-z0-9_]*)\\.");

    /** Reads the recording at {@code file}. */
    public static Profile read(Path file) throws IOException {
        List<RecordedEvent> events = RecordingFile.readAllEvents(file);
        Instant start = events.stream().map(RecordedEvent::getStartTime).min(Instant::compareTo).orElse(Instant.EPOCH);
        Map<String, Long> cpu = new HashMap<>();
        Map<String, Long> cpuFrames = new HashMap<>();
        Map<String, Long> allocation = new HashMap<>();
        Map<String, Long> allocationFrames = new HashMap<>();
        Map<String, Span> spans = new LinkedHashMap<>();
        Map<Long, Collection> heap = new HashMap<>();
        for (RecordedEvent event : events) {
            String type = event.getEventType().getName();
            double seconds = Duration.between(start, event.getStartTime()).toNanos() / 1e9;
            if (type.equals("jdk.ExecutionSample") && event.getStackTrace() != null) {
                String stage = stage(event.getStackTrace());
                cpu.merge(stage, 1L, Long::sum);
                cpuFrames.merge(topFrame(event.getStackTrace()), 1L, Long::sum);
                spans.merge(stage, new Span(seconds, seconds), (old, now) -> old.including(seconds));
            } else if (type.equals("jdk.ObjectAllocationSample") && event.getStackTrace() != null) {
                long weight = event.getLong("weight");
                allocation.merge(stage(event.getStackTrace()), weight, Long::sum);
                allocationFrames.merge(topFrame(event.getStackTrace()), weight, Long::sum);
            } else if (type.equals("jdk.GCHeapSummary")) {
                double usedMb = event.getLong("heapUsed") / 1048576.0;
                double committedMb = event.<RecordedObject>getValue("heapSpace").getLong("committedSize") / 1048576.0;
                Collection gc = heap.getOrDefault(event.getLong("gcId"), new Collection(seconds, 0, 0, 0));
                heap.put(event.getLong("gcId"), event.getString("when").equals("Before GC")
                        ? new Collection(gc.seconds(), usedMb, gc.usedAfterMb(), committedMb)
                        : new Collection(gc.seconds(), gc.usedBeforeMb(), usedMb, committedMb));
            }
        }
        List<Collection> collections = new ArrayList<>(heap.values());
        collections.sort(Comparator.comparingDouble(Collection::seconds));
        return new Profile(cpu, cpuFrames, allocation, allocationFrames, spans, collections);
    }

    /** This profile with only the {@code n} largest entries of each frame count (stage totals unchanged). */
    public Profile top(int n) {
        return new Profile(cpuSamples, largest(cpuFrames, n), allocation, largest(allocationFrames, n), stageSpans,
                collections);
    }

    private static Map<String, Long> largest(Map<String, Long> counts, int n) {
        Map<String, Long> top = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(n)
                .forEach(e -> top.put(e.getKey(), e.getValue()));
        return top;
    }

    private static String stage(RecordedStackTrace stack) {
        List<RecordedFrame> frames = stack.getFrames();
        for (int i = frames.size() - 1; i >= 0; i--) {
            Matcher stage = STAGE.matcher(frames.get(i).getMethod().getType().getName());
            if (stage.find() && !stage.group(1).equals("cli")) {
                return stage.group(1);
            }
        }
        return "other";
    }

    private static String topFrame(RecordedStackTrace stack) {
        if (stack.getFrames().isEmpty()) {
            return "(no frame)";
        }
        RecordedFrame top = stack.getFrames().get(0);
        return top.getMethod().getType().getName() + "." + top.getMethod().getName();
    }
}
