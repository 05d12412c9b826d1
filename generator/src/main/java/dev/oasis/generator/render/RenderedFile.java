package dev.oasis.generator.render;

/**
 * One rendered output file, not yet written.
 *
 * @param relativePath the path under the output directory, with {@code /} separators
 * @param content the file's text, LF line endings
 * @param template the template it was rendered from, for messages
 */
public record RenderedFile(String relativePath, String content, String template) {
}
