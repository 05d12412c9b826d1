package dev.oasis.generator.validate;

import dev.oasis.generator.spec.JsonPointers;
import dev.oasis.generator.spec.SpecList;
import dev.oasis.generator.spec.SpecMap;
import dev.oasis.generator.spec.SpecNode;
import dev.oasis.generator.spec.SpecScalar;
import java.util.List;

/** How messages name the place of a node and quote what stands there. */
final class Texts {

    private static final int QUOTE_LIMIT = 60;

    private Texts() {
    }

    /** The place of a node, such as {@code 'required'} or {@code item 2 of 'tags'}. */
    static String place(SpecNode node) {
        List<String> tokens = JsonPointers.split(node.pointer());
        if (tokens.isEmpty()) {
            return "the document";
        }
        String last = tokens.get(tokens.size() - 1);
        if (node.isListItem() && tokens.size() > 1) {
            return "item " + last + " of '" + tokens.get(tokens.size() - 2) + "'";
        }
        return "'" + last + "'";
    }

    /** The name a node stands under: the last token of its pointer. */
    static String name(SpecNode node) {
        List<String> tokens = JsonPointers.split(node.pointer());
        return tokens.isEmpty() ? "" : tokens.get(tokens.size() - 1);
    }

    /** What a node is, quoting a scalar's value: {@code the string 'id'}, {@code a mapping}. */
    static String describe(SpecNode node) {
        if (node instanceof SpecMap) {
            return "a mapping";
        }
        if (node instanceof SpecList) {
            return "a list";
        }
        Object value = ((SpecScalar) node).value();
        if (value == null) {
            return "empty";
        }
        if (value instanceof String text) {
            return "the string " + quote(text);
        }
        return (value instanceof Boolean ? "the boolean " : "the number ") + value;
    }

    /** A value in quotes, shortened when long. */
    static String quote(String text) {
        String shown = text.length() > QUOTE_LIMIT ? text.substring(0, QUOTE_LIMIT) + "..." : text;
        return "'" + shown + "'";
    }
}
