package dev.oasis.generator.build;

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
}
