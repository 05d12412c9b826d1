package dev.oasis.runtime.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;

/**
 * What generated union readers use to pick a branch; every rule was chosen at generation time. A
 * union reader tests the branches' {@link Rule}s in the order the generator fixed (buffering the
 * value as tokens when a rule must look past its first token), and reads the value as the first
 * branch whose rule it passes; should the value not fit that branch after all (an item of another
 * type deep inside), the next branches whose rules it passes are tried before the value is kept as
 * unknown, and only the deviations of the reading that is kept are reported.
 */
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
     * A union value, buffered as tokens only when a branch test must look past its first token, so
     * that the tests can look at it before the chosen branch reads it. A value whose branch is told
     * by its first token, and which that branch's codec {@linkplain JsonCodec#alwaysFits always fits},
     * is read straight from the parser.
     */
    public static final class Candidate {

        private final JsonInput in;
        private final JsonToken first;
        private TokenBuffer buffer;
        private TopLevelFields fields;
        private int attemptStart = -1;
        private boolean lastFitted;
        private int failedFrom = -1;
        private int failedTo;

        private Candidate(JsonInput in, JsonToken first) {
            this.in = in;
            this.first = first;
        }

        /**
         * Starts on the value the input is positioned on; once the union is read, the input is left on
         * the value's last token.
         */
        public static Candidate of(JsonInput in) {
            return new Candidate(in, in.token());
        }

        /** The value as tokens, copied from the input on first use. */
        private TokenBuffer buffer() throws IOException {
            if (buffer == null) {
                JsonParser parser = in.parser();
                buffer = new TokenBuffer(parser.getCodec(), false);
                buffer.copyCurrentStructure(parser);
            }
            return buffer;
        }

        /**
         * Tests the value against a branch's rule: the first token alone where that decides,
         * otherwise one pass over the buffered tokens.
         *
         * @param rule the branch's rule
         * @return whether the value passes
         * @throws IOException when the buffered value cannot be read again
         */
        public boolean matches(Rule rule) throws IOException {
            if (!rule.startsWith(first)) {
                return false;
            }
            if (rule.firstTokenDecides()) {
                return true;
            }
            try (JsonParser replay = buffer().asParser()) {
                replay.nextToken();
                return rule.test(replay);
            }
        }

        /**
         * Reads the value as a branch; {@link #fitted()} then tells whether it fitted.
         *
         * @param codec the branch's codec
         * @param <T> the branch's type
         * @return the value read
         * @throws IOException when the buffered value cannot be read again
         */
        public <T> T read(JsonCodec<T> codec) throws IOException {
            attemptStart = in.deviationCount();
            if (buffer == null && codec.alwaysFits(first)) {
                lastFitted = true;
                return codec.read(in);
            }
            JsonInput branch = in.replay(buffer());
            T value = branch.read(codec);
            lastFitted = branch.takeMismatch() == null;
            return value;
        }

        /**
         * Whether the value just {@linkplain #read read} fitted its branch. When it did, the deviations
         * of earlier readings that did not fit are withdrawn; when it did not, its own are kept only
         * if it is the first reading that did not fit, to be reported should no branch fit.
         *
         * @return whether the value fitted
         */
        public boolean fitted() {
            if (lastFitted) {
                if (failedFrom >= 0) {
                    in.dropDeviations(failedFrom, failedTo);
                }
                return true;
            }
            if (failedFrom < 0) {
                failedFrom = attemptStart;
                failedTo = in.deviationCount();
            } else {
                in.dropDeviations(attemptStart, in.deviationCount());
            }
            return false;
        }

        /**
         * The value as it came, for a value no branch takes: reported as matching no branch when no
         * rule passed, or with the deviations of the first branch it was read as.
         *
         * @param unionName the union's name, for the report
         * @return the value as a tree
         * @throws IOException when the buffered value cannot be read again
         */
        public JsonNode unmatched(String unionName) throws IOException {
            if (failedFrom < 0) {
                in.deviation(Deviation.Kind.NO_MATCHING_BRANCH, "matches no branch of " + unionName);
            }
            return tree();
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

        /** The top-level properties of the value, collected once, for the discriminator and required-property tests. */
        private TopLevelFields fields() throws IOException {
            if (fields == null) {
                fields = TopLevelFields.of(is(Kind.OBJECT) ? buffer() : null);
            }
            return fields;
        }

        /** An input over the buffered value, reporting deviations at their pointers under {@code in}'s. */
        public JsonInput input(JsonInput in) throws IOException {
            return in.replay(buffer());
        }

        /** The value as a tree, for a value no branch takes. */
        public JsonNode tree() throws IOException {
            try (JsonParser replay = buffer().asParser()) {
                replay.nextToken();
                return RawTrees.read(replay);
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
            holds = holds && candidate.fields().hasText(name, values);
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
            holds = holds && candidate.fields().has(name);
            return this;
        }

        /** @return whether every condition holds */
        public boolean matches() {
            return holds;
        }
    }
}
