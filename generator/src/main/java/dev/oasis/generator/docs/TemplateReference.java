package dev.oasis.generator.docs;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.javadoc.Javadoc;
import com.github.javaparser.javadoc.JavadocBlockTag;
import dev.oasis.generator.render.Renderer;
import dev.oasis.generator.render.TemplateSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Writes the template data model reference ({@code templates/REFERENCE.md}): which template renders
 * which record, and every record of {@code render/model} with each field's type and Javadoc, read
 * from the source with JavaParser. Run from the repository root:
 * {@code java -cp generator/target/generator-cli.jar dev.oasis.generator.docs.TemplateReference}.
 */
public final class TemplateReference {

    /** Where the template model records live, relative to the repository root. */
    public static final Path MODEL_SOURCES = Path.of("generator/src/main/java/dev/oasis/generator/render/model");

    /** Where the reference is written, relative to the repository root. */
    public static final Path REFERENCE = Path.of("templates/REFERENCE.md");

    private final List<String> undocumented = new ArrayList<>();

    /** Regenerates the reference; the optional argument is the repository root (default: the current folder). */
    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        TemplateReference reference = new TemplateReference();
        String markdown = reference.render(root.resolve(MODEL_SOURCES));
        Files.writeString(root.resolve(REFERENCE), markdown, StandardCharsets.UTF_8);
        reference.undocumented().forEach(field -> System.err.println("warning: no Javadoc for " + field));
    }

    /** The fields (as {@code Record.field}) found without a description by the last {@link #render}. */
    public List<String> undocumented() {
        return List.copyOf(undocumented);
    }

    /** The reference as Markdown, from the record sources in {@code modelSources}. */
    public String render(Path modelSources) {
        undocumented.clear();
        Map<String, RecordDeclaration> records = records(modelSources);
        StringBuilder out = new StringBuilder();
        out.append("# Template data model reference\n\n")
                .append("Generated from the records in `").append(MODEL_SOURCES.toString().replace('\\', '/'))
                .append("` by `").append(TemplateReference.class.getName()).append("`; do not edit by hand.\n\n")
                .append("Every template renders one record. Mustache runs strict: a name that is not a field of the\n")
                .append("record in scope (or of an enclosing section's record) fails the build, naming the template and\n")
                .append("line. Lists and `true` booleans open sections (`{{#operations}}...{{/operations}}`); inside a\n")
                .append("section the list item's fields are in scope, and `{{.}}` is the item itself.\n\n")
                .append("Java types are written as `«package:SimpleName»` and the import block as the line `«imports»`;\n")
                .append("after rendering each type becomes its simple name with an import, or its full name where that\n")
                .append("would be ambiguous. The fields below that hold Java types or expressions hold them in this form.\n\n")
                .append("## Templates\n\n| template | model |\n| --- | --- |\n");
        Renderer.templateModels().forEach((template, model) ->
                out.append("| `").append(template).append("` | ").append(link(model.getSimpleName())).append(" |\n"));
        out.append('\n');
        List<String> partials = TemplateSource.builtInNames().stream()
                .filter(name -> !Renderer.templateModels().containsKey(name)).toList();
        if (!partials.isEmpty()) {
            out.append("Partials (").append(String.join(", ", partials.stream().map(name -> "`" + name + "`").toList()))
                    .append(") render with the record of the template that includes them.\n");
        }
        out.append("Extra templates render with the record of their scope: `model` with the type's ")
                .append(link("ModelVars")).append(", ").append(link("EnumVars")).append(", ").append(link("UnionVars"))
                .append(" or ").append(link("HierarchyVars")).append(" (all four have `project` and `className`), `api` with ").append(link("ApiVars"))
                .append(", `once` with ").append(link("ClientVars")).append(".\n");
        records.forEach((name, record) -> appendRecord(out, name, record));
        return out.toString();
    }

    private void appendRecord(StringBuilder out, String name, RecordDeclaration record) {
        Optional<Javadoc> javadoc = record.getJavadoc();
        out.append("\n## ").append(name).append("\n\n");
        javadoc.map(doc -> text(doc.getDescription().toText())).filter(text -> !text.isEmpty())
                .ifPresent(text -> out.append(text).append("\n\n"));
        out.append("| field | type | meaning |\n| --- | --- | --- |\n");
        Map<String, String> params = new LinkedHashMap<>();
        javadoc.ifPresent(doc -> doc.getBlockTags().stream().filter(tag -> tag.getType() == JavadocBlockTag.Type.PARAM)
                .forEach(tag -> params.put(tag.getName().orElse(""), text(tag.getContent().toText()))));
        record.getParameters().forEach(component -> {
            String field = component.getNameAsString();
            String meaning = params.getOrDefault(field, "");
            if (meaning.isEmpty()) {
                undocumented.add(name + "." + field);
            }
            row(out, field, component.getType().asString(), meaning);
        });
        for (MethodDeclaration method : record.getMethods()) {
            if (method.isPublic() && !method.isStatic() && method.getParameters().isEmpty()) {
                String meaning = method.getJavadoc().map(doc -> text(doc.getDescription().toText())).orElse("");
                if (meaning.isEmpty()) {
                    undocumented.add(name + "." + method.getNameAsString() + "()");
                }
                row(out, method.getNameAsString(), method.getType().asString(), meaning + " (computed)");
            }
        }
    }

    private static void row(StringBuilder out, String field, String type, String meaning) {
        out.append("| `").append(field).append("` | `").append(type).append("` | ")
                .append(meaning.replace("|", "\\|")).append(" |\n");
    }

    /** Every record in the folder's sources, nested ones as {@code Outer.Inner}: template models first, then by name. */
    private static Map<String, RecordDeclaration> records(Path folder) {
        JavaParser parser = new JavaParser(new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17));
        Map<String, RecordDeclaration> found = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java")).sorted()::iterator) {
                CompilationUnit unit = parser.parse(Files.readString(file, StandardCharsets.UTF_8)).getResult()
                        .orElseThrow(() -> new IllegalStateException("cannot parse " + file));
                for (RecordDeclaration record : unit.findAll(RecordDeclaration.class)) {
                    found.put(qualifiedName(record), record);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the template model sources in " + folder, e);
        }
        List<String> templateModels = Renderer.templateModels().values().stream().map(Class::getSimpleName).distinct().toList();
        Map<String, RecordDeclaration> ordered = new LinkedHashMap<>();
        found.keySet().stream()
                .sorted(Comparator.comparingInt((String name) -> rank(templateModels, name)).thenComparing(Comparator.naturalOrder()))
                .forEach(name -> ordered.put(name, found.get(name)));
        return ordered;
    }

    private static int rank(List<String> templateModels, String name) {
        int index = templateModels.indexOf(name);
        return index < 0 ? templateModels.size() : index;
    }

    private static String qualifiedName(RecordDeclaration record) {
        String name = record.getNameAsString();
        Optional<com.github.javaparser.ast.Node> parent = record.getParentNode();
        while (parent.isPresent() && parent.get() instanceof com.github.javaparser.ast.body.TypeDeclaration<?> type) {
            name = type.getNameAsString() + "." + name;
            parent = type.getParentNode();
        }
        return name;
    }

    private static String link(String record) {
        return "[`" + record + "`](#" + record.toLowerCase(java.util.Locale.ROOT).replace(".", "") + ")";
    }

    /** Javadoc text as one Markdown line: inline tags as code, whitespace collapsed. */
    private static String text(String javadoc) {
        return javadoc.replaceAll("\\{@(?:code|literal) ([^}]*)}", "`$1`")
                .replaceAll("\\{@link(?:plain)? ([^}]*)}", "`$1`")
                .replaceAll("\\s+", " ").trim();
    }
}
