package dev.oasis.runtime.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Codecs that also check the value constraints of the spec (pattern, length, range, number of items)
 * while reading. A value that breaks one is kept as read and reported as a deviation at its pointer,
 * which strict reading refuses. Each is built once, as a constant of a generated class, so a pattern
 * is compiled once.
 */
public final class Checks {

    private Checks() {
    }

    /**
     * @param codec the codec of the strings
     * @return a codec that checks nothing yet, to be narrowed with {@link Text#pattern} and {@link Text#length}
     */
    public static Text text(JsonCodec<String> codec) {
        return new Text(codec, null, null, 0, Integer.MAX_VALUE);
    }

    /**
     * @param codec the codec of the numbers
     * @param <T> the number type
     * @return a codec that checks nothing yet, to be narrowed with {@link Range#minimum} and {@link Range#maximum}
     */
    public static <T extends Number> Range<T> range(JsonCodec<T> codec) {
        return new Range<>(codec, null, false, null, false);
    }

    /**
     * @param codec the codec of the lists
     * @param min the fewest items
     * @param max the most items
     * @param <T> the item type
     * @return a codec that checks the number of items
     */
    public static <T> JsonCodec<List<T>> size(JsonCodec<List<T>> codec, int min, int max) {
        return new Checked<>(codec) {
            @Override
            String violation(List<T> list) {
                return list.size() < min ? "has " + list.size() + " items, fewer than the minimum of " + min
                        : list.size() > max ? "has " + list.size() + " items, more than the maximum of " + max : null;
            }
        };
    }

    /** A codec that reads with another and reports what the value breaks. */
    private abstract static class Checked<T> implements JsonCodec<T> {

        /** The codec that reads and writes the value; the narrowing methods of subclasses keep it. */
        final JsonCodec<T> codec;

        Checked(JsonCodec<T> codec) {
            this.codec = codec;
        }

        /** What the value breaks, or null when it breaks nothing. */
        abstract String violation(T value);

        @Override
        public T read(JsonInput in) throws IOException {
            T value = codec.read(in);
            if (value != null) {
                String violation = violation(value);
                if (violation != null) {
                    in.deviation(Deviation.Kind.CONSTRAINT_VIOLATED, violation);
                }
            }
            return value;
        }

        @Override
        public void write(JsonGenerator out, T value) throws IOException {
            codec.write(out, value);
        }

        /**
         * As the wrapped codec: a broken constraint is a deviation on a value that is kept, never a
         * mismatch, so the check cannot make a fitting value stop fitting.
         */
        @Override
        public boolean alwaysFits(JsonToken first) {
            return codec.alwaysFits(first);
        }
    }

    /** Checks strings: a pattern found in them, as JSON Schema's {@code pattern}, and a length in code points. */
    public static final class Text extends Checked<String> {

        private final String source;
        private final Pattern pattern;
        private final int minLength;
        private final int maxLength;

        private Text(JsonCodec<String> codec, String source, Pattern pattern, int minLength, int maxLength) {
            super(codec);
            this.source = source;
            this.pattern = pattern;
            this.minLength = minLength;
            this.maxLength = maxLength;
        }

        /**
         * @param ecma the pattern as the spec writes it, for messages
         * @param java the same pattern in {@code java.util.regex} syntax, compiled once here
         * @return the narrowed codec
         */
        public Text pattern(String ecma, String java) {
            return new Text(codec, ecma, Pattern.compile(java), minLength, maxLength);
        }

        /**
         * @param min the fewest characters
         * @param max the most characters
         * @return the narrowed codec
         */
        public Text length(int min, int max) {
            return new Text(codec, source, pattern, min, max);
        }

        @Override
        String violation(String value) {
            if (minLength > 0 || maxLength < Integer.MAX_VALUE) {
                int length = value.codePointCount(0, value.length());
                if (length < minLength) {
                    return "is " + length + " characters long, fewer than the minimum of " + minLength;
                }
                if (length > maxLength) {
                    return "is " + length + " characters long, more than the maximum of " + maxLength;
                }
            }
            return pattern != null && !pattern.matcher(value).find() ? "does not match the pattern " + source : null;
        }
    }

    /**
     * Checks numbers against a range.
     *
     * @param <T> the number type
     */
    public static final class Range<T extends Number> extends Checked<T> {

        private final BigDecimal minimum;
        private final boolean exclusiveMinimum;
        private final BigDecimal maximum;
        private final boolean exclusiveMaximum;
        private final Long wholeMinimum;
        private final Long wholeMaximum;

        private Range(JsonCodec<T> codec, BigDecimal minimum, boolean exclusiveMinimum, BigDecimal maximum, boolean exclusiveMaximum) {
            super(codec);
            this.minimum = minimum;
            this.exclusiveMinimum = exclusiveMinimum;
            this.maximum = maximum;
            this.exclusiveMaximum = exclusiveMaximum;
            this.wholeMinimum = whole(minimum);
            this.wholeMaximum = whole(maximum);
        }

        /**
         * @param bound the lower bound, as JSON writes it
         * @param exclusive whether the bound itself is outside the range
         * @return the narrowed codec
         */
        public Range<T> minimum(String bound, boolean exclusive) {
            return new Range<>(codec, new BigDecimal(bound), exclusive, maximum, exclusiveMaximum);
        }

        /**
         * @param bound the upper bound, as JSON writes it
         * @param exclusive whether the bound itself is outside the range
         * @return the narrowed codec
         */
        public Range<T> maximum(String bound, boolean exclusive) {
            return new Range<>(codec, minimum, exclusiveMinimum, new BigDecimal(bound), exclusive);
        }

        @Override
        String violation(T value) {
            if (minimum != null) {
                int order = compare(value, minimum, wholeMinimum);
                if (exclusiveMinimum ? order <= 0 : order < 0) {
                    return exclusiveMinimum ? "is not above the exclusive minimum of " + minimum.toPlainString()
                            : "is below the minimum of " + minimum.toPlainString();
                }
            }
            if (maximum != null) {
                int order = compare(value, maximum, wholeMaximum);
                if (exclusiveMaximum ? order >= 0 : order > 0) {
                    return exclusiveMaximum ? "is not below the exclusive maximum of " + maximum.toPlainString()
                            : "is above the maximum of " + maximum.toPlainString();
                }
            }
            return null;
        }

        /** Compares without allocating for the usual types: whole numbers exactly, floating-point ones as doubles. */
        private static int compare(Number value, BigDecimal bound, Long wholeBound) {
            if (value instanceof BigDecimal decimal) {
                return decimal.compareTo(bound);
            }
            if ((value instanceof Long || value instanceof Integer) && wholeBound != null) {
                return Long.compare(value.longValue(), wholeBound);
            }
            return Double.compare(value.doubleValue(), bound.doubleValue());
        }

        /** The bound as a long when it is a whole number a long holds, else null. */
        private static Long whole(BigDecimal bound) {
            if (bound == null) {
                return null;
            }
            try {
                return bound.longValueExact();
            } catch (ArithmeticException e) {
                return null;
            }
        }
    }
}
