package dev.oasis.generator.spec;

/**
 * Thrown by {@link BlockYamlReader} where the text leaves the plain block style it reads (anchors,
 * tags, multi-line flow collections, unusual scalars, and anything that is not valid YAML): the
 * file is then read by SnakeYAML instead, which also reports any error. Carries no stack trace.
 */
final class NotBlockYaml extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The one instance: the exception carries nothing. */
    static final NotBlockYaml INSTANCE = new NotBlockYaml();

    private NotBlockYaml() {
        super("not in the block style the fast reader reads", null, false, false);
    }
}
