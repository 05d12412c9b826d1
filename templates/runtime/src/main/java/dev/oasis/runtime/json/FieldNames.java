package dev.oasis.runtime.json;

import com.fasterxml.jackson.core.JsonStreamContext;
import java.util.Arrays;

/**
 * The property names read so far in one JSON object, kept as the current value of the object's
 * parsing context (which Jackson clears when it reuses the context for the next object), so that a
 * duplicate is seen wherever the object is read from. The names sit in an open-addressed table, as
 * every property of every object read is checked here: Jackson hands out the same canonical string
 * for a name each time, whose hash is computed once.
 */
final class FieldNames {

    private String[] table = new String[8];
    private int count;
    private FieldNames nextSpare;

    private FieldNames() {
    }

    /**
     * The name tables of the objects one input reads: the table of an object read to its end is
     * cleared and handed to the next object that starts, so that reading allocates one per level of
     * nesting rather than one per object.
     */
    static final class Pool {

        private FieldNames spares;

        /**
         * Records a property name of the object whose context this is.
         *
         * @param object the parsing context of the object, positioned on the property name
         * @param name the property name
         * @return false when the object already had a property of this name
         */
        boolean firstTime(JsonStreamContext object, String name) {
            if (object.getCurrentValue() instanceof FieldNames names) {
                return names.add(name);
            }
            FieldNames names = spares == null ? new FieldNames() : spares;
            spares = names.nextSpare;
            names.nextSpare = null;
            names.add(name);
            object.setCurrentValue(names);
            return true;
        }

        /**
         * Takes back the table of an object read to its end, and detaches it from the object's context.
         *
         * @param object the parsing context of the object that ended
         * @param endedValue the current value that context had before the object's end (Jackson's
         *     parser clears it there); a table when the object had properties
         */
        void release(JsonStreamContext object, Object endedValue) {
            if (endedValue instanceof FieldNames names) {
                object.setCurrentValue(null);
                Arrays.fill(names.table, null);
                names.count = 0;
                names.nextSpare = spares;
                spares = names;
            }
        }
    }

    private boolean add(String name) {
        int mask = table.length - 1;
        int slot = slot(name, mask);
        for (String present = table[slot]; present != null; present = table[slot]) {
            if (present.equals(name)) {
                return false;
            }
            slot = (slot + 1) & mask;
        }
        table[slot] = name;
        if (++count * 2 > table.length) {
            grow();
        }
        return true;
    }

    /** Doubles the table, so that it stays at most half full and a lookup ends after a probe or two. */
    private void grow() {
        String[] old = table;
        table = new String[old.length * 2];
        int mask = table.length - 1;
        for (String name : old) {
            if (name != null) {
                int slot = slot(name, mask);
                while (table[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                table[slot] = name;
            }
        }
    }

    private static int slot(String name, int mask) {
        int hash = name.hashCode();
        return (hash ^ (hash >>> 16)) & mask;
    }
}
