package dev.oasis.runtime.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The top-level property names of a buffered object, and the values of those that are strings. */
final class TopLevelFields {

    private final List<String> names;
    private final List<String> texts;

    private TopLevelFields(List<String> names, List<String> texts) {
        this.names = names;
        this.texts = texts;
    }

    /** Collects the properties of a buffered object; none when {@code object} is null. */
    static TopLevelFields of(TokenBuffer object) throws IOException {
        List<String> names = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        if (object != null) {
            try (JsonParser replay = object.asParser()) {
                replay.nextToken();
                while (replay.nextToken() == JsonToken.FIELD_NAME) {
                    names.add(replay.currentName());
                    JsonToken value = replay.nextToken();
                    texts.add(value == JsonToken.VALUE_STRING ? replay.getText() : null);
                    replay.skipChildren();
                }
            }
        }
        return new TopLevelFields(names, texts);
    }

    /** True when the object has the property {@code name}. */
    boolean has(String name) {
        return names.contains(name);
    }

    /** True when the property {@code name} is a string equal to one of {@code values}. */
    boolean hasText(String name, String... values) {
        int index = names.indexOf(name);
        String text = index < 0 ? null : texts.get(index);
        if (text == null) {
            return false;
        }
        for (String candidate : values) {
            if (candidate.equals(text)) {
                return true;
            }
        }
        return false;
    }
}
