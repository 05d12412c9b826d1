package dev.oasis.runtime.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** What generated union readers use to pick a branch; every rule was chosen at generation time. */
public final class Unions {

    private Unions() {
    }

    /**
     * A union value buffered as tokens (cheaper than a tree), so that the branch tests can look at
     * it before the chosen branch reads it.
     */
    public static final class Candidate {

        private final TokenBuffer buffer;
        private final JsonToken first;
        private List<String> names;
        private List<String> texts;

        private Candidate(TokenBuffer buffer, JsonToken first) {
            this.buffer = buffer;
            this.first = first;
        }

        /** Buffers the value the input is positioned on; the input is left on its last token. */
        public static Candidate of(JsonInput in) throws IOException {
            JsonParser parser = in.parser();
            JsonToken first = parser.currentToken();
            TokenBuffer buffer = new TokenBuffer(parser.getCodec(), false);
            buffer.copyCurrentStructure(parser);
            return new Candidate(buffer, first);
        }

        /** True for a JSON object. */
        public boolean isObject() {
            return first == JsonToken.START_OBJECT;
        }

        /** True for a JSON array. */
        public boolean isArray() {
            return first == JsonToken.START_ARRAY;
        }

        /** True for a JSON string. */
        public boolean isTextual() {
            return first == JsonToken.VALUE_STRING;
        }

        /** True for a JSON number without fraction or exponent. */
        public boolean isIntegralNumber() {
            return first == JsonToken.VALUE_NUMBER_INT;
        }

        /** True for any JSON number. */
        public boolean isNumber() {
            return first == JsonToken.VALUE_NUMBER_INT || first == JsonToken.VALUE_NUMBER_FLOAT;
        }

        /** True for true or false. */
        public boolean isBoolean() {
            return first == JsonToken.VALUE_TRUE || first == JsonToken.VALUE_FALSE;
        }

        /** True for an object whose property {@code name} is a string equal to one of {@code values}. */
        public boolean hasText(String name, String... values) throws IOException {
            scan();
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

        /** True for an object that has every property in {@code required}. */
        public boolean hasFields(String... required) throws IOException {
            scan();
            if (!isObject()) {
                return false;
            }
            for (String name : required) {
                if (!names.contains(name)) {
                    return false;
                }
            }
            return true;
        }

        /** An input over the buffered value, reporting deviations at their pointers under {@code in}'s. */
        public JsonInput input(JsonInput in) throws IOException {
            return in.replay(buffer);
        }

        /** The value as a tree, for a value no branch takes. */
        public JsonNode tree() throws IOException {
            try (JsonParser replay = buffer.asParser()) {
                replay.nextToken();
                return JsonInput.treeOf(replay);
            }
        }

        /** Collects the top-level property names, and the values of those that are strings. */
        private void scan() throws IOException {
            if (names != null) {
                return;
            }
            names = new ArrayList<>();
            texts = new ArrayList<>();
            if (!isObject()) {
                return;
            }
            try (JsonParser replay = buffer.asParser()) {
                replay.nextToken();
                while (replay.nextToken() == JsonToken.FIELD_NAME) {
                    names.add(replay.currentName());
                    JsonToken value = replay.nextToken();
                    texts.add(value == JsonToken.VALUE_STRING ? replay.getText() : null);
                    replay.skipChildren();
                }
            }
        }
    }
}
