package dev.oasis.generator.spec;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * The two parts of a {@code $ref}, percent-decoded as URI references are: the file (empty for the
 * same file) and the fragment after {@code #}, which must be a JSON pointer.
 *
 * @param file the relative path of the file, or empty
 * @param fragment the fragment, or empty for the whole file
 */
record RefText(String file, String fragment) {

    private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.\\-]*:.*");

    static RefText parse(String ref) {
        int hash = ref.indexOf('#');
        return new RefText(decode(hash < 0 ? ref : ref.substring(0, hash)), hash < 0 ? "" : decode(ref.substring(hash + 1)));
    }

    /** True for an absolute URI such as {@code https://...} or {@code file:/...}, which is never followed. */
    boolean isUri() {
        return SCHEME.matcher(file).matches();
    }

    /** True when the fragment is empty or a JSON pointer; a plain name such as {@code #Pet} is not. */
    boolean hasPointer() {
        return fragment.isEmpty() || fragment.startsWith("/");
    }

    /** Decodes {@code %XX} escapes as UTF-8; text that is not a valid escape stays as it is. */
    private static String decode(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) == '%' && isHex(text, i + 1) && isHex(text, i + 2)) {
                bytes.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                i += 3;
            } else {
                int codePoint = text.codePointAt(i);
                bytes.writeBytes(new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(codePoint);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static boolean isHex(String text, int index) {
        return index < text.length() && Character.digit(text.charAt(index), 16) >= 0;
    }
}
