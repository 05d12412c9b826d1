package dev.oasis.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * {@code ~/.m2} is left alone. A one-file Maven project that runs the goal on
 * {@code spec/incidents.yaml} is built once to generate, then again several times unchanged; the
 * figure is the goal's own timing from the line it logs when it skips, so Maven's start-up is not
 * counted. The whole {@code mvn} wall time is reported beside it.
 *
 * <p>The skip line's wording and the goal's parameter names are the plugin's; if either changes,
 * {@link #SKIP_LINE} and {@link #projectPom} are the two places to update.
 */
public final class IncrementalBenchmark {

    /** The line the goal logs when it skips, with its own elapsed time in milliseconds. */
    static final Pattern SKIP_LINE = Pattern.compile("(?im)^\\[INFO\\].*(?:up to date|unchanged|skip).*?(\\d+(?:\\.\\d+)?) ?ms");

    /**
     * The outcome.
     *
     * @param measured whether a figure was measured
     * @param note why not, or how, for the report
     * @param goalMillis the goal's own time on each unchanged build
     * @param mavenMillis the whole {@code mvn} wall time of each unchanged build
     */
    public record Result(boolean measured, String note, List<Double> goalMillis, List<Double> mavenMillis) {

        static Result notMeasured(String why) {
            return new Result(false, why, List.of(), List.of());
        }
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
        Measurement install = meter.run(List.of("mvn", "-q", "-B", repoFlag, "-DskipTests", "install",
                "-pl", "maven-plugin", "-am"), repo, workspace.log("incremental/install"));
        if (!install.succeeded()) {
            return Result.notMeasured("not measured: installing the plugin failed; see "
                    + workspace.log("incremental/install"));
        }
        Path project = workspace.freshDir("incremental/project");
        Files.copy(repo.resolve("spec/incidents.yaml"), project.resolve("incidents.yaml"));
        Files.writeString(project.resolve("pom.xml"), projectPom(pluginVersion(repo)));
        List<String> build = List.of("mvn", "-B", repoFlag, "generate-sources");
        Measurement first = meter.run(build, project, workspace.log("incremental/build-0"));
        if (!first.succeeded()) {
            return Result.notMeasured("not measured: the first build failed; see " + workspace.log("incremental/build-0"));
        }
        List<Double> goal = new ArrayList<>();
        List<Double> maven = new ArrayList<>();
        for (int rep = 1; rep <= repetitions; rep++) {
            Path log = workspace.log("incremental/build-" + rep);
            Measurement m = meter.run(build, project, log);
            Optional<Double> skip = goalMillis(log);
            if (!m.succeeded() || skip.isEmpty()) {
                return Result.notMeasured("not measured: unchanged build " + rep + " did not log a skip line"
                        + " matching " + SKIP_LINE.pattern() + "; see " + log);
            }
            Progress.say("unchanged Maven build %d/%d: goal %.1f ms, mvn %.0f ms", rep, repetitions, skip.get(),
                    m.wallMillis());
            goal.add(skip.get());
            maven.add(m.wallMillis());
        }
        return new Result(true, "goal time from the plugin's skip line; mvn wall time includes Maven start-up",
                goal, maven);
    }

    private static Optional<Double> goalMillis(Path log) throws IOException {
        Matcher m = SKIP_LINE.matcher(Files.readString(log));
        return m.find() ? Optional.of(Double.parseDouble(m.group(1))) : Optional.empty();
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
                              <spec>${project.basedir}/incidents.yaml</spec>
                              <packageName>dev.oasis.bench.incremental</packageName>
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
