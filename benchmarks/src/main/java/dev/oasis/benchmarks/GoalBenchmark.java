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
 * Our Maven goal in the three situations a build meets: nothing changed ({@code spec/incidents.yaml}),
 * one schema of the Datadog v2 spec changed, and three operations selected out of the v2 spec.
 * Maven's JVM runs with its defaults, as in a user's project; for information, the same builds can
 * also run with the batch JVM settings the README suggests for {@code .mvn/jvm.config}.
 */
public final class GoalBenchmark {

    /**
     * A build after one schema changed.
     *
     * @param build the build
     * @param difference which generated files changed and which were rewritten
     */
    public record ChangedBuild(MavenGoal.Build build, OutputSnapshot.Difference difference) {
    }

    /**
     * Everything measured for one build of the plugin.
     *
     * @param subject which build of the plugin ("Oasis", or the baseline's label)
     * @param unchanged builds of {@code spec/incidents.yaml} with nothing changed
     * @param schemaChange builds of the v2 spec, each with one schema changed from the build before
     * @param changedSchema the schema the change touches
     * @param selection clean builds of three operations of the v2 spec
     * @param operationIds the operations selected
     */
    public record Outcome(String subject, Result<List<MavenGoal.Build>> unchanged,
            Result<List<ChangedBuild>> schemaChange, String changedSchema,
            Result<List<MavenGoal.Build>> selection, List<String> operationIds) {
    }

    /** The batch settings the README suggests for {@code .mvn/jvm.config} in projects that mostly regenerate. */
    public static final List<String> README_JVM_CONFIG = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    /** Appended to a subject measured with {@link #README_JVM_CONFIG} in {@code .mvn/jvm.config}. */
    public static final String WITH_BATCH_CONFIG = ", Maven with batch .mvn/jvm.config";

    private static final Pattern OPERATION_ID = Pattern.compile("(?m)^\\s+operationId:\\s*(\\S+)\\s*$");

    private final ProcessMeter meter;
    private final Workspace workspace;

    /** A benchmark that measures with {@code meter} and writes under {@code workspace}. */
    public GoalBenchmark(ProcessMeter meter, Workspace workspace) {
        this.meter = meter;
        this.workspace = workspace;
    }

    /**
     * Installs the plugin of {@code repo} and measures it with Maven's JVM defaults, then, if
     * {@code batchJvmOptions} are given, again with them in {@code .mvn/jvm.config} (subject
     * {@code subject + }{@link #WITH_BATCH_CONFIG}).
     *
     * @param subject how the report names this build of the plugin
     * @param v2 the Datadog v2 spec
     * @param operationsFrom the spec whose operationIds are the three selected (ours: {@code spec/incidents.yaml})
     */
    public List<Outcome> run(String subject, Path repo, Path v2, Path operationsFrom, int repetitions,
            List<String> batchJvmOptions) throws IOException, InterruptedException {
        Result<MavenGoal> installed = MavenGoal.install(meter, workspace, repo,
                workspace.root().resolve("goal/m2-" + key(subject)),
                Optional.of(workspace.root().resolve("goal/m2-oasis")));
        List<String> operations = operationIds(operationsFrom);
        if (installed.value().isEmpty()) {
            Result<List<MavenGoal.Build>> none = Result.failed(installed.failure());
            return List.of(new Outcome(subject, none, Result.failed(installed.failure()), "", none, operations));
        }
        List<Outcome> outcomes = new ArrayList<>();
        Path small = repo.resolve("spec/incidents.yaml");
        outcomes.add(measure(subject, installed.value().get(), small, v2, operations, repetitions));
        if (!batchJvmOptions.isEmpty()) {
            outcomes.add(measure(subject + WITH_BATCH_CONFIG, installed.value().get().withJvmOptions(batchJvmOptions),
                    small, v2, operations, repetitions));
        }
        return outcomes;
    }

    private Outcome measure(String subject, MavenGoal goal, Path small, Path v2, List<String> operations,
            int repetitions) throws IOException, InterruptedException {
        String key = key(subject);
        Result<List<MavenGoal.Build>> unchanged = unchanged(goal, key, small, repetitions);
        String v2Text = Files.readString(v2);
        Optional<SpecEdit> edit = SpecEdit.addPropertyToFirstObjectSchema(v2Text);
        Result<List<ChangedBuild>> changes = edit.isPresent() ? schemaChange(goal, key, v2, edit.get(), repetitions)
                : Result.failed("no object schema with properties found in " + v2);
        Result<List<MavenGoal.Build>> selection = selection(goal, key, v2, operations, repetitions);
        return new Outcome(subject, unchanged, changes, edit.map(SpecEdit::schema).orElse(""), selection, operations);
    }

    private Result<List<MavenGoal.Build>> unchanged(MavenGoal goal, String key, Path spec, int repetitions)
            throws IOException, InterruptedException {
        Path project = goal.project("goal/" + key + "/unchanged", spec, "");
        if (goal.build(project, "goal/" + key + "/unchanged-0").isEmpty()) {
            return Result.failed("the first build failed; see " + workspace.log("goal/" + key + "/unchanged-0"));
        }
        List<MavenGoal.Build> builds = new ArrayList<>();
        for (int rep = 1; rep <= repetitions; rep++) {
            String log = "goal/" + key + "/unchanged-" + rep;
            Optional<MavenGoal.Build> build = goal.build(project, log);
            if (build.isEmpty()) {
                return Result.failed("unchanged build " + rep + " failed; see " + workspace.log(log));
            }
            Progress.say("%s, unchanged build %d/%d: goal %.0f ms (own %.0f ms)", key, rep, repetitions,
                    build.get().goalMillis(), build.get().ownMillis());
            builds.add(build.get());
        }
        return Result.of(builds);
    }

    private Result<List<ChangedBuild>> schemaChange(MavenGoal goal, String key, Path v2, SpecEdit edit, int repetitions)
            throws IOException, InterruptedException {
        Path project = goal.project("goal/" + key + "/schema-change", v2, "");
        Path output = project.resolve("target/generated-sources/oasis");
        if (goal.build(project, "goal/" + key + "/schema-change-0").isEmpty()) {
            return Result.failed("the first build failed; see " + workspace.log("goal/" + key + "/schema-change-0"));
        }
        List<ChangedBuild> builds = new ArrayList<>();
        for (int rep = 1; rep <= repetitions; rep++) {
            Files.writeString(project.resolve("spec.yaml"), rep % 2 == 1 ? edit.changed() : edit.original());
            OutputSnapshot before = OutputSnapshot.of(output);
            String log = "goal/" + key + "/schema-change-" + rep;
            Optional<MavenGoal.Build> build = goal.build(project, log);
            if (build.isEmpty()) {
                return Result.failed("build " + rep + " after changing " + edit.schema() + " failed; see "
                        + workspace.log(log));
            }
            OutputSnapshot.Difference difference = before.to(OutputSnapshot.of(output));
            Progress.say("%s, one schema changed %d/%d: goal %.0f ms (own %.0f ms), %d files changed, %d rewritten",
                    key, rep, repetitions, build.get().goalMillis(), build.get().ownMillis(),
                    difference.changed().size(), difference.rewritten().size());
            builds.add(new ChangedBuild(build.get(), difference));
        }
        return Result.of(builds);
    }

    private Result<List<MavenGoal.Build>> selection(MavenGoal goal, String key, Path v2, List<String> operations,
            int repetitions) throws IOException, InterruptedException {
        if (operations.size() != 3) {
            return Result.failed("expected three operationIds to select, found " + operations);
        }
        StringBuilder config = new StringBuilder("<operationIds>");
        operations.forEach(id -> config.append("<operationId>").append(id).append("</operationId>"));
        config.append("</operationIds>");
        List<MavenGoal.Build> builds = new ArrayList<>();
        for (int rep = 1; rep <= repetitions; rep++) {
            Path project = goal.project("goal/" + key + "/selection", v2, config.toString());
            String log = "goal/" + key + "/selection-" + rep;
            Optional<MavenGoal.Build> build = goal.build(project, log);
            if (build.isEmpty()) {
                return Result.failed("selecting " + operations + " failed; see " + workspace.log(log));
            }
            Progress.say("%s, three operations %d/%d: goal %.0f ms (own %.0f ms)", key, rep, repetitions,
                    build.get().goalMillis(), build.get().ownMillis());
            builds.add(build.get());
        }
        return Result.of(builds);
    }

    private static String key(String subject) {
        return subject.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "").toLowerCase();
    }

    private static List<String> operationIds(Path spec) throws IOException {
        List<String> ids = new ArrayList<>();
        Matcher m = OPERATION_ID.matcher(Files.readString(spec));
        while (m.find()) {
            ids.add(m.group(1).replace("\"", "").replace("'", ""));
        }
        return ids;
    }
}
