package dev.oasis.runtime.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.util.List;

/**
 * Passes a value that passes one of several rules. The first token picks the options that may
 * apply; only when several of them need to look further is the value buffered to try each.
 */
final class EitherRule extends Rule {

    private final List<Rule> options;

    EitherRule(List<Rule> options) {
        this.options = options;
    }

    @Override
    boolean startsWith(JsonToken token) {
        for (Rule option : options) {
            if (option.startsWith(token)) {
                return true;
            }
        }
        return false;
    }

    @Override
    boolean firstTokenDecides() {
        return options.stream().allMatch(Rule::firstTokenDecides);
    }

    @Override
    boolean test(JsonParser parser) throws IOException {
        JsonToken first = parser.currentToken();
        Rule only = null;
        int candidates = 0;
        boolean decided = false;
        for (Rule option : options) {
            if (option.startsWith(first)) {
                only = option;
                candidates++;
                decided |= option.firstTokenDecides();
            }
        }
        if (candidates == 0) {
            return false;
        }
        if (candidates == 1 || decided) {
            return candidates == 1 ? only.test(parser) : skip(parser);
        }
        TokenBuffer buffer = new TokenBuffer(parser, null);
        buffer.copyCurrentStructure(parser);
        for (Rule option : options) {
            if (option.startsWith(first)) {
                try (JsonParser replay = buffer.asParser()) {
                    replay.nextToken();
                    if (option.test(replay)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean skip(JsonParser parser) throws IOException {
        parser.skipChildren();
        return true;
    }
}
