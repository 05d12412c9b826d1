package dev.oasis.generator.refine;

/**
 * The team's prefix and suffix for model class names ({@code modelNamePrefix},
 * {@code modelNameSuffix}), such as {@code Api} and {@code Dto} for {@code ApiPetDto}. The naming
 * pass puts them around every model name before it makes names unique, so that they never collide.
 *
 * @param prefix the text before every model class name; empty for none
 * @param suffix the text after every model class name; empty for none
 */
public record ModelNaming(String prefix, String suffix) {

    /** No prefix and no suffix. */
    public static final ModelNaming NONE = new ModelNaming("", "");

    /**
     * Checks that the prefix can start a Java class name and the suffix can end one.
     *
     * @throws IllegalArgumentException naming the parameter and the character that cannot be used
     */
    public ModelNaming {
        prefix = prefix == null ? "" : prefix.trim();
        suffix = suffix == null ? "" : suffix.trim();
        check("modelNamePrefix", prefix);
        check("modelNameSuffix", suffix);
        if (!prefix.isEmpty() && Character.isDigit(prefix.charAt(0))) {
            throw new IllegalArgumentException("modelNamePrefix '" + prefix + "' starts with a digit, which cannot start a Java class name");
        }
    }

    /** The model class name for a name derived from the spec. */
    public String apply(String name) {
        return prefix + name + suffix;
    }

    private static void check(String parameter, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!JavaIdentifiers.isIdentifierPart(c)) {
                throw new IllegalArgumentException(parameter + " '" + text + "' contains '" + c
                        + "'; use letters, digits, _ or $ only, so that every model name stays a Java class name");
            }
        }
    }
}
