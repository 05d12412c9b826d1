package dev.oasis.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * INCREMENTAL HOOK: the time our Maven goal spends on a build where nothing changed.
 *
 * <p>The plugin ({@code dev.oasis:oasis-maven-plugin}, goal {@code generate}) is installed from
 * this repository into a private local repository under the workspace, so the user's
 * {@code ~/.m2} is left alone. A one-file Maven project whose only goal is ours, run on
 * {@code spec/incidents.yaml}, is built once to generate and then several times unchanged.
 *
 * <p>The goal's time is read from Maven's own log, with millisecond timestamps switched on in
 * the project's {@code .mvn/jvm.config}: from the goal's {@code --- oasis-maven-plugin:...:generate}
 * header to the separator line Maven prints after the last goal. It includes loading the plugin's
 * classes, and excludes Maven's start-up and project loading. The plugin's last line of output
 * (which says whether it wrote anything) is kept for the report, and when that line states its
 * own time ("... in 51 ms"), that figure is kept too: it is the goal's own work, without class
 * loading, and the one the target is judged on.
 *
 * <p>If the goal's parameter names change, {@link #projectPom} is the place to update.
 */
public final class IncrementalBenchmark {

    private static final String TIMESTAMPS = "-Dorg.slf4j.simpleLogger.showDateTime=true"
            + " -Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS\n";
    private static final Pattern GOAL_START =
            Pattern.compile("(?m)^(\\d\\d:\\d\\d:\\d\\d\\.\\d{3}) \\[INFO\\] --- oasis-maven-plugin:[^ ]+:generate .*$");
    private static final Pattern LINE = Pattern.compile("(?m)^(\\d\\d:\\d\\d:\\d\\d\\.\\d{3}) \\[(\\w+)\\] (.*)$");
    private static final Pattern SEPARATOR = Pattern.compile("^-{20,}$");
    private static final Pattern SELF_REPORTED = Pattern.compile("(\\d+(?:\\.\\d+)?) ?ms\\b");

    /**
     * The outcome.
     *
     * @param measured whether a figure was measured
     * @param note why not, or what the goal said, for the report
     * @param goalMillis the goal's time on each unchanged build, from Maven's timestamps
     * @param selfReportedMillis the time the goal states in its last line on each unchanged build;
     *     empty if it states none
     * @param mavenMillis the whole {@code mvn} wall time of each unchanged build
     */
    public record Result(boolean measured, String note, List<Double> goalMillis, List<Double> selfReportedMillis,
            List<Double> mavenMillis) {

        static Result notMeasured(String why) {
            return new Result(false, why, List.of(), List.of(), List.of());
        }
    }

    /**
     * What one build's log says about our goal.
     *
     * @param millis the goal's time
     * @param lastLine the goal's last line of output
     */
    private record GoalTiming(double millis, String lastLine) {
    }

    private final ProcessMeter meter;
    private final Workspace workspace;

    /** A benchmark that measures with {@code meter} and writes under {@code workspace}. */
    public IncrementalBenchmark(ProcessMeter meter, Workspace workspace) {
        this.meter = meter;
        this.workspace = workspace;
    }

    /** Installs the plugin from {@code repo} and times {@code repetitions} unchanged builds. */
    public Result run(Path repo, int repetitions) throws IOException, InterruptedException {
        Path pluginSources = repo.resolve("maven-plugin/src/main/java");
        if (!Files.isDirectory(pluginSources)) {
            return Result.notMeasured("not measured: the Maven plugin has no sources in this repository yet ("
                    + repo.relativize(pluginSources) + " is missing)");
        }
        Path localRepo = workspace.root().resolve("incremental/m2");
        String repoFlag = "-Dmaven.repo.local=" + localRepo;
        Progress.say("installing the Maven plugin into %s", localRepo);
        Path installLog = workspace.log("incremental/install");
        Measurement install = meter.run(List.of("mvn", "-q", "-B", repoFlag, "-DskipTests", "install",
                "-pl", "maven-plugin", "-am"), repo, installLog);
        if (!install.succeeded()) {
            return Result.notMeasured("not measured: installing the plugin failed; see " + installLog);
        }
        Path project = workspace.freshDir("incremental/project");
        Files.copy(repo.resolve("spec/incidents.yaml"), project.resolve("incidents.yaml"));
        Files.writeString(project.resolve("pom.xml"), projectPom(pluginVersion(repo)));
        Files.createDirectories(project.resolve(".mvn"));
        Files.writeString(project.resolve(".mvn/jvm.config"), TIMESTAMPS);
        List<String> build = List.of("mvn", "-B", repoFlag, "generate-sources");
        Path firstLog = workspace.log("incremental/build-0");
        if (!meter.run(build, project, firstLog).succeeded()) {
            return Result.notMeasured("not measured: the first build failed; see " + firstLog);
        }
        List<Double> goal = new ArrayList<>();
        List<Double> selfReported = new ArrayList<>();
        List<Double> maven = new ArrayList<>();
        String lastLine = "";
        for (int rep = 1; rep <= repetitions; rep++) {
            Path log = workspace.log("incremental/build-" + rep);
            Measurement m = meter.run(build, project, log);
            Optional<GoalTiming> timing = goalTiming(Files.readString(log));
            if (!m.succeeded() || timing.isEmpty()) {
                return Result.notMeasured("not measured: unchanged build " + rep + " failed or logged no"
                        + " timestamped goal; see " + log);
            }
            Progress.say("unchanged Maven build %d/%d: goal %.0f ms, mvn %.0f ms", rep, repetitions,
                    timing.get().millis(), m.wallMillis());
            goal.add(timing.get().millis());
            selfReportedMillis(timing.get().lastLine()).ifPresent(selfReported::add);
            maven.add(m.wallMillis());
            lastLine = timing.get().lastLine();
        }
        return new Result(true, "The goal's last line on an unchanged build: \"" + lastLine + "\"", goal,
                selfReported.size() == goal.size() ? selfReported : List.of(), maven);
    }

    private static Optional<GoalTiming> goalTiming(String log) {
        Matcher start = GOAL_START.matcher(log);
        if (!start.find()) {
            return Optional.empty();
        }
        LocalTime begin = LocalTime.parse(start.group(1));
        String lastLine = "";
        Matcher line = LINE.matcher(log);
        line.region(start.end(), log.length());
        while (line.find()) {
            String text = line.group(3).trim();
            if (SEPARATOR.matcher(text).matches()) {
                double millis = Duration.between(begin, LocalTime.parse(line.group(1))).toNanos() / 1e6;
                return Optional.of(new GoalTiming(millis, lastLine));
            }
            if (!text.isEmpty()) {
                lastLine = text;
            }
        }
        return Optional.empty();
    }

    private static Optional<Double> selfReportedMillis(String line) {
        Matcher m = SELF_REPORTED.matcher(line);
        Optional<Double> last = Optional.empty();
        while (m.find()) {
            last = Optional.of(Double.parseDouble(m.group(1)));
        }
        return last;
    }

    private static String pluginVersion(Path repo) throws IOException {
        Matcher m = Pattern.compile("<artifactId>oasis-parent</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(Files.readString(repo.resolve("pom.xml")));
        if (!m.find()) {
            throw new IOException("no oasis-parent version in " + repo.resolve("pom.xml"));
        }
        return m.group(1);
    }

    private static String projectPom(String version) {
        return """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>dev.oasis.bench</groupId>
                  <artifactId>incremental</artifactId>
                  <version>1</version>
                  <properties>
                    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
                  </properties>
                  <build>
                    <plugins>
                      <plugin>
                        <groupId>dev.oasis</groupId>
                        <artifactId>oasis-maven-plugin</artifactId>
                        <version>%s</version>
                        <executions>
                          <execution>
                            <goals><goal>generate</goal></goals>
                            <configuration>
                              <inputSpec>${project.basedir}/incidents.yaml</inputSpec>
                              <basePackage>dev.oasis.bench.incremental</basePackage>
                            </configuration>
                          </execution>
                        </executions>
                      </plugin>
                    </plugins>
                  </build>
                </project>
                """.formatted(version);
    }
}
