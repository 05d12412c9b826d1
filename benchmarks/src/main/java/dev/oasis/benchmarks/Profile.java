package dev.oasis.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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
 * @param stageSpans first and last execution sample of each stage, in seconds from the first sample
 * @param heap each garbage collection: seconds from the first sample, heap used before and after, committed
 */
public record Profile(Map<String, Long> cpuSamples, Map<String, Long> cpuFrames, Map<String, Long> allocation,
        Map<String, Long> allocationFrames, Map<String, double[]> stageSpans, List<double[]> heap) {

    private static final Pattern STAGE = Pattern.compile("^dev\\.oasis\\.generator\\.([a-z][a-z0-9_]*)\\.");

    /** Reads the recording at {@code file}. */
    public static Profile read(Path file) throws IOException {
        List<RecordedEvent> events = RecordingFile.readAllEvents(file);
        Instant start = events.stream().map(RecordedEvent::getStartTime).min(Instant::compareTo).orElse(Instant.EPOCH);
        Map<String, Long> cpu = new HashMap<>();
        Map<String, Long> cpuFrames = new HashMap<>();
        Map<String, Long> allocation = new HashMap<>();
        Map<String, Long> allocationFrames = new HashMap<>();
        Map<String, double[]> spans = new LinkedHashMap<>();
        Map<Long, double[]> heap = new HashMap<>();
        for (RecordedEvent event : events) {
            String type = event.getEventType().getName();
            double seconds = Duration.between(start, event.getStartTime()).toNanos() / 1e9;
            if (type.equals("jdk.ExecutionSample") && event.getStackTrace() != null) {
                String stage = stage(event.getStackTrace());
                cpu.merge(stage, 1L, Long::sum);
                cpuFrames.merge(topFrame(event.getStackTrace()), 1L, Long::sum);
                double[] span = spans.computeIfAbsent(stage, s -> new double[] {seconds, seconds});
                span[0] = Math.min(span[0], seconds);
                span[1] = Math.max(span[1], seconds);
            } else if (type.equals("jdk.ObjectAllocationSample") && event.getStackTrace() != null) {
                long weight = event.getLong("weight");
                allocation.merge(stage(event.getStackTrace()), weight, Long::sum);
                allocationFrames.merge(topFrame(event.getStackTrace()), weight, Long::sum);
            } else if (type.equals("jdk.GCHeapSummary")) {
                double[] gc = heap.computeIfAbsent(event.getLong("gcId"), id -> new double[] {seconds, 0, 0, 0});
                double usedMb = event.getLong("heapUsed") / 1048576.0;
                boolean before = event.getString("when").equals("Before GC");
                gc[before ? 1 : 2] = usedMb;
                gc[3] = event.<RecordedObject>getValue("heapSpace").getLong("committedSize") / 1048576.0;
            }
        }
        List<double[]> gcs = new ArrayList<>(heap.values());
        gcs.sort((a, b) -> Double.compare(a[0], b[0]));
        return new Profile(cpu, cpuFrames, allocation, allocationFrames, spans, gcs);
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
