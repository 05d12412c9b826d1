package dev.oasis.generator.render;

import java.util.SortedSet;

/**
 * A rendered file with what its text depended on besides its template and template model.
 *
 * @param file the file
 * @param packageLookups the simple names looked up among the generated types of the file's package
 *     when its imports were derived (empty for files that are not Java); the text stays the same as long
 *     as each of those names is, or is not, such a type as before
 */
public record RenderedOutput(RenderedFile file, SortedSet<String> packageLookups) {
}
