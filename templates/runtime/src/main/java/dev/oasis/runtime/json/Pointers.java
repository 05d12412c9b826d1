package dev.oasis.runtime.json;

import com.fasterxml.jackson.core.JsonStreamContext;

/**
 * Writes the JSON pointer of a parser's position, as Jackson's {@code pathAsPointer()} would, into a
 * builder of the caller's: straight from the parsing contexts, without Jackson's segment objects,
 * as it runs for every deviation reported.
 */
final class Pointers {

    private Pointers() {
    }

    /**
     * Appends the pointer of the value a parser is on: the context itself when it names a property or
     * an item, otherwise (on an object's or array's first token) the context of the value it opens.
     *
     * @param out where the pointer goes
     * @param context the parser's current context
     */
    static void append(StringBuilder out, JsonStreamContext context) {
        appendPath(out, context != null && !context.hasPathSegment() ? context.getParent() : context);
    }

    private static void appendPath(StringBuilder out, JsonStreamContext context) {
        if (context == null) {
            return;
        }
        appendPath(out, context.getParent());
        if (context.inObject()) {
            out.append('/');
            String name = context.getCurrentName();
            if (name != null) {
                appendEscaped(out, name);
            }
        } else if (context.inArray()) {
            out.append('/').append(context.getCurrentIndex());
        }
    }

    private static void appendEscaped(StringBuilder out, String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '~') {
                out.append("~0");
            } else if (c == '/') {
                out.append("~1");
            } else {
                out.append(c);
            }
        }
    }
}
