package dev.oasis.generator.build;

import dev.oasis.generator.spec.JsonPointers;
import dev.oasis.generator.spec.SpecNode;
import dev.oasis.generator.spec.SpecSet;
import java.util.List;

/** Turns spec text into the parts of derived type names. */
final class Names {

    private Names() {
    }

    /** {@code incident_todo-item} becomes {@code IncidentTodoItem}; characters that are not letters or digits split words. */
    static String pascal(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean upperNext = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(upperNext ? Character.toUpperCase(c) : c);
                upperNext = false;
            } else {
                upperNext = true;
            }
        }
        return out.toString();
    }

    /**
     * The name a referenced schema gets: the last token of the reference's JSON pointer, or, for a
     * reference to a whole file, the file's name without its extension.
     */
    static String fromReference(SpecNode reference) {
        String ref = SpecSet.referenceOf(reference).orElse("");
        int hash = ref.indexOf('#');
        List<String> tokens = JsonPointers.split(hash < 0 ? "" : ref.substring(hash + 1));
        if (tokens.isEmpty()) {
            String file = hash < 0 ? ref : ref.substring(0, hash);
            String base = file.substring(file.lastIndexOf('/') + 1);
            int dot = base.indexOf('.');
            return pascal(dot < 0 ? base : base.substring(0, dot));
        }
        return tokens.get(tokens.size() - 1);
    }
}
