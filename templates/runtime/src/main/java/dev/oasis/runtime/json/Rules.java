package dev.oasis.runtime.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Builds the {@link Rule}s generated unions test their branches with. */
public final class Rules {

    private static final Rule ANY = new KindRule(null);
    private static final Rule NULL = new KindRule(JsonToken.VALUE_NULL);
    private static final Rule NONE = new EitherRule(List.of());

    private Rules() {
    }

    /** String formats that tell texts apart; each accepts what the codec of that format reads. */
    public enum Format {
        /** RFC 3339 date-time. */
        DATE_TIME,
        /** RFC 3339 full-date. */
        DATE,
        /** RFC 4122 UUID. */
        UUID;

        /**
         * Whether a text has this format.
         *
         * @param text the text
         * @return true when the codec of this format reads it
         */
        public boolean accepts(String text) {
            try {
                switch (this) {
                    case DATE_TIME -> DateTimes.parse(text);
                    case DATE -> LocalDate.parse(text);
                    default -> java.util.UUID.fromString(text);
                }
                return true;
            } catch (DateTimeException | IllegalArgumentException e) {
                return false;
            }
        }
    }

    /** @return a rule every value passes */
    public static Rule any() {
        return ANY;
    }

    /** @return a rule no value passes, for a property that must be absent */
    public static Rule none() {
        return NONE;
    }

    /** @return a rule only JSON null passes */
    public static Rule nullValue() {
        return NULL;
    }

    /** @return a rule {@code true} and {@code false} pass */
    public static Rule bool() {
        return new KindRule(JsonToken.VALUE_TRUE);
    }

    /**
     * @param value the one value that passes
     * @return a rule only that boolean passes
     */
    public static Rule bool(boolean value) {
        return new BooleanRule(value);
    }

    /**
     * @param values the strings that pass; none for any string
     * @return a rule strings pass, to be narrowed further
     */
    public static TextRule text(String... values) {
        return TextRule.of(List.of(values));
    }

    /** @return a rule every number passes, to be narrowed further */
    public static NumberRule number() {
        return NumberRule.of(false);
    }

    /** @return a rule numbers written without fraction or exponent pass, to be narrowed further */
    public static NumberRule integer() {
        return NumberRule.of(true);
    }

    /**
     * @param items the rule every item passes
     * @return a rule arrays pass, to be narrowed further
     */
    public static ArrayRule array(Rule items) {
        return new ArrayRule(items, 0, Integer.MAX_VALUE);
    }

    /** @return a rule every object passes, to be narrowed further */
    public static ObjectRule object() {
        return ObjectRule.EMPTY;
    }

    /**
     * @param options the rules, of which a value passes one
     * @return a rule a value passes when it passes one of the options
     */
    public static Rule either(Rule... options) {
        return new EitherRule(List.of(options));
    }

    /** True when two tokens start values of the same kind ({@code true} and {@code false} are both booleans). */
    static boolean sameKind(JsonToken a, JsonToken b) {
        return a == b || a.isBoolean() && b != null && b.isBoolean();
    }

    /** Passes values starting with one kind of token; a null kind passes everything. */
    private static final class KindRule extends Rule {

        private final JsonToken kind;

        KindRule(JsonToken kind) {
            this.kind = kind;
        }

        @Override
        boolean startsWith(JsonToken token) {
            return kind == null || sameKind(kind, token);
        }

        @Override
        boolean firstTokenDecides() {
            return true;
        }

        @Override
        boolean test(JsonParser parser) throws IOException {
            if (!startsWith(parser.currentToken())) {
                return false;
            }
            parser.skipChildren();
            return true;
        }
    }

    /** Passes one boolean value. */
    private static final class BooleanRule extends Rule {

        private final JsonToken token;

        BooleanRule(boolean value) {
            this.token = value ? JsonToken.VALUE_TRUE : JsonToken.VALUE_FALSE;
        }

        @Override
        boolean startsWith(JsonToken first) {
            return first == token;
        }

        @Override
        boolean firstTokenDecides() {
            return true;
        }

        @Override
        boolean test(JsonParser parser) {
            return parser.currentToken() == token;
        }
    }
}
