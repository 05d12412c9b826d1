package dev.oasis.generator.javasource;

import dev.oasis.generator.refine.JavaLang;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Turns the {@link TypeMarkers} of a rendered file into plain Java with the imports it needs, in
 * the manner of AutoValue's {@code TypeEncoder}: a type used in code is imported and written by
 * its simple name unless that name would mean something else in the file (a type of the file's
 * package, a type the file declares, a {@code java.lang} type, or another type used with the same
 * simple name); then it is written in full. Types of the file's package and of {@code java.lang}
 * need no import. Types named only in comments never cause an import. So an unused or a missing
 * import cannot happen, and imports come out sorted.
 */
public final class ImportEncoder {

    private static final List<String> DECLARING = List.of("class", "interface", "enum", "record");

    private final Map<String, Set<String>> typesByPackage;

    /**
     * An encoder for a set of generated files.
     *
     * @param typesByPackage the simple names of the top-level types of every generated package,
     *     which a simple name in a file of that package would mean
     */
    public ImportEncoder(Map<String, Set<String>> typesByPackage) {
        this.typesByPackage = typesByPackage;
    }

    /**
     * Encodes one file.
     *
     * @param source the rendered text, with markers
     * @param packageName the file's package
     * @param topLevelName the simple name of the file's top-level type
     * @return the text without markers, with its import block
     */
    public String encode(String source, String packageName, String topLevelName) {
        return encoding(source, packageName, topLevelName).text();
    }

    /**
     * Encodes one file as {@link #encode} does, and tells which simple names were looked up among
     * the types of the file's package: the text stays the same as long as each of those names is,
     * or is not, a type of that package as before.
     */
    public Encoding encoding(String source, String packageName, String topLevelName) {
        Set<String> declared = new HashSet<>();
        List<TypeMarkers.Marker> markers = new ArrayList<>();
        for (JavaLexer.Region region : JavaLexer.regions(source)) {
            if (region.kind() == JavaLexer.Kind.CODE) {
                declarations(source, region.start(), region.end(), declared);
            }
            if (region.kind() != JavaLexer.Kind.LITERAL) {
                TypeMarkers.scan(source, region.start(), region.end(), region.kind() == JavaLexer.Kind.CODE, markers);
            }
        }
        Set<String> usedInCode = new LinkedHashSet<>();
        markers.stream().filter(TypeMarkers.Marker::inCode).forEach(marker -> usedInCode.add(marker.type()));
        declared.remove(topLevelName);
        Map<String, String> spelling = spellings(usedInCode, packageName, topLevelName, declared);
        Set<String> simpleSpellings = new HashSet<>(spelling.values());
        SortedSet<String> lookups = new TreeSet<>();
        usedInCode.stream().filter(type -> !isImplicit(type, packageName) || packageOf(type).equals("java.lang"))
                .map(ImportEncoder::simpleName).forEach(lookups::add);
        Set<String> imports = new TreeSet<>();
        usedInCode.forEach(type -> {
            if (spelling.get(type).indexOf('.') < 0 && !isImplicit(type, packageName)) {
                imports.add(type);
            }
        });
        StringBuilder out = new StringBuilder(source.length());
        int copied = 0;
        for (TypeMarkers.Marker marker : markers) {
            String type = marker.type();
            String written = marker.inCode() ? spelling.get(type) : commentSpelling(type, packageName, spelling, simpleSpellings);
            out.append(source, copied, marker.start()).append(written).append(marker.nested());
            copied = marker.end();
        }
        out.append(source, copied, source.length());
        return new Encoding(withImports(out, imports), Collections.unmodifiableSortedSet(lookups));
    }

    /**
     * One encoded file.
     *
     * @param text the text without markers, with its import block
     * @param packageLookups the simple names looked up among the types of the file's package
     */
    public record Encoding(String text, SortedSet<String> packageLookups) {
    }

    private Map<String, String> spellings(Set<String> used, String packageName, String topLevelName, Set<String> declared) {
        Map<String, Integer> bySimpleName = new HashMap<>();
        used.forEach(type -> bySimpleName.merge(simpleName(type), 1, Integer::sum));
        Set<String> samePackage = typesByPackage.getOrDefault(packageName, Set.of());
        Map<String, String> spelling = new HashMap<>();
        for (String type : used) {
            String simple = simpleName(type);
            boolean shadowed = !type.equals(qualified(packageName, topLevelName))
                    && (simple.equals(topLevelName) || declared.contains(simple));
            boolean clash;
            if (isImplicit(type, packageName)) {
                // Visible by simple name without an import: the file's package, java.lang.
                clash = shadowed || (packageOf(type).equals("java.lang") && samePackage.contains(simple));
            } else {
                clash = shadowed || bySimpleName.get(simple) > 1 || samePackage.contains(simple)
                        || JavaLang.TYPE_NAMES.contains(simple);
            }
            spelling.put(type, clash ? type : simple);
        }
        return spelling;
    }

    /** A type named only in a comment: its simple name where that means the type anyway, else its full name. */
    private static String commentSpelling(String type, String packageName, Map<String, String> codeSpellings,
            Set<String> codeSpelled) {
        String code = codeSpellings.get(type);
        if (code != null) {
            return code;
        }
        return isImplicit(type, packageName) && !codeSpelled.contains(simpleName(type)) ? simpleName(type) : type;
    }

    private static boolean isImplicit(String type, String packageName) {
        String pkg = packageOf(type);
        return pkg.equals(packageName) || pkg.equals("java.lang") || pkg.isEmpty();
    }

    private static String withImports(StringBuilder source, Set<String> imports) {
        int at = source.indexOf(TypeMarkers.IMPORTS + "\n");
        if (at < 0) {
            if (!imports.isEmpty()) {
                throw new IllegalStateException("the template writes types to import but no " + TypeMarkers.IMPORTS + " line");
            }
            return source.toString();
        }
        StringBuilder block = new StringBuilder();
        imports.forEach(type -> block.append("import ").append(type).append(";\n"));
        if (!imports.isEmpty()) {
            block.append('\n');
        }
        return source.replace(at, at + TypeMarkers.IMPORTS.length() + 1, block.toString()).toString();
    }

    /**
     * Adds the names of the types declared in the code between {@code from} and {@code to}: each
     * word after {@code class}, {@code interface}, {@code enum} or {@code record} standing as a
     * word of its own and followed by white space.
     */
    private static void declarations(String source, int from, int to, Set<String> declared) {
        int i = from;
        while (i < to) {
            char c = source.charAt(i);
            boolean mayStart = (c == 'c' || c == 'i' || c == 'e' || c == 'r') && (i == from || !isWord(source.charAt(i - 1)));
            int keywordEnd = mayStart ? keywordEnd(source, i, to) : -1;
            if (keywordEnd < 0) {
                i++;
                continue;
            }
            int name = keywordEnd;
            while (name < to && isSpace(source.charAt(name))) {
                name++;
            }
            int nameEnd = name;
            while (nameEnd < to && TypeMarkers.isNamePart(source.charAt(nameEnd), true)) {
                nameEnd++;
            }
            if (name > keywordEnd && nameEnd > name) {
                declared.add(source.substring(name, nameEnd));
                i = nameEnd;
            } else {
                i++;
            }
        }
    }

    /** The index after a declaring keyword that starts at {@code at}, or -1. */
    private static int keywordEnd(String source, int at, int to) {
        for (String keyword : DECLARING) {
            if (at + keyword.length() <= to && source.startsWith(keyword, at)) {
                return at + keyword.length();
            }
        }
        return -1;
    }

    /** A character a regular expression's word boundary counts as part of a word. */
    private static boolean isWord(char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static String qualified(String packageName, String simpleName) {
        return packageName.isEmpty() ? simpleName : packageName + "." + simpleName;
    }

    private static String packageOf(String qualified) {
        int dot = qualified.lastIndexOf('.');
        return dot < 0 ? "" : qualified.substring(0, dot);
    }

    private static String simpleName(String qualified) {
        return qualified.substring(qualified.lastIndexOf('.') + 1);
    }
}
