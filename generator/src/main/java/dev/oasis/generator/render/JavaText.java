package dev.oasis.generator.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Makes spec text safe inside generated Java: string literals, and Javadoc that no description can
 * end early ({@code *}{@code /}), turn into a unicode escape ({@code \}{@code u}) or fill with HTML.
 */
public final class JavaText {

    private JavaText() {
    }

    /** A Java string literal with quotes, escaping everything javac would interpret. */
    public static String literal(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /**
     * Lines of Javadoc text from a description: HTML-escaped, with comment terminators, unicode
     * escapes and non-ASCII characters made harmless, and blank runs collapsed.
     */
    public static List<String> docLines(String description) {
        List<String> lines = new ArrayList<>();
        if (description == null || description.isBlank()) {
            return lines;
        }
        boolean previousBlank = false;
        for (String raw : description.strip().split("\\R")) {
            String line = docEscape(raw.stripTrailing());
            boolean blank = line.isEmpty();
            if (blank && previousBlank) {
                continue;
            }
            lines.add(blank ? "<p>" : line);
            previousBlank = blank;
        }
        return lines;
    }

    /** One line of Javadoc text, escaped. */
    public static String docEscape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '@' -> out.append("&#64;");
                case '\\' -> out.append("&#92;");
                case '*' -> out.append(i + 1 < text.length() && text.charAt(i + 1) == '/' ? "&#42;" : "*");
                case '/' -> out.append(i > 0 && text.charAt(i - 1) == '*' ? "&#47;" : "/");
                default -> {
                    if (c < 0x20) {
                        out.append(' ');
                    } else if (c > 0x7e) {
                        out.append("&#").append((int) c).append(';');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
