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
 * Our Maven goal ({@code dev.oasis:oasis-maven-plugin:generate}) in one-goal projects, built by
 * Maven in its own process and timed from Maven's own log.
 *
 * <p>The plugin is installed from a repository checkout into a private local repository under the
 * workspace, so the user's {@code ~/.m2} is left alone. Maven's JVM runs with its defaults, as in a
 * user's project: each project's {@code .mvn/jvm.config} only switches on millisecond timestamps
 * (plus the JVM options of {@link #withJvmOptions}, if any), and {@link ProcessMeter} passes on no
 * {@code MAVEN_OPTS}. The goal's time runs from its
 * {@code --- oasis-maven-plugin:...:generate} header to the separator Maven prints after the last
 * goal, which includes loading the plugin's classes. The goal also states its own time ("... in 51
 * ms"), its work without class loading, which is what the targets are judged on.
 *
 * <p>If the goal's parameter names or its summary line change, {@link #projectPom} and
 * {@link #SUMMARY} are the places to update.
 */
public final class MavenGoal {

    /**
     * One build of a project.
     *
     * @param process the whole {@code mvn} process
     * @param goalMillis the goal's time from Maven's timestamps, plugin loading included
     * @param ownMillis the time the goal states for its own work, or -1 if it states none
     * @param written how many files the goal says it wrote, or -1 if it does not say
     * @param lines the goal's lines of output
     */
    public record Build(Measurement process, double goalMillis, double ownMillis, int written, List<String> lines) {

        /** The goal's last line of output. */
        public String lastLine() {
            return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
        }
    }

    private static final String TIMESTAMPS = "-Dorg.slf4j.simpleLogger.showDateTime=true"
            + " -Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS\n";
    private static final Pattern GOAL_START =
            Pattern.compile("(?m)^(\\d\\d:\\d\\d:\\d\\d\\.\\d{3}) \\[INFO\\] --- oasis-maven-plugin:[^ ]+:generate .*$");
    private static final Pattern LINE = Pattern.compile("(?m)^(\\d\\d:\\d\\d:\\d\\d\\.\\d{3}) \\[(\\w+)\\] (.*)$");
    private static final Pattern SEPARATOR = Pattern.compile("^-{20,}$");
    private static final Pattern SUMMARY = Pattern.compile(
            "oasis: (?:generated \\d+ files from .* \\((\\d+) written, \\d+ unchanged, \\d+ removed\\) in (\\d+) ms"
            + "|\\d+ generated files are up to date with .*\\(checked in (\\d+) ms\\))");

    private final ProcessMeter meter;
    private final Workspace workspace;
    private final Path localRepo;
    private final String version;
    private final List<String> jvmOptions;

    private MavenGoal(ProcessMeter meter, Workspace workspace, Path localRepo, String version,
            List<String> jvmOptions) {
        this.meter = meter;
        this.workspace = workspace;
        this.localRepo = localRepo;
        this.version = version;
        this.jvmOptions = List.copyOf(jvmOptions);
    }

    /** The same goal in projects whose {@code .mvn/jvm.config} also gives Maven's JVM {@code options}. */
    public MavenGoal withJvmOptions(List<String> options) {
        return new MavenGoal(meter, workspace, localRepo, version, options);
    }

    /**
     * Installs the plugin of the checkout {@code repo} into {@code localRepo} (seeded from
     * {@code seed} when that exists, to save downloading everything twice).
     *
     * @return the goal, or why it cannot run
     */
    public static Result<MavenGoal> install(ProcessMeter meter, Workspace workspace, Path repo, Path localRepo,
            Optional<Path> seed) throws IOException, InterruptedException {
        if (!Files.isDirectory(repo.resolve("maven-plugin/src/main/java"))) {
            return Result.failed("the Maven plugin has no sources in " + repo);
        }
        if (seed.isPresent() && Files.isDirectory(seed.get()) && !Files.exists(localRepo)) {
            Workspace.copy(seed.get(), localRepo);
        }
        Progress.say("installing the Maven plugin of %s into %s", repo, localRepo);
        Path log = workspace.log("goal/install-" + localRepo.getFileName());
        Measurement install = meter.run(List.of("mvn", "-q", "-B", "-Dmaven.repo.local=" + localRepo, "-DskipTests",
                "install", "-pl", "maven-plugin", "-am"), repo, log);
        if (!install.succeeded()) {
            return Result.failed("installing the plugin failed; see " + log);
        }
        Matcher m = Pattern.compile("<artifactId>oasis-parent</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(Files.readString(repo.resolve("pom.xml")));
        if (!m.find()) {
            return Result.failed("no oasis-parent version in " + repo.resolve("pom.xml"));
        }
        return Result.of(new MavenGoal(meter, workspace, localRepo, m.group(1), List.of()));
    }

    /**
     * A fresh project at {@code name} under the workspace whose only goal is ours, generating from
     * {@code spec} (copied into the project as {@code spec.yaml}) with {@code configuration}
     * (XML elements) added to the goal's configuration.
     */
    public Path project(String name, Path spec, String configuration) throws IOException {
        Path project = workspace.freshDir(name);
        Files.copy(spec, project.resolve("spec.yaml"));
        Files.writeString(project.resolve("pom.xml"), projectPom(configuration));
        Files.createDirectories(project.resolve(".mvn"));
        Files.writeString(project.resolve(".mvn/jvm.config"), String.join(" ", jvmOptions)
                + (jvmOptions.isEmpty() ? "" : " ") + TIMESTAMPS);
        return project;
    }

    /** Builds {@code project} to {@code generate-sources}; empty if the build failed or logged no timed goal. */
    public Optional<Build> build(Path project, String logName) throws IOException, InterruptedException {
        Path log = workspace.log(logName);
        Measurement m = meter.run(List.of("mvn", "-B", "-Dmaven.repo.local=" + localRepo, "generate-sources"),
                project, log);
        if (!m.succeeded()) {
            return Optional.empty();
        }
        return read(Files.readString(log), m);
    }

    private static Optional<Build> read(String log, Measurement process) {
        Matcher start = GOAL_START.matcher(log);
        if (!start.find()) {
            return Optional.empty();
        }
        LocalTime begin = LocalTime.parse(start.group(1));
        List<String> lines = new ArrayList<>();
        double own = -1;
        int written = -1;
        Matcher line = LINE.matcher(log);
        line.region(start.end(), log.length());
        while (line.find()) {
            String text = line.group(3).trim();
            if (SEPARATOR.matcher(text).matches()) {
                double millis = Duration.between(begin, LocalTime.parse(line.group(1))).toNanos() / 1e6;
                return Optional.of(new Build(process, millis, own, written, lines));
            }
            Matcher summary = SUMMARY.matcher(text);
            if (summary.find()) {
                written = summary.group(1) == null ? 0 : Integer.parseInt(summary.group(1));
                own = Double.parseDouble(summary.group(2) != null ? summary.group(2) : summary.group(3));
            }
            if (!text.isEmpty()) {
                lines.add(text);
            }
        }
        return Optional.empty();
    }

    private String projectPom(String configuration) {
        return """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>dev.oasis.bench</groupId>
                  <artifactId>goal</artifactId>
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
                              <inputSpec>${project.basedir}/spec.yaml</inputSpec>
                              <basePackage>dev.oasis.bench.generated</basePackage>
                              %s
                            </configuration>
                          </execution>
                        </executions>
                      </plugin>
                    </plugins>
                  </build>
                </project>
                """.formatted(version, configuration);
    }
}
