package dev.oasis.generator.refine;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns arbitrary spec text into valid Java identifiers. Accented letters lose their accents, other
 * non-ASCII characters become their code point in hex, so every name is plain ASCII and safe as a
 * file name on any disk.
 */
public final class JavaIdentifiers {

    /** Java's keywords and literals, which no identifier may be. */
    public static final Set<String> KEYWORDS = Set.of(
            "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const",
            "continue", "default", "do", "double", "else", "enum", "extends", "final", "finally", "float",
            "for", "goto", "if", "implements", "import", "instanceof", "int", "interface", "long", "native",
            "new", "package", "private", "protected", "public", "return", "short", "static", "strictfp",
            "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void",
            "volatile", "while", "true", "false", "null", "_", "var", "yield", "record", "sealed", "permits",
            "non-sealed");

    private JavaIdentifiers() {
    }

    /** Splits text into words at punctuation, spaces and lower-to-upper case changes. */
    public static List<String> words(String text) {
        String ascii = toAscii(text);
        List<String> words = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < ascii.length(); i++) {
            char c = ascii.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                flush(words, current);
                continue;
            }
            boolean boundary = current.length() > 0 && Character.isUpperCase(c)
                    && (Character.isLowerCase(ascii.charAt(i - 1))
                        || (i + 1 < ascii.length() && Character.isLowerCase(ascii.charAt(i + 1))
                            && Character.isUpperCase(ascii.charAt(i - 1))));
            if (boundary) {
                flush(words, current);
            }
            current.append(c);
        }
        flush(words, current);
        return words;
    }

    /** {@code incident_todo-ID} becomes {@code IncidentTodoId}; never empty, never starting with a digit. */
    public static String pascal(String text) {
        StringBuilder out = new StringBuilder();
        for (String word : words(text)) {
            out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1).toLowerCase(Locale.ROOT));
        }
        return guardStart(out.toString(), "Type");
    }

    /**
     * Like {@link #pascal} but keeps the case inside words, so that names already in PascalCase in
     * the spec ({@code APIErrorResponse}) stay as the spec wrote them.
     */
    public static String pascalKeepingCase(String text) {
        StringBuilder out = new StringBuilder();
        String ascii = toAscii(text);
        boolean upperNext = true;
        for (int i = 0; i < ascii.length(); i++) {
            char c = ascii.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(upperNext ? Character.toUpperCase(c) : c);
                upperNext = false;
            } else {
                upperNext = true;
            }
        }
        return guardStart(out.toString(), "Type");
    }

    /** {@code incident_id} becomes {@code incidentId}; never a keyword. */
    public static String camel(String text) {
        String pascal = pascal(text);
        String camel = pascal.startsWith("_") ? pascal : Character.toLowerCase(pascal.charAt(0)) + pascal.substring(1);
        return KEYWORDS.contains(camel) ? camel + "Value" : camel;
    }

    /** {@code microsoft-teams} becomes {@code MICROSOFT_TEAMS}; digits first get a leading underscore. */
    public static String upperSnake(String text) {
        List<String> words = words(text);
        if (words.isEmpty()) {
            return "EMPTY";
        }
        String joined = String.join("_", words).toUpperCase(Locale.ROOT);
        return Character.isDigit(joined.charAt(0)) ? "_" + joined : joined;
    }

    /** A valid package name from dotted text. */
    public static String packageName(String text) {
        List<String> parts = new ArrayList<>();
        for (String part : text.split("\\.")) {
            String clean = toAscii(part).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "");
            if (clean.isEmpty()) {
                continue;
            }
            if (Character.isDigit(clean.charAt(0)) || KEYWORDS.contains(clean)) {
                clean = "_" + clean;
            }
            parts.add(clean);
        }
        return parts.isEmpty() ? "generated" : String.join(".", parts);
    }

    /**
     * True when the text is one or more ASCII Java identifiers joined with dots, none of them a
     * keyword: a package name or a qualified class name.
     */
    public static boolean isQualifiedName(String text) {
        for (String part : text.split("\\.", -1)) {
            if (!isIdentifier(part)) {
                return false;
            }
        }
        return true;
    }

    /** True when the text is an ASCII Java identifier that is not a keyword. */
    public static boolean isIdentifier(String text) {
        if (text.isEmpty() || KEYWORDS.contains(text) || !isIdentifierPart(text.charAt(0)) || Character.isDigit(text.charAt(0))) {
            return false;
        }
        return text.chars().allMatch(c -> isIdentifierPart((char) c));
    }

    /** True for the ASCII characters an identifier may contain: letters, digits, {@code _} and {@code $}. */
    public static boolean isIdentifierPart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '$';
    }

    private static String guardStart(String name, String fallback) {
        if (name.isEmpty()) {
            return fallback;
        }
        return Character.isDigit(name.charAt(0)) ? "_" + name : name;
    }

    private static void flush(List<String> words, StringBuilder current) {
        if (current.length() > 0) {
            words.add(current.toString());
            current.setLength(0);
        }
    }

    private static String toAscii(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); ) {
            int codePoint = decomposed.codePointAt(i);
            i += Character.charCount(codePoint);
            if (codePoint < 128) {
                out.append((char) codePoint);
            } else if (Character.getType(codePoint) == Character.NON_SPACING_MARK) {
                continue;
            } else if (Character.isLetterOrDigit(codePoint)) {
                out.append(" U").append(Integer.toHexString(codePoint).toUpperCase(Locale.ROOT)).append(' ');
            } else {
                out.append(' ');
            }
        }
        return out.toString();
    }
}
