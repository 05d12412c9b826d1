package dev.oasis.generator.refine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import dev.oasis.generator.Conventions;
import dev.oasis.generator.GeneratedSources;
import dev.oasis.generator.render.RenderedFile;
import dev.oasis.generator.render.RuntimeSources;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link TemplateDeclarations} lists exactly the names the built-in templates declare besides
 * those named after the spec: generated from a spec whose only names are {@code p} (property),
 * {@code v} (enum value), {@code op} (operation) and {@code k} (security scheme), every other
 * member the output declares must be listed, and every listed member must be declared. Every
 * convention is on, so that the members the conventions add are declared too.
 */
class TemplateDeclarationsTest {

    private static final String SPEC = """
            openapi: 3.0.0
            info: {title: t, version: "1"}
            paths:
              /x:
                get:
                  operationId: op
                  tags: [T]
                  responses:
                    "200":
                      description: ok
                      content:
                        application/json:
                          schema: {$ref: "#/components/schemas/Obj"}
            components:
              securitySchemes:
                k: {type: apiKey, in: header, name: K}
              schemas:
                Obj:
                  type: object
                  properties:
                    p: {type: array, items: {type: string}}
                  additionalProperties: {type: integer}
                En: {type: string, enum: [v]}
                Un:
                  oneOf:
                    - {type: string}
                    - {type: integer}
            """;

    private static List<RenderedFile> files;

    @BeforeAll
    static void generate(@TempDir Path dir) throws IOException {
        Path spec = Files.writeString(dir.resolve("spec.yaml"), SPEC);
        files = GeneratedSources.render(spec, "fx", Conventions.builder().serializableModels(true).generatedAnnotation(true)
                .beanValidation(true).build());
    }

    @Test
    void theModelTemplateDeclaresExactlyTheListedMembers() {
        Set<String> declared = members(unit("fx/model/Obj.java"), Set.of("Obj", "p", "getP", "CODEC_p"));
        Set<String> listed = new TreeSet<>(TemplateDeclarations.MODEL_MEMBERS);
        listed.addAll(TemplateDeclarations.MODEL_METHODS);
        listed.addAll(TemplateDeclarations.MODEL_NESTED_TYPES.subList(0, 1));
        listed.addAll(List.of("equals", "hashCode", "toString"));

        assertEquals(listed, declared);
    }

    @Test
    void theEnumTemplateDeclaresTheListedStaticFields() {
        Set<String> staticFields = new TreeSet<>();
        unit("fx/model/En.java").findAll(FieldDeclaration.class).stream().filter(FieldDeclaration::isStatic)
                .forEach(field -> field.getVariables().forEach(variable -> staticFields.add(variable.getNameAsString())));
        staticFields.remove("V");

        assertEquals(new TreeSet<>(TemplateDeclarations.ENUM_MEMBERS), staticFields);
    }

    @Test
    void theUnionTemplateDeclaresTheListedMembers() {
        Set<String> declared = members(unit("fx/model/Un.java"), Set.of("Un", "StringValue", "IntegerValue", "value", "raw"));

        assertEquals(new TreeSet<>(TemplateDeclarations.UNION_MEMBERS), declared);
    }

    @Test
    void theClientTemplateDeclaresTheListedBuilderMethodsBesidesTheCredentialSetters() {
        ClassOrInterfaceDeclaration builder = unit("fx/ApiClient.java").findAll(ClassOrInterfaceDeclaration.class).stream()
                .filter(type -> type.getNameAsString().equals("Builder")).findFirst().orElseThrow();
        Set<String> methods = new TreeSet<>();
        builder.getMethods().forEach(method -> methods.add(method.getNameAsString()));
        methods.remove("k");

        assertEquals(new TreeSet<>(TemplateDeclarations.CLIENT_BUILDER_METHODS), methods);
        assertEquals(TemplateDeclarations.CLIENT_CLASS, "ApiClient");
        assertEquals(true, RuntimeSources.clientBuilderMethods().containsAll(List.of("baseUrl", "readMode", "retryPolicy")));
    }

    @Test
    void theApiTemplateDeclaresTheListedMembersBesidesTheOperationsMethods() {
        ClassOrInterfaceDeclaration api = unit("fx/api/TApi.java").findAll(ClassOrInterfaceDeclaration.class).stream()
                .filter(type -> type.getNameAsString().equals("TApi")).findFirst().orElseThrow();
        Set<String> methods = new TreeSet<>();
        api.getMethods().forEach(method -> methods.add(method.getNameAsString()));
        methods.removeAll(Set.of("op", "opWithHttpInfo", "opAsync", "opWithHttpInfoAsync", "opRequest"));
        Set<String> fields = new TreeSet<>();
        api.getFields().forEach(field -> field.getVariables().forEach(variable -> fields.add(variable.getNameAsString())));

        assertEquals(new TreeSet<>(TemplateDeclarations.API_METHODS), methods);
        assertEquals(new TreeSet<>(TemplateDeclarations.API_FIELDS), fields);
    }

    /** Every field, method and nested type declared in the file's types, but the given ones. */
    private static Set<String> members(CompilationUnit unit, Set<String> fromTheSpec) {
        Set<String> names = new TreeSet<>();
        for (TypeDeclaration<?> type : unit.findAll(TypeDeclaration.class)) {
            names.add(type.getNameAsString());
            for (BodyDeclaration<?> member : type.getMembers()) {
                if (member instanceof FieldDeclaration field) {
                    field.getVariables().forEach(variable -> names.add(variable.getNameAsString()));
                } else if (member instanceof MethodDeclaration method) {
                    names.add(method.getNameAsString());
                }
            }
        }
        unit.findAll(com.github.javaparser.ast.body.RecordDeclaration.class).forEach(record ->
                record.getParameters().forEach(component -> names.add(component.getNameAsString())));
        names.removeAll(fromTheSpec);
        return names;
    }

    private static CompilationUnit unit(String path) {
        return new JavaParser(new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17)).parse(files.stream().filter(file -> file.relativePath().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + path)).content()).getResult().orElseThrow();
    }

}
