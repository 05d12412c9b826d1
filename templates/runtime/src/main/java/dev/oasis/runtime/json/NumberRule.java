package dev.oasis.runtime.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

/** Passes numbers: any, or whole ones, or those listed, narrowed by a range. */
public final class NumberRule extends Rule {

    private final boolean integer;
    private final List<BigDecimal> values;
    private final BigDecimal minimum;
    private final boolean exclusiveMinimum;
    private final BigDecimal maximum;
    private final boolean exclusiveMaximum;

    private NumberRule(boolean integer, List<BigDecimal> values, BigDecimal minimum, boolean exclusiveMinimum,
            BigDecimal maximum, boolean exclusiveMaximum) {
        this.integer = integer;
        this.values = values;
        this.minimum = minimum;
        this.exclusiveMinimum = exclusiveMinimum;
        this.maximum = maximum;
        this.exclusiveMaximum = exclusiveMaximum;
    }

    static NumberRule of(boolean integer) {
        return new NumberRule(integer, List.of(), null, false, null, false);
    }

    /**
     * @param listed the numbers that pass, as JSON writes them
     * @return the narrowed rule
     */
    public NumberRule values(String... listed) {
        return new NumberRule(integer, java.util.Arrays.stream(listed).map(BigDecimal::new).toList(), minimum, exclusiveMinimum,
                maximum, exclusiveMaximum);
    }

    /**
     * @param bound the lower bound, as JSON writes it
     * @param exclusive whether the bound itself fails
     * @return the narrowed rule
     */
    public NumberRule minimum(String bound, boolean exclusive) {
        return new NumberRule(integer, values, new BigDecimal(bound), exclusive, maximum, exclusiveMaximum);
    }

    /**
     * @param bound the upper bound, as JSON writes it
     * @param exclusive whether the bound itself fails
     * @return the narrowed rule
     */
    public NumberRule maximum(String bound, boolean exclusive) {
        return new NumberRule(integer, values, minimum, exclusiveMinimum, new BigDecimal(bound), exclusive);
    }

    @Override
    boolean startsWith(JsonToken token) {
        return token == JsonToken.VALUE_NUMBER_INT || !integer && token == JsonToken.VALUE_NUMBER_FLOAT;
    }

    @Override
    boolean firstTokenDecides() {
        return values.isEmpty() && minimum == null && maximum == null;
    }

    @Override
    boolean test(JsonParser parser) throws IOException {
        if (!startsWith(parser.currentToken())) {
            return false;
        }
        if (firstTokenDecides()) {
            return true;
        }
        BigDecimal value = parser.getDecimalValue();
        if (!values.isEmpty() && values.stream().noneMatch(listed -> listed.compareTo(value) == 0)) {
            return false;
        }
        int low = minimum == null ? 1 : value.compareTo(minimum);
        int high = maximum == null ? -1 : value.compareTo(maximum);
        return (exclusiveMinimum ? low > 0 : low >= 0) && (exclusiveMaximum ? high < 0 : high <= 0);
    }
}
