package dev.oasis.generator;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.Name;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.SimpleName;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.TypeParameter;
import dev.oasis.generator.refine.JavaLang;
import dev.oasis.generator.render.RenderedFile;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Finds unused and missing imports in generated files, independently of how the generator derives
 * them: an import is unused when no name in the code (comments aside) is its simple name; a type
 * written by a simple name is missing its import when it is not declared in the file, not a type
 * of the file's package, not in {@code java.lang} and not imported.
 */
public final class ImportCheck {

    private ImportCheck() {
    }

    /** One line per problem, {@code path: unused import x} or {@code path: no import for X}; empty when all is well. */
    public static List<String> problems(List<RenderedFile> files) {
        JavaParser parser = new JavaParser(new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17));
        Map<String, Set<String>> typesByPackage = new TreeMap<>();
        for (RenderedFile file : files) {
            if (file.relativePath().endsWith(".java")) {
                String path = file.relativePath();
                int slash = path.lastIndexOf('/');
                typesByPackage.computeIfAbsent(path.substring(0, Math.max(slash, 0)).replace('/', '.'), key -> new HashSet<>())
                        .add(path.substring(slash + 1, path.length() - ".java".length()));
            }
        }
        List<String> problems = new ArrayList<>();
        for (RenderedFile file : files) {
            if (!file.relativePath().endsWith(".java")) {
                continue;
            }
            CompilationUnit unit = parser.parse(file.content()).getResult()
                    .orElseThrow(() -> new AssertionError("cannot parse " + file.relativePath()));
            String packageName = unit.getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
            check(file.relativePath(), unit, typesByPackage.getOrDefault(packageName, Set.of()), problems);
        }
        return problems;
    }

    private static void check(String path, CompilationUnit unit, Set<String> samePackage, List<String> problems) {
        Set<String> imported = new TreeSet<>();
        for (ImportDeclaration declaration : unit.getImports()) {
            if (!declaration.isStatic() && !declaration.isAsterisk()) {
                imported.add(declaration.getName().getIdentifier());
            }
        }
        Set<String> usedNames = new HashSet<>();
        for (SimpleName name : unit.findAll(SimpleName.class)) {
            if (!insideImport(name)) {
                usedNames.add(name.getIdentifier());
            }
        }
        // Annotation names are Names, not SimpleNames: only the first part of a qualified one can be imported.
        List<String> annotations = new ArrayList<>();
        for (AnnotationExpr annotation : unit.findAll(AnnotationExpr.class)) {
            Name name = annotation.getName();
            while (name.getQualifier().isPresent()) {
                name = name.getQualifier().get();
            }
            usedNames.add(name.getIdentifier());
            if (annotation.getName().getQualifier().isEmpty()) {
                annotations.add(name.getIdentifier());
            }
        }
        imported.stream().filter(name -> !usedNames.contains(name)).forEach(name -> problems.add(path + ": unused import " + name));
        Set<String> known = new HashSet<>(imported);
        known.addAll(samePackage);
        known.addAll(JavaLang.TYPE_NAMES);
        unit.findAll(TypeDeclaration.class).forEach(type -> known.add(type.getNameAsString()));
        unit.findAll(TypeParameter.class).forEach(parameter -> known.add(parameter.getNameAsString()));
        // Variables (and package names, which start in lower case) that a parser cannot tell from types.
        Set<String> variables = new HashSet<>();
        unit.findAll(VariableDeclarator.class).forEach(variable -> variables.add(variable.getNameAsString()));
        unit.findAll(Parameter.class).forEach(parameter -> variables.add(parameter.getNameAsString()));
        Set<String> missing = new TreeSet<>();
        for (ClassOrInterfaceType type : unit.findAll(ClassOrInterfaceType.class)) {
            if (type.getScope().isEmpty() && isTypeName(type.getNameAsString(), known, variables)) {
                missing.add(type.getNameAsString());
            }
        }
        annotations.stream().filter(name -> isTypeName(name, known, variables)).forEach(missing::add);
        for (NameExpr name : unit.findAll(NameExpr.class)) {
            boolean scope = name.getParentNode().filter(parent -> parent instanceof FieldAccessExpr
                    || parent instanceof MethodCallExpr || parent instanceof MethodReferenceExpr).isPresent();
            if (scope && isTypeName(name.getNameAsString(), known, variables)) {
                missing.add(name.getNameAsString());
            }
        }
        missing.forEach(name -> problems.add(path + ": no import for " + name));
    }

    /** True for a name that must be a type nobody declared or imported. */
    private static boolean isTypeName(String name, Set<String> known, Set<String> variables) {
        return !known.contains(name) && !variables.contains(name) && !Character.isLowerCase(name.charAt(0));
    }

    private static boolean insideImport(Node node) {
        for (Node at = node; at != null; at = at.getParentNode().orElse(null)) {
            if (at instanceof ImportDeclaration) {
                return true;
            }
        }
        return false;
    }
}
