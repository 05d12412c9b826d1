package dev.oasis.benchmarks;

import java.util.Locale;

/** A minimal SVG writer: the few shapes the charts use, with text escaped. */
public final class Svg {

    private final StringBuilder body = new StringBuilder();
    private final int width;
    private final int height;

    /** An empty drawing of the given size in pixels. */
    public Svg(int width, int height) {
        this.width = width;
        this.height = height;
    }

    /** A filled rectangle. */
    public Svg rect(double x, double y, double w, double h, String fill) {
        body.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>%n",
                x, y, w, h, fill));
        return this;
    }

    /** A straight line; {@code dash} may be empty for a solid line. */
    public Svg line(double x1, double y1, double x2, double y2, String stroke, double strokeWidth, String dash) {
        body.append(String.format(Locale.ROOT,
                "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"%.1f\"%s/>%n",
                x1, y1, x2, y2, stroke, strokeWidth, dash.isEmpty() ? "" : " stroke-dasharray=\"" + dash + "\""));
        return this;
    }

    /** A polyline through {@code points} (x0, y0, x1, y1, ...). */
    public Svg polyline(double[] points, String stroke, double strokeWidth) {
        StringBuilder coords = new StringBuilder();
        for (int i = 0; i < points.length; i += 2) {
            coords.append(String.format(Locale.ROOT, "%.1f,%.1f ", points[i], points[i + 1]));
        }
        body.append(String.format(Locale.ROOT, "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"%.1f\"/>%n",
                coords.toString().trim(), stroke, strokeWidth));
        return this;
    }

    /** A filled circle. */
    public Svg circle(double cx, double cy, double r, String fill) {
        body.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\"/>%n",
                cx, cy, r, fill));
        return this;
    }

    /** Text; {@code anchor} is {@code start}, {@code middle} or {@code end}. */
    public Svg text(double x, double y, String text, double size, String anchor, boolean bold) {
        body.append(String.format(Locale.ROOT,
                "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%.1f\" text-anchor=\"%s\"%s>%s</text>%n",
                x, y, size, anchor, bold ? " font-weight=\"bold\"" : "", escape(text)));
        return this;
    }

    /** The finished document. */
    public String render() {
        return String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
                + " viewBox=\"0 0 %d %d\" font-family=\"sans-serif\">%n<rect width=\"100%%\" height=\"100%%\""
                + " fill=\"white\"/>%n%s</svg>%n", width, height, width, height, body);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
