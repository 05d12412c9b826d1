package dev.oasis.generator.model;

/**
 * A {@code pattern} keyword: the regular expression as the spec writes it (ECMA-262, as JSON Schema
 * says) and the same expression in {@code java.util.regex} syntax. It matches anywhere in the text
 * unless anchored, as in JSON Schema.
 *
 * @param source the expression as the spec writes it
 * @param java the expression for {@code java.util.regex.Pattern}, matching the same texts
 */
public record TextPattern(String source, String java) {
}
