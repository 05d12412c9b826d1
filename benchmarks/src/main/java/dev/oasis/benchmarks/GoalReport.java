package dev.oasis.benchmarks;

import java.util.List;

/** The report's part on our Maven goal. */
final class GoalReport {

    private GoalReport() {
    }

    static void write(Results r, Markdown md) {
        md.line("## Maven goal: unchanged, one schema changed, three operations").line("");
        if (r.goals().isEmpty()) {
            md.line("Not measured yet (`benchmarks/run.sh --sections incremental`).").line("");
            return;
        }
        md.line("One-goal Maven projects run `oasis-maven-plugin:generate` (installed into a private local repository)."
                + " Maven's JVM runs with its defaults, as in a user's project: the project's `.mvn/jvm.config` holds"
                + " only the log's timestamp properties and no `MAVEN_OPTS` is passed on; the targets are judged on"
                + " these builds. The rows \"" + Results.OURS + GoalBenchmark.WITH_BATCH_CONFIG + "\" are the same"
                + " builds with `" + String.join(" ", GoalBenchmark.README_JVM_CONFIG) + "` added to"
                + " `.mvn/jvm.config`, as the README suggests for projects that mostly regenerate; they are shown,"
                + " not judged. \"Goal\" is the goal's time from Maven's log timestamps, from its header to the separator after"
                + " it, plugin loading included; \"own\" is the time the goal states for its own work. Unchanged:"
                + " `spec/incidents.yaml`, generated once, then built again unchanged. One schema changed: the v2 spec,"
                + " generated once, then each build adds or removes one optional property of one schema"
                + " (`SpecEdit`); \"changed\" counts the generated files whose content changed, \"rewritten\" those"
                + " whose modification time moved. Three operations: the v2 spec with the three operationIds of"
                + " `spec/incidents.yaml` selected, each build into a fresh project.").line("");
        md.line("| plugin | situation | builds | goal (median) | own (median) | each build: goal / own ms (load) | files |")
                .line("| --- | --- | ---: | ---: | ---: | --- | --- |");
        for (GoalBenchmark.Outcome goal : r.goals()) {
            rows(md, goal.subject(), "unchanged", goal.unchanged(), "");
            Result<List<MavenGoal.Build>> changed = new Result<>(goal.schemaChange().value()
                    .map(builds -> builds.stream().map(GoalBenchmark.ChangedBuild::build).toList()),
                    goal.schemaChange().failure());
            String files = goal.schemaChange().value().map(builds -> String.join(", ", builds.stream()
                    .map(b -> b.difference().changed().size() + " changed / " + b.difference().rewritten().size()
                            + " rewritten").toList())).orElse("");
            rows(md, goal.subject(), "one schema changed (" + goal.changedSchema() + ")", changed, files);
            rows(md, goal.subject(), "three operations", goal.selection(), "");
        }
        md.line("");
        for (GoalBenchmark.Outcome goal : r.goals()) {
            goal.unchanged().value().filter(b -> !b.isEmpty()).ifPresent(builds -> md.line(goal.subject()
                    + ", the goal's last line on an unchanged build: \"" + builds.get(0).lastLine() + "\"").line(""));
        }
    }

    private static void rows(Markdown md, String subject, String situation, Result<List<MavenGoal.Build>> builds,
            String files) {
        if (builds.value().isEmpty()) {
            md.row(subject, situation, "", "", "", "failed: " + builds.failure(), "");
            return;
        }
        List<MavenGoal.Build> all = builds.value().get();
        md.row(subject, situation, Integer.toString(all.size()),
                String.format("%.0f ms", Stats.median(all.stream().map(MavenGoal.Build::goalMillis).toList())),
                String.format("%.0f ms", Stats.median(all.stream().map(MavenGoal.Build::ownMillis).toList())),
                String.join(", ", all.stream().map(b -> String.format("%.0f / %.0f (load %.1f)", b.goalMillis(),
                        b.ownMillis(), b.process().loadAverage()))
                        .toList()), files);
    }
}
