package dev.oasis.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * Writes the results chart: for each generation spec, bars of wall time and peak memory side by
 * side per tool; below, our generator's time and memory over the wide synthetic specs, one line
 * per build, on a log scale of schema count, with the 2,000-deep chain and the union-heavy specs
 * of our build as separate points.
 */
public final class SvgChart {

    private static final int PANEL_WIDTH = 460;
    private static final int PANEL_HEIGHT = 270;
    private static final int LEFT = 70;
    private static final int RIGHT = 20;
    private static final int TOP = 40;
    private static final int BOTTOM = 45;
    private static final String[] TOOL_COLORS = {"#2b7bba", "#1b9e77", "#d95f02"};
    private static final String CHAIN_COLOR = "#7b3294";
    private static final String GRID = "#dddddd";

    private final Svg svg;

    private SvgChart(int rows) {
        svg = new Svg(2 * PANEL_WIDTH, rows * PANEL_HEIGHT);
    }

    /** Writes the chart for {@code results} to {@code file}. */
    public static void write(Results results, Path file) throws IOException {
        int rows = results.generation().size() + (results.scaling().isEmpty() ? 0 : 1);
        SvgChart chart = new SvgChart(Math.max(rows, 1));
        int row = 0;
        for (GenerationBenchmark.SpecResult spec : results.generation()) {
            chart.bars(0, row, spec.spec() + ": wall time (s)", spec.tools(), t -> t.medianMillis() / 1000);
            chart.bars(1, row, spec.spec() + ": peak memory (MB)", spec.tools(),
                    GenerationBenchmark.ToolResult::medianPeakMb);
            row++;
        }
        if (!results.scaling().isEmpty()) {
            chart.scaling(0, row, "Scaling: CPU time (s), log-log", results.scaling(),
                    p -> p.medianCpuMillis() / 1000, true);
            chart.scaling(1, row, "Scaling: peak memory (MB)", results.scaling(),
                    ScalingBenchmark.Point::medianPeakMb, false);
        }
        Files.writeString(file, chart.svg.render());
    }

    private void bars(int col, int row, String title, List<GenerationBenchmark.ToolResult> tools,
            ToDoubleFunction<GenerationBenchmark.ToolResult> value) {
        double x0 = col * PANEL_WIDTH + LEFT;
        double y0 = row * PANEL_HEIGHT + TOP;
        double w = PANEL_WIDTH - LEFT - RIGHT;
        double h = PANEL_HEIGHT - TOP - BOTTOM;
        double max = tools.stream().mapToDouble(value).max().orElse(1);
        double top = niceCeiling(max);
        svg.text(x0 + w / 2, y0 - 18, title, 14, "middle", true);
        for (int i = 0; i <= 4; i++) {
            double y = y0 + h - h * i / 4;
            svg.line(x0, y, x0 + w, y, GRID, 1, "");
            svg.text(x0 - 6, y + 4, format(top * i / 4), 11, "end", false);
        }
        double slot = w / tools.size();
        double barWidth = slot * 0.5;
        for (int i = 0; i < tools.size(); i++) {
            double v = value.applyAsDouble(tools.get(i));
            double barHeight = h * v / top;
            double x = x0 + slot * i + (slot - barWidth) / 2;
            svg.rect(x, y0 + h - barHeight, barWidth, barHeight, TOOL_COLORS[i % TOOL_COLORS.length]);
            svg.text(x + barWidth / 2, y0 + h - barHeight - 5, format(v), 12, "middle", true);
            svg.text(x + barWidth / 2, y0 + h + 18, tools.get(i).tool(), 12, "middle", false);
        }
        svg.line(x0, y0 + h, x0 + w, y0 + h, "#000000", 1, "");
    }

    private void scaling(int col, int row, String title, List<ScalingBenchmark.Point> points,
            ToDoubleFunction<ScalingBenchmark.Point> value, boolean logY) {
        double x0 = col * PANEL_WIDTH + LEFT;
        double y0 = row * PANEL_HEIGHT + TOP;
        double w = PANEL_WIDTH - LEFT - RIGHT;
        double h = PANEL_HEIGHT - TOP - BOTTOM;
        double minX = Math.log10(points.stream().mapToInt(ScalingBenchmark.Point::schemas).min().orElse(10));
        double maxX = Math.log10(points.stream().mapToInt(ScalingBenchmark.Point::schemas).max().orElse(10_000));
        double maxV = points.stream().mapToDouble(value).max().orElse(1);
        double minV = points.stream().mapToDouble(value).min().orElse(0.1);
        double lowY = logY ? Math.floor(Math.log10(minV)) : 0;
        double highY = logY ? Math.ceil(Math.log10(maxV)) : niceCeiling(maxV);
        if (highY <= lowY) {
            highY = lowY + 1;
        }
        double lowYf = lowY;
        double highYf = highY;
        ToDoubleFunction<Double> px = n -> x0 + w * (Math.log10(n) - minX) / Math.max(maxX - minX, 1e-9);
        ToDoubleFunction<Double> py = v -> y0 + h - h * ((logY ? Math.log10(v) : v) - lowYf) / (highYf - lowYf);
        svg.text(x0 + w / 2, y0 - 18, title, 14, "middle", true);
        int yTicks = logY ? (int) (highY - lowY) : 4;
        for (int i = 0; i <= yTicks; i++) {
            double v = logY ? Math.pow(10, lowY + i) : highY * i / 4;
            double y = py.applyAsDouble(v);
            svg.line(x0, y, x0 + w, y, GRID, 1, "");
            svg.text(x0 - 6, y + 4, format(v), 11, "end", false);
        }
        List<String> tools = points.stream().map(ScalingBenchmark.Point::tool).distinct().toList();
        for (int t = 0; t < tools.size(); t++) {
            String tool = tools.get(t);
            List<ScalingBenchmark.Point> wide = points.stream()
                    .filter(p -> p.tool().equals(tool) && p.kind() == ScalingBenchmark.Kind.WIDE).toList();
            double[] coords = new double[wide.size() * 2];
            for (int i = 0; i < wide.size(); i++) {
                ScalingBenchmark.Point p = wide.get(i);
                coords[2 * i] = px.applyAsDouble((double) p.schemas());
                coords[2 * i + 1] = py.applyAsDouble(value.applyAsDouble(p));
                if (t == 0) {
                    svg.text(coords[2 * i], y0 + h + 16, String.format(Locale.ROOT, "%,d", p.schemas()), 11, "middle", false);
                }
            }
            String color = TOOL_COLORS[t % TOOL_COLORS.length];
            svg.polyline(coords, color, 2);
            for (int i = 0; i < wide.size(); i++) {
                boolean last = i == wide.size() - 1;
                svg.circle(coords[2 * i], coords[2 * i + 1], 4, color);
                svg.text(coords[2 * i] + (last ? -8 : 6), coords[2 * i + 1] - 6, format(value.applyAsDouble(wide.get(i))),
                        11, last ? "end" : "start", false);
            }
            svg.text(x0 + 6, y0 + 14 + 14 * t, tool, 11, "start", true);
        }
        double unionLabelY = Double.NEGATIVE_INFINITY;
        for (ScalingBenchmark.Point special : points.stream()
                .filter(p -> p.tool().equals(tools.get(0)) && p.kind() != ScalingBenchmark.Kind.WIDE).toList()) {
            double cx = px.applyAsDouble((double) special.schemas());
            double cy = py.applyAsDouble(value.applyAsDouble(special));
            svg.circle(cx, cy, 5, CHAIN_COLOR);
            String figure = special.allSucceeded() ? format(value.applyAsDouble(special)) : "failed";
            boolean union = special.kind() == ScalingBenchmark.Kind.UNIONS;
            if (union) {
                unionLabelY = Math.max(unionLabelY + 14, cy + 16);
            }
            svg.text(union ? cx - 8 : cx, union ? unionLabelY : cy - 10, special.label() + ": " + figure, 11,
                    union ? "end" : "middle", false);
        }
        svg.line(x0, y0 + h, x0 + w, y0 + h, "#000000", 1, "");
        svg.text(x0 + w / 2, y0 + h + 34, "schemas and operations (log scale)", 11, "middle", false);
    }

    private static double niceCeiling(double max) {
        if (max <= 0) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(max)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * magnitude >= max * 1.1) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static String format(double v) {
        if (v >= 100) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        if (v >= 10) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
