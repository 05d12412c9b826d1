package dev.oasis.benchmarks;

import java.util.List;
import java.util.Optional;

/** The targets on our Maven goal: an unchanged build, one schema changed, three operations selected. */
final class GoalTargets {

    private GoalTargets() {
    }

    static Optional<TargetCheck.Figure> schemaChangeTime(Results results, String subject) {
        return results.goal(subject).map(goal -> goal.schemaChange().value().map(builds -> {
            List<MavenGoal.Build> all = builds.stream().map(GoalBenchmark.ChangedBuild::build).toList();
            double goalMillis = Stats.median(all.stream().map(MavenGoal.Build::goalMillis).toList());
            return new TargetCheck.Figure(times(all, goalMillis) + ", changing " + goal.changedSchema(),
                    goalMillis <= 2000);
        }).orElse(failed(goal.schemaChange())));
    }

    static Optional<TargetCheck.Figure> onlyChangedRewritten(Results results, String subject) {
        return results.goal(subject).map(goal -> goal.schemaChange().value().map(builds -> {
            int rewritten = builds.stream().mapToInt(b -> b.difference().rewritten().size()).max().orElse(0);
            int changed = builds.stream().mapToInt(b -> b.difference().changed().size()).max().orElse(0);
            int needless = builds.stream().mapToInt(b -> b.difference().rewrittenUnchanged().size()).max().orElse(0);
            return new TargetCheck.Figure(String.format("at most %d files changed and %d rewritten per build;"
                    + " %d rewritten with unchanged content", changed, rewritten, needless), needless == 0);
        }).orElse(failed(goal.schemaChange())));
    }

    static Optional<TargetCheck.Figure> selectionTime(Results results, String subject) {
        return results.goal(subject).map(goal -> goal.selection().value().map(builds -> {
            double goalMillis = Stats.median(builds.stream().map(MavenGoal.Build::goalMillis).toList());
            return new TargetCheck.Figure(times(builds, goalMillis) + ", " + String.join(", ", goal.operationIds()),
                    goalMillis <= 2000);
        }).orElse(failed(goal.selection())));
    }

    static Optional<TargetCheck.Figure> unchanged(Results results, String subject) {
        return results.goal(subject).map(goal -> goal.unchanged().value().map(builds -> {
            double own = Stats.median(builds.stream().map(MavenGoal.Build::ownMillis).toList());
            double withLoading = Stats.median(builds.stream().map(MavenGoal.Build::goalMillis).toList());
            return new TargetCheck.Figure(String.format("%.0f ms as the goal reports it; %.0f ms including plugin"
                    + " loading (medians of %d)", own, withLoading, builds.size()), own >= 0 && own < 100);
        }).orElse(failed(goal.unchanged())));
    }

    private static String times(List<MavenGoal.Build> builds, double goalMillis) {
        double own = Stats.median(builds.stream().map(MavenGoal.Build::ownMillis).toList());
        return String.format("%.2f s (the goal's own figure %.2f s; medians of %d)", goalMillis / 1000, own / 1000,
                builds.size());
    }

    private static TargetCheck.Figure failed(Result<?> result) {
        return new TargetCheck.Figure("failed: " + result.failure(), false);
    }
}
