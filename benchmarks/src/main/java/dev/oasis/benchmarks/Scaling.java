package dev.oasis.benchmarks;

import java.util.function.ToDoubleFunction;

/** Arithmetic on scaling points. */
public final class Scaling {

    private Scaling() {
    }

    /**
     * The extra time each extra schema costs between two spec sizes, in milliseconds, for the
     * time {@code time} picks (wall or CPU). Unlike total time divided by schemas, this leaves out
     * the fixed cost of starting the JVM, so a constant value means linear scaling.
     */
    public static double marginalMillisPerSchema(ScalingBenchmark.Point smaller, ScalingBenchmark.Point larger,
            ToDoubleFunction<ScalingBenchmark.Point> time) {
        return (time.applyAsDouble(larger) - time.applyAsDouble(smaller)) / (larger.schemas() - smaller.schemas());
    }
}
