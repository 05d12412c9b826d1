package dev.oasis.benchmarks;

import java.util.Collection;
import java.util.List;

/** Small statistics over repeated measurements. */
public final class Stats {

    private Stats() {
    }

    /** The median of {@code values}; the mean of the middle two for an even count. */
    public static double median(Collection<? extends Number> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("median of no values");
        }
        List<Double> sorted = values.stream().map(Number::doubleValue).sorted().toList();
        int mid = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(mid) : (sorted.get(mid - 1) + sorted.get(mid)) / 2;
    }

    /** The median wall time of {@code runs}, in milliseconds. */
    public static double medianWallMillis(List<Measurement> runs) {
        return median(runs.stream().map(Measurement::wallMillis).toList());
    }

    /** The median CPU time (user + system) of {@code runs}, in milliseconds. */
    public static double medianCpuMillis(List<Measurement> runs) {
        return median(runs.stream().map(Measurement::cpuMillis).toList());
    }

    /** The median peak resident memory of {@code runs}, in mebibytes. */
    public static double medianPeakMb(List<Measurement> runs) {
        return median(runs.stream().map(Measurement::peakRssMb).toList());
    }
}
