package dev.oasis.generator.incremental;

import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What a generated file's content was made from, so a later generation can tell, without rendering
 * it, that it would come out the same.
 *
 * @param key the digest of the file's template, path and template model ({@link TemplateModelDigest#ofOutput})
 * @param packageLookups the simple names looked up among the generated types of the file's package
 *     when its imports were derived; the content stays the same while each is, or is not, such a type
 */
public record OutputSource(String key, SortedSet<String> packageLookups) {

    public OutputSource {
        packageLookups = Collections.unmodifiableSortedSet(new TreeSet<>(packageLookups));
    }
}
