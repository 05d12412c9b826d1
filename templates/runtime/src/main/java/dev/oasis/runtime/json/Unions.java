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

    /** The kinds of JSON token a value can start with. */
    public enum Kind {
        /** A JSON object. */
        OBJECT,
        /** A JSON array. */
        ARRAY,
        /** A JSON string. */
        STRING,
        /** A JSON number without fraction or exponent. */
        INTEGER,
        /** Any JSON number. */
        NUMBER,
        /** true or false. */
        BOOLEAN
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

        /**
         * Starts a test of the value: it must start with a token of the given kind; the test's
         * methods add conditions, {@link Test#matches()} tells whether all hold.
         *
         * @param kind the kind
         * @return the test
         */
        public Test test(Kind kind) {
            return new Test(this, is(kind));
        }

        private boolean is(Kind kind) {
            return switch (kind) {
                case OBJECT -> first == JsonToken.START_OBJECT;
                case ARRAY -> first == JsonToken.START_ARRAY;
                case STRING -> first == JsonToken.VALUE_STRING;
                case INTEGER -> first == JsonToken.VALUE_NUMBER_INT;
                case NUMBER -> first == JsonToken.VALUE_NUMBER_INT || first == JsonToken.VALUE_NUMBER_FLOAT;
                case BOOLEAN -> first == JsonToken.VALUE_TRUE || first == JsonToken.VALUE_FALSE;
            };
        }

        /** True for an object whose property {@code name} is a string equal to one of {@code values}. */
        private boolean hasText(String name, String... values) throws IOException {
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

        /** True for an object that has the property {@code name}. */
        private boolean hasField(String name) throws IOException {
            scan();
            return names.contains(name);
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
            if (!is(Kind.OBJECT)) {
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

    /**
     * The conditions a union branch puts on a value, chained as the generated reader lists them;
     * a condition after a failed one is not evaluated.
     */
    public static final class Test {

        private final Candidate candidate;
        private boolean holds;

        private Test(Candidate candidate, boolean holds) {
            this.candidate = candidate;
            this.holds = holds;
        }

        /**
         * Adds: the value is an object whose property {@code name} is a string equal to one of {@code values}.
         *
         * @param name the discriminator property
         * @param values the values that select the branch
         * @return this test
         * @throws IOException when the buffered value cannot be read again
         */
        public Test text(String name, String... values) throws IOException {
            holds = holds && candidate.hasText(name, values);
            return this;
        }

        /**
         * Adds: the value is an object that has the property {@code name}.
         *
         * @param name the property
         * @return this test
         * @throws IOException when the buffered value cannot be read again
         */
        public Test field(String name) throws IOException {
            holds = holds && candidate.hasField(name);
            return this;
        }

        /** @return whether every condition holds */
        public boolean matches() {
            return holds;
        }
    }
}
