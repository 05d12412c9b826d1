package dev.oasis.generator.diagnostic;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** Finds the name closest to a misspelt one, by edit distance, for "did you mean" hints. */
public final class Closest {

    private Closest() {
    }

    /** The candidate with the smallest edit distance to {@code name}; ties go to the alphabetically first. */
    public static Optional<String> among(String name, Collection<String> candidates) {
        return candidates.stream()
                .min(Comparator.comparingInt((String candidate) -> distance(name, candidate)).thenComparing(Comparator.naturalOrder()));
    }

    /**
     * The candidate closest to {@code name}, ignoring case, if it is at most {@code maxDistance} edits
     * away: a likely misspelling rather than another name.
     */
    public static Optional<String> within(String name, Collection<String> candidates, int maxDistance) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        return candidates.stream()
                .filter(candidate -> distance(lower, candidate.toLowerCase(java.util.Locale.ROOT)) <= maxDistance)
                .min(Comparator.comparingInt((String candidate) -> distance(lower, candidate.toLowerCase(java.util.Locale.ROOT)))
                        .thenComparingInt(candidate -> distance(name, candidate))
                        .thenComparing(Comparator.naturalOrder()));
    }

    /** The Levenshtein distance: insertions, deletions and substitutions needed to turn {@code a} into {@code b}. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
