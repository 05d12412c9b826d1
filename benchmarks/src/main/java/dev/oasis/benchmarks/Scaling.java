package dev.oasis.benchmarks;

/** Arithmetic on scaling points. */
public final class Scaling {

    private Scaling() {
    }

    /**
     * The extra time each extra schema costs between two spec sizes, in milliseconds. Unlike
     * total time divided by schemas, this leaves out the fixed cost of starting the JVM, so a
     * constant value means linear scaling.
     */
    public static double marginalMillisPerSchema(ScalingBenchmark.Point smaller, ScalingBenchmark.Point larger) {
        return (larger.medianMillis() - smaller.medianMillis()) / (larger.schemas() - smaller.schemas());
    }
}
