package dev.oasis.generator.build;

import dev.oasis.generator.model.ValueSet;
import java.util.ArrayList;
import java.util.List;

/**
 * The order in which a union's branch tests run. A branch goes before another when some of its
 * payloads would pass the other's test but none of the other's would pass its own (so the narrower
 * branch is tried first), or, when payloads of both pass both tests, when its test is the more
 * specific, or as specific but it declares more properties (so that a payload is read as the branch
 * that keeps the most of it typed); otherwise the spec's order holds. This is what makes {@code [integer, number]} read
 * {@code 1} as the integer and {@code [number, integer]} too.
 */
final class MatchOrder {

    private MatchOrder() {
    }

    /** The indexes of the branches in the order their tests run. */
    static List<Integer> of(List<ValueSet> branches, List<ValueSet> tests) {
        int n = branches.size();
        boolean[][] overlap = new boolean[n][n];
        int[] score = new int[n];
        for (int i = 0; i < n; i++) {
            score[i] = specificity(tests.get(i)) * 1000 + Math.min(999, declared(branches.get(i)));
            for (int j = 0; j < n; j++) {
                overlap[i][j] = i != j && !BranchTests.excludes(tests.get(j), branches.get(i));
            }
        }
        List<Integer> order = new ArrayList<>();
        boolean[] placed = new boolean[n];
        while (order.size() < n) {
            int next = -1;
            for (int i = 0; i < n && next < 0; i++) {
                if (!placed[i] && !hasUnplacedPredecessor(i, placed, overlap, score)) {
                    next = i;
                }
            }
            for (int i = 0; i < n && next < 0; i++) {
                next = placed[i] ? -1 : i;
            }
            placed[next] = true;
            order.add(next);
        }
        return order;
    }

    private static boolean hasUnplacedPredecessor(int i, boolean[] placed, boolean[][] overlap, int[] score) {
        for (int k = 0; k < placed.length; k++) {
            if (!placed[k] && k != i && overlap[k][i] && (!overlap[i][k] || score[k] > score[i])) {
                return true;
            }
        }
        return false;
    }

    /** How many properties an object branch declares: of two branches whose payloads pass both tests, the one that declares more goes first, so that it keeps what it declares. */
    private static int declared(ValueSet branch) {
        return branch instanceof ValueSet.Objects objects ? objects.properties().size() : 0;
    }

    /** How much a test asks of a value: more listed values, facets, items and required properties score higher. */
    static int specificity(ValueSet test) {
        if (test instanceof ValueSet.Either either) {
            return either.options().stream().mapToInt(MatchOrder::specificity).min().orElse(0);
        }
        if (test instanceof ValueSet.Texts texts) {
            return 1 + (texts.values().isEmpty() ? 0 : 8) + (texts.format().isPresent() ? 3 : 0) + 2 * texts.patterns().size()
                    + (texts.minLength() > 0 || texts.maxLength().isPresent() ? 1 : 0);
        }
        if (test instanceof ValueSet.Numbers numbers) {
            return 1 + (numbers.integer() ? 1 : 0) + (numbers.values().isEmpty() ? 0 : 8)
                    + (numbers.minimum().isPresent() || numbers.maximum().isPresent() ? 1 : 0);
        }
        if (test instanceof ValueSet.Booleans booleans) {
            return 1 + (booleans.value().isPresent() ? 8 : 0);
        }
        if (test instanceof ValueSet.Arrays arrays) {
            return 1 + specificity(arrays.items()) + (arrays.minItems() > 0 || arrays.maxItems().isPresent() ? 1 : 0);
        }
        if (test instanceof ValueSet.Objects objects) {
            return 1 + objects.required().size() + (objects.closed() ? 1 : 0)
                    + objects.properties().values().stream().mapToInt(MatchOrder::specificity).sum();
        }
        return test instanceof ValueSet.Nulls ? 1 : 0;
    }
}
