package dev.oasis.generator.javasource;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Moves Java source from one package to another: every qualified name that starts with the old
 * package (the package declaration, imports, qualified references in code and in Javadoc) is
 * rewritten to start with the new one, subpackages included. String, text block and char
 * literals are never changed, and a name that merely starts with the same letters
 * ({@code dev.oasis.runtimex}) is not touched.
 */
public final class PackageRewriter {

    private final Pattern oldPackage;
    private final String newPackage;

    /**
     * A rewriter from {@code oldPackage} to {@code newPackage}.
     *
     * @param oldPackage the package the sources are written in, such as {@code dev.oasis.runtime}
     * @param newPackage the package they move to, such as {@code com.example.client}
     */
    public PackageRewriter(String oldPackage, String newPackage) {
        this.oldPackage = Pattern.compile("(?<![\\p{javaJavaIdentifierPart}.])" + Pattern.quote(oldPackage)
                + "(?![\\p{javaJavaIdentifierPart}])");
        this.newPackage = newPackage;
    }

    /** The source with the package rewritten outside literals. */
    public String rewrite(String source) {
        StringBuilder out = new StringBuilder(source.length() + 64);
        for (JavaLexer.Region region : JavaLexer.regions(source)) {
            String text = source.substring(region.start(), region.end());
            if (region.kind() == JavaLexer.Kind.LITERAL) {
                out.append(text);
            } else {
                out.append(oldPackage.matcher(text).replaceAll(Matcher.quoteReplacement(newPackage)));
            }
        }
        return out.toString();
    }
}
