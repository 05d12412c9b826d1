package dev.oasis.generator.spec;

import java.util.ArrayList;
import java.util.List;

/** Escaping and splitting of JSON pointers (RFC 6901). */
public final class JsonPointers {

    private JsonPointers() {
    }

    /** Escapes one reference token: {@code ~} becomes {@code ~0}, {@code /} becomes {@code ~1}. */
    public static String escape(String token) {
        if (token.indexOf('~') < 0 && token.indexOf('/') < 0) {
            return token;
        }
        return token.replace("~", "~0").replace("/", "~1");
    }

    /** Splits a pointer such as {@code /components/schemas/A~1B} into unescaped tokens. */
    public static List<String> split(String pointer) {
        List<String> tokens = new ArrayList<>();
        if (pointer.isEmpty()) {
            return tokens;
        }
        for (String raw : pointer.substring(1).split("/", -1)) {
            tokens.add(raw.replace("~1", "/").replace("~0", "~"));
        }
        return tokens;
    }
}
