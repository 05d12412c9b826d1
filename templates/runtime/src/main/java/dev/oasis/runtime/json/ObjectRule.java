package dev.oasis.runtime.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Passes objects that have the required properties, whose listed properties pass their rules where
 * present, that lack the absent ones, and, when closed, that have no other properties.
 */
public final class ObjectRule extends Rule {

    static final ObjectRule EMPTY = new ObjectRule(List.of(), Map.of(), null);

    private final List<String> required;
    private final Map<String, Integer> requiredIndex = new HashMap<>();
    private final Map<String, Rule> properties;
    private final Set<String> allowed;

    private ObjectRule(List<String> required, Map<String, Rule> properties, Set<String> allowed) {
        this.required = required;
        this.properties = properties;
        this.allowed = allowed;
        for (int i = 0; i < required.size(); i++) {
            requiredIndex.put(required.get(i), i);
        }
    }

    /**
     * @param names properties the object must have
     * @return the narrowed rule
     */
    public ObjectRule required(String... names) {
        List<String> more = new ArrayList<>(required);
        more.addAll(List.of(names));
        return new ObjectRule(List.copyOf(more), properties, allowed);
    }

    /**
     * @param name a property
     * @param rule the rule its value passes, where the object has it
     * @return the narrowed rule
     */
    public ObjectRule property(String name, Rule rule) {
        Map<String, Rule> more = new HashMap<>(properties);
        more.put(name, rule);
        return new ObjectRule(required, Map.copyOf(more), allowed);
    }

    /**
     * @param names properties the object must not have (those only other branches declare)
     * @return the narrowed rule
     */
    public ObjectRule absent(String... names) {
        ObjectRule narrowed = this;
        for (String name : names) {
            narrowed = narrowed.property(name, Rules.none());
        }
        return narrowed;
    }

    /**
     * @param names the only properties the object may have
     * @return the narrowed rule
     */
    public ObjectRule closed(String... names) {
        return new ObjectRule(required, properties, Set.of(names));
    }

    @Override
    boolean startsWith(JsonToken token) {
        return token == JsonToken.START_OBJECT;
    }

    @Override
    boolean firstTokenDecides() {
        return required.isEmpty() && properties.isEmpty() && allowed == null;
    }

    @Override
    boolean test(JsonParser parser) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            return false;
        }
        long seen = 0;
        boolean[] seenMany = required.size() > Long.SIZE ? new boolean[required.size()] : null;
        int found = 0;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            if (allowed != null && !allowed.contains(name)) {
                return false;
            }
            Rule rule = properties.get(name);
            if (rule == null) {
                parser.skipChildren();
            } else if (!rule.test(parser)) {
                return false;
            }
            Integer index = requiredIndex.get(name);
            if (index != null) {
                boolean first = seenMany == null ? (seen & (1L << index)) == 0 : !seenMany[index];
                if (seenMany == null) {
                    seen |= 1L << index;
                } else {
                    seenMany[index] = true;
                }
                found += first ? 1 : 0;
            }
        }
        return found == required.size();
    }
}
