package dev.oasis.generator.javasource;

import java.util.regex.Pattern;

/**
 * How templates write type names so that imports can be derived after rendering: a qualified
 * name between guillemets with a colon after the package, such as {@code «java.util:Map.Entry»},
 * and the line {@code «imports»} where the import block goes. Spec text reaches the output only
 * escaped to ASCII, so it can never produce a marker.
 */
public final class TypeMarkers {

    /** The line a template writes where the import block goes. */
    public static final String IMPORTS = "«imports»";

    /** A type marker: group 1 the package, group 2 the top-level simple name, group 3 any nested names with their dots. */
    static final Pattern TYPE = Pattern.compile("«([\\w.]*):([\\w$]+)((?:\\.[\\w$]+)*)»");

    private TypeMarkers() {
    }

    /** The marker of a type: {@code packageName} empty for none, {@code simpleNames} the top-level name first. */
    public static String of(String packageName, String... simpleNames) {
        return "«" + packageName + ":" + String.join(".", simpleNames) + "»";
    }
}
