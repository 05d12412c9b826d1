package dev.oasis.generator.javasource;

import java.util.List;

/**
 * How templates write type names so that imports can be derived after rendering: a qualified
 * name between guillemets with a colon after the package, such as {@code «java.util:Map.Entry»},
 * and the line {@code «imports»} where the import block goes. Spec text reaches the output only
 * escaped to ASCII, so it can never produce a marker.
 */
public final class TypeMarkers {

    /** The line a template writes where the import block goes. */
    public static final String IMPORTS = "«imports»";

    private TypeMarkers() {
    }

    /** The marker of a type: {@code packageName} empty for none, {@code simpleNames} the top-level name first. */
    public static String of(String packageName, String... simpleNames) {
        return "«" + packageName + ":" + String.join(".", simpleNames) + "»";
    }

    /**
     * One marker found in a text.
     *
     * @param start the index of its opening guillemet
     * @param end the index after its closing guillemet
     * @param type the qualified name of the top-level type
     * @param nested the names of nested types, each after its dot, or empty
     * @param inCode whether it stands in code rather than in a comment
     */
    record Marker(int start, int end, String type, String nested, boolean inCode) {
    }

    /**
     * Adds to {@code markers}, in order, every marker that lies wholly between {@code from} and
     * {@code to}: a package of word characters and dots (maybe empty), a colon, a simple name of word
     * characters and dollars, then any dotted nested names, between guillemets.
     */
    static void scan(String text, int from, int to, boolean inCode, List<Marker> markers) {
        int open = text.indexOf('«', from);
        while (open >= 0 && open < to) {
            int colon = skip(text, open + 1, to, false, true);
            int nameEnd = colon < to && text.charAt(colon) == ':' ? skip(text, colon + 1, to, true, false) : colon;
            int end = nameEnd;
            if (nameEnd > colon + 1) {
                while (end + 1 < to && text.charAt(end) == '.' && isNamePart(text.charAt(end + 1), true)) {
                    end = skip(text, end + 1, to, true, false);
                }
            }
            if (nameEnd > colon + 1 && end < to && text.charAt(end) == '»') {
                String name = text.substring(colon + 1, nameEnd);
                String type = colon == open + 1 ? name : text.substring(open + 1, colon) + "." + name;
                markers.add(new Marker(open, end + 1, type, text.substring(nameEnd, end), inCode));
                open = text.indexOf('«', end + 1);
            } else {
                open = text.indexOf('«', open + 1);
            }
        }
    }

    /** The index of the first character at or after {@code from} (before {@code to}) that is not a name part. */
    private static int skip(String text, int from, int to, boolean dollar, boolean dot) {
        int i = from;
        while (i < to && (isNamePart(text.charAt(i), dollar) || dot && text.charAt(i) == '.')) {
            i++;
        }
        return i;
    }

    /** A regular expression's word character ({@code [a-zA-Z_0-9]}), or a dollar where {@code dollar} is set. */
    static boolean isNamePart(char c, boolean dollar) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || dollar && c == '$';
    }
}
