package dev.oasis.generator.render;

/**
 * One output file of a generation and what its content is made from, before any of it is made.
 *
 * @param relativePath the path under the output directory, with {@code /} separators
 * @param template the template it is rendered from, or the runtime source it is copied from
 * @param vars the template model it is rendered with; for a copied runtime source, the copied text (a
 *     {@link Copy})
 */
public record OutputJob(String relativePath, String template, Record vars) {

    /** True when the file is Java source, which gets its imports derived and is syntax-checked. */
    public boolean isJava() {
        return relativePath.endsWith(".java");
    }

    /**
     * The content of a file copied rather than rendered: a runtime source with its package rewritten.
     *
     * @param text the file's text
     */
    public record Copy(String text) {
    }
}
