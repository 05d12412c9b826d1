package dev.oasis.generator.openapi;

import java.util.regex.Pattern;

/**
 * Fields whose names follow a pattern, such as the paths of a Paths Object or the status codes of
 * a Responses Object.
 *
 * @param pattern the names it covers
 * @param shape what each value must be
 */
public record PatternedField(Pattern pattern, Shape shape) {
}
