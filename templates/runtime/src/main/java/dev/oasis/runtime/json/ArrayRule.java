package dev.oasis.runtime.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/** Passes arrays whose every item passes a rule, narrowed by the number of items. */
public final class ArrayRule extends Rule {

    private final Rule items;
    private final int minItems;
    private final int maxItems;

    ArrayRule(Rule items, int minItems, int maxItems) {
        this.items = items;
        this.minItems = minItems;
        this.maxItems = maxItems;
    }

    /**
     * @param min the fewest items
     * @param max the most items
     * @return the narrowed rule
     */
    public ArrayRule size(int min, int max) {
        return new ArrayRule(items, min, max);
    }

    @Override
    boolean startsWith(JsonToken token) {
        return token == JsonToken.START_ARRAY;
    }

    @Override
    boolean firstTokenDecides() {
        return items == Rules.any() && minItems == 0 && maxItems == Integer.MAX_VALUE;
    }

    @Override
    boolean test(JsonParser parser) throws IOException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            return false;
        }
        int count = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (++count > maxItems || !items.test(parser)) {
                return false;
            }
        }
        return count >= minItems;
    }
}
