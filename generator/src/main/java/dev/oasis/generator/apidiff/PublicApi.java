package dev.oasis.generator.apidiff;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.nodeTypes.NodeWithModifiers;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The public API of Java sources, read with JavaParser: every public type, field, enum constant,
 * constructor and method (record components count as accessor methods), each keyed by what a
 * caller names it by and mapped to its signature.
 */
final class PublicApi {

    private final JavaParser parser = new JavaParser(new ParserConfiguration()
            .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17));

    /** The public elements of one source file; empty when it does not parse. */
    Map<String, String> of(String source) {
        Map<String, String> elements = new TreeMap<>();
        ParseResult<CompilationUnit> result = parser.parse(source);
        result.getResult().ifPresent(unit -> {
            String packagePrefix = unit.getPackageDeclaration().map(p -> p.getNameAsString() + ".").orElse("");
            for (TypeDeclaration<?> type : unit.getTypes()) {
                collect(type, packagePrefix + type.getNameAsString(), false, elements);
            }
        });
        return elements;
    }

    private static void collect(TypeDeclaration<?> type, String name, boolean inInterface, Map<String, String> elements) {
        if (!isPublic(type, inInterface)) {
            return;
        }
        elements.put("type " + name, kindOf(type));
        boolean interfaceBody = type.isClassOrInterfaceDeclaration() && type.asClassOrInterfaceDeclaration().isInterface()
                || type.isAnnotationDeclaration();
        if (type instanceof RecordDeclaration record) {
            record.getParameters().forEach(component -> elements.put(
                    "method " + name + "#" + component.getNameAsString() + "()", component.getTypeAsString()));
            elements.put("constructor " + name + "(" + record.getParameters().stream()
                    .map(component -> component.getType().asString()).collect(Collectors.joining(", ")) + ")", "");
        }
        if (type instanceof EnumDeclaration enumeration) {
            for (EnumConstantDeclaration constant : enumeration.getEntries()) {
                elements.put("enum constant " + name + "#" + constant.getNameAsString(), "");
            }
        }
        for (BodyDeclaration<?> member : type.getMembers()) {
            if (member instanceof TypeDeclaration<?> nested) {
                collect(nested, name + "." + nested.getNameAsString(), interfaceBody, elements);
            } else if (member instanceof FieldDeclaration field && isPublic(field, interfaceBody)) {
                field.getVariables().forEach(variable -> elements.put("field " + name + "#" + variable.getNameAsString(),
                        (field.isStatic() || interfaceBody ? "static " : "") + variable.getTypeAsString()));
            } else if (member instanceof MethodDeclaration method && isPublic(method, interfaceBody)) {
                elements.put("method " + name + "#" + signature(method),
                        (method.isStatic() ? "static " : "") + method.getTypeAsString() + throwsClause(method));
            } else if (member instanceof ConstructorDeclaration constructor && isPublic(constructor, false)) {
                elements.put("constructor " + name + signature(constructor).substring(constructor.getNameAsString().length()),
                        throwsClause(constructor));
            }
        }
    }

    private static String signature(CallableDeclaration<?> callable) {
        return callable.getNameAsString() + "(" + callable.getParameters().stream()
                .map(parameter -> parameter.getType().asString() + (parameter.isVarArgs() ? "..." : ""))
                .collect(Collectors.joining(", ")) + ")";
    }

    private static String throwsClause(CallableDeclaration<?> callable) {
        return callable.getThrownExceptions().isEmpty() ? "" : " throws " + callable.getThrownExceptions().stream()
                .map(Node::toString).collect(Collectors.joining(", "));
    }

    private static boolean isPublic(NodeWithModifiers<?> member, boolean inInterface) {
        return member.hasModifier(Modifier.Keyword.PUBLIC)
                || inInterface && !member.hasModifier(Modifier.Keyword.PRIVATE);
    }

    private static String kindOf(TypeDeclaration<?> type) {
        if (type.isEnumDeclaration()) {
            return "enum";
        }
        if (type.isRecordDeclaration()) {
            return "record";
        }
        if (type.isAnnotationDeclaration()) {
            return "annotation";
        }
        return type.asClassOrInterfaceDeclaration().isInterface() ? "interface" : "class";
    }
}
