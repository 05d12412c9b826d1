package dev.oasis.generator.javasource;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits Java source text into code, comments and literals, so that a textual rewrite can touch
 * code (and comments) without ever changing the text of a string, text block or char literal.
 * One linear pass; no parsing beyond what telling these apart needs.
 */
public final class JavaLexer {

    /** What a stretch of source text is. */
    public enum Kind {
        /** Code outside comments and literals. */
        CODE,
        /** A line or block comment, Javadoc included. */
        COMMENT,
        /** A string, text block or char literal, quotes included. */
        LITERAL
    }

    /**
     * A stretch of source text of one kind.
     *
     * @param kind what it is
     * @param start the index of its first character
     * @param end the index after its last character
     */
    public record Region(Kind kind, int start, int end) {
    }

    private JavaLexer() {
    }

    /** The regions of {@code source}, in order, covering all of it. */
    public static List<Region> regions(String source) {
        List<Region> regions = new ArrayList<>();
        int codeStart = 0;
        int i = 0;
        int length = source.length();
        while (i < length) {
            char c = source.charAt(i);
            int end;
            Kind kind;
            if (c == '/' && i + 1 < length && source.charAt(i + 1) == '/') {
                kind = Kind.COMMENT;
                int newline = source.indexOf('\n', i);
                end = newline < 0 ? length : newline;
            } else if (c == '/' && i + 1 < length && source.charAt(i + 1) == '*') {
                kind = Kind.COMMENT;
                int close = source.indexOf("*/", i + 2);
                end = close < 0 ? length : close + 2;
            } else if (c == '"' && source.startsWith("\"\"\"", i)) {
                kind = Kind.LITERAL;
                end = closingQuote(source, i + 3, "\"\"\"");
            } else if (c == '"' || c == '\'') {
                kind = Kind.LITERAL;
                end = closingQuote(source, i + 1, String.valueOf(c));
            } else {
                i++;
                continue;
            }
            if (codeStart < i) {
                regions.add(new Region(Kind.CODE, codeStart, i));
            }
            regions.add(new Region(kind, i, end));
            i = end;
            codeStart = end;
        }
        if (codeStart < length) {
            regions.add(new Region(Kind.CODE, codeStart, length));
        }
        return regions;
    }

    /** The index after the closing {@code quote}, skipping backslash escapes; the end of the text if unclosed. */
    private static int closingQuote(String source, int from, String quote) {
        int i = from;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (source.startsWith(quote, i)) {
                return i + quote.length();
            } else if (c == '\n' && quote.length() == 1) {
                return i;
            } else {
                i++;
            }
        }
        return source.length();
    }
}
