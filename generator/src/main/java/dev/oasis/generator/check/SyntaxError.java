package dev.oasis.generator.check;

/**
 * The first syntax error found in one Java source.
 *
 * @param line the 1-based line, or 0 when the parser gave no position
 * @param column the 1-based column (a tab counts as one), or 0 when the parser gave no position
 * @param message the parser's message, first line only
 */
record SyntaxError(int line, int column, String message) {

    /** The error at character {@code offset} of {@code source}, counting lines the way Java does (LF, CR or CRLF). */
    static SyntaxError at(String source, long offset, String message) {
        if (offset < 0 || offset > source.length()) {
            return new SyntaxError(0, 0, firstLine(message));
        }
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            char c = source.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= source.length() || source.charAt(i + 1) != '\n')) {
                line++;
                lineStart = i + 1;
            }
        }
        return new SyntaxError(line, (int) offset - lineStart + 1, firstLine(message));
    }

    /** The first line of a parser message, which is all a diagnostic needs. */
    static String firstLine(String message) {
        String text = message == null || message.isBlank() ? "syntax error" : message;
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
