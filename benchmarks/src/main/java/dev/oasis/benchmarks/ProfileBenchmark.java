package dev.oasis.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jdk.jfr.Configuration;

/**
 * Profiles one generation of the Datadog v2 spec by each build of our generator with Java Flight
 * Recorder (the JDK's "profile" settings, sampling every {@value #SAMPLE_MILLIS} ms, stacks up to
 * {@value #STACK_DEPTH} frames), to show where time and allocation go. The recorder adds overhead,
 * so these runs give shares, not timings; the timings come from the other sections.
 *
 * <p>The recorded JVM is the one that does the work, with the options it has when a user starts the
 * tool without any: a build that runs its work in a second batch JVM is profiled in one JVM with
 * that JVM's options ({@link WorkerJvm}), as the recorder's own options would otherwise keep it in
 * a JVM with the defaults.
 */
public final class ProfileBenchmark {

    /**
     * One build's profile.
     *
     * @param tool the build's report name
     * @param jvmOptions the profiled JVM's options besides the recorder's
     * @param run the profiled process
     * @param profile what the recording says
     */
    public record ToolProfile(String tool, List<String> jvmOptions, Measurement run, Profile profile) {
    }

    private static final int SAMPLE_MILLIS = 2;
    private static final int STACK_DEPTH = 512;
    private static final int TOP_FRAMES = 50;
    private static final Pattern SAMPLE_PERIOD = Pattern.compile(
            "(<event name=\"jdk.ExecutionSample\">.*?<setting name=\"period\"[^>]*>)[^<]*", Pattern.DOTALL);

    private final ProcessMeter meter;
    private final Workspace workspace;

    /** A benchmark that measures with {@code meter} and writes under {@code workspace}. */
    public ProfileBenchmark(ProcessMeter meter, Workspace workspace) {
        this.meter = meter;
        this.workspace = workspace;
    }

    /** Profiles each of {@code tools} generating {@code spec}. */
    public List<ToolProfile> run(List<OasisCli> tools, Path spec) throws IOException, InterruptedException {
        Path dir = workspace.freshDir("profile");
        Path settings = dir.resolve("profile.jfc");
        Files.writeString(settings, settings());
        List<ToolProfile> profiles = new ArrayList<>();
        for (OasisCli tool : tools) {
            String name = tool.name().replaceAll("[^A-Za-z0-9]+", "-").toLowerCase();
            Path recording = dir.resolve(name + ".jfr");
            List<String> worker = WorkerJvm.options(tool.jar());
            List<String> jvm = new ArrayList<>(worker);
            jvm.addAll(List.of("-XX:StartFlightRecording=settings=" + settings + ",filename=" + recording,
                    "-XX:FlightRecorderOptions:stackdepth=" + STACK_DEPTH));
            Measurement m = meter.run(tool.command(jvm, spec, workspace.freshDir("profile/out-" + name)),
                    workspace.root(), workspace.log("profile/" + name));
            Progress.say("%s on %s under JFR: %s", tool.name(), BenchmarkMain.V2_SPEC, m.describe());
            if (m.succeeded()) {
                profiles.add(new ToolProfile(tool.name(), worker, m, Profile.read(recording).top(TOP_FRAMES)));
            }
        }
        return profiles;
    }

    private static String settings() throws IOException {
        try {
            Matcher m = SAMPLE_PERIOD.matcher(Configuration.getConfiguration("profile").getContents());
            if (!m.find()) {
                throw new IOException("the JDK's profile settings have no jdk.ExecutionSample period");
            }
            return m.replaceFirst("$1" + SAMPLE_MILLIS + " ms");
        } catch (ParseException e) {
            throw new IOException("cannot read the JDK's profile settings", e);
        }
    }
}
