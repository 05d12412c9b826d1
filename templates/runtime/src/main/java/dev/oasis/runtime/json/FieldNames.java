package dev.oasis.runtime.json;

import com.fasterxml.jackson.core.JsonStreamContext;
import java.util.HashSet;
import java.util.Set;

/**
 * The property names read so far in one JSON object, kept as the current value of the object's
 * parsing context (which Jackson clears when it reuses the context for the next object), so that a
 * duplicate is seen wherever the object is read from. A few names are compared in a list; more go
 * into a set.
 */
final class FieldNames {

    private static final int LIST_SIZE = 8;

    private final String[] first = new String[LIST_SIZE];
    private int count;
    private Set<String> more;

    private FieldNames() {
    }

    /**
     * Records a property name of the object whose context this is.
     *
     * @param object the parsing context of the object, positioned on the property name
     * @param name the property name
     * @return false when the object already had a property of this name
     */
    static boolean firstTime(JsonStreamContext object, String name) {
        if (!(object.getCurrentValue() instanceof FieldNames names)) {
            FieldNames created = new FieldNames();
            created.first[created.count++] = name;
            object.setCurrentValue(created);
            return true;
        }
        return names.add(name);
    }

    private boolean add(String name) {
        for (int i = 0; i < count; i++) {
            if (first[i].equals(name)) {
                return false;
            }
        }
        if (count < LIST_SIZE) {
            first[count++] = name;
            return true;
        }
        if (more == null) {
            more = new HashSet<>();
        }
        return more.add(name);
    }
}
