package dev.oasis.generator.render;

import dev.oasis.generator.model.EnumType;
import dev.oasis.generator.model.JsonKind;
import dev.oasis.generator.model.ObjectType;
import dev.oasis.generator.model.Property;
import dev.oasis.generator.model.ScalarKind;
import dev.oasis.generator.model.TypeRef;
import dev.oasis.generator.model.UnionType;
import dev.oasis.generator.model.VariantMatch;
import dev.oasis.generator.refine.JavaNames;
import dev.oasis.generator.render.model.EnumVars;
import dev.oasis.generator.render.model.ModelVars;
import dev.oasis.generator.render.model.ProjectVars;
import dev.oasis.generator.render.model.PropertyVars;
import dev.oasis.generator.render.model.UnionVars;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Builds the template data of model, enum and union classes. */
final class TypeVarsFactory {

    private final ProjectVars project;
    private final JavaNames names;
    private final JavaTypes types;

    TypeVarsFactory(ProjectVars project, JavaNames names) {
        this.project = project;
        this.names = names;
        this.types = new JavaTypes(names);
    }

    ModelVars model(ObjectType object) {
        Set<String> imports = new TreeSet<>(List.of(
                project.jsonPackage() + ".Codecs", project.jsonPackage() + ".JsonCodec", project.jsonPackage() + ".JsonInput",
                "com.fasterxml.jackson.core.JsonGenerator", "com.fasterxml.jackson.databind.JsonNode",
                "java.io.IOException", "java.util.Arrays", "java.util.Collections", "java.util.LinkedHashMap",
                "java.util.Map", "java.util.Objects"));
        List<PropertyVars> properties = new ArrayList<>();
        boolean usesDeprecated = false;
        for (Property property : object.properties()) {
            types.collectImports(property.type(), project.modelPackage(), imports);
            usesDeprecated |= JavaTypes.refersToDeprecated(property.type());
            properties.add(propertyVars(property));
        }
        Optional<TypeRef> extras = object.additionalProperties().filter(type -> !(type instanceof TypeRef.Any));
        extras.ifPresent(type -> {
            types.collectImports(type, project.modelPackage(), imports);
            imports.add("java.util.Map");
        });
        if (properties.stream().anyMatch(PropertyVars::nullable)) {
            imports.add(project.jsonPackage() + ".JsonNullable");
        }
        return new ModelVars(project, names.typeName(object), docLinesOr(object.description(), names.typeName(object)),
                object.deprecated(), usesDeprecated,
                object.supertypes().stream().map(names::typeName).collect(Collectors.joining(", ")),
                samePackageRemoved(imports), properties,
                properties.stream().filter(PropertyVars::required).toList(),
                properties.stream().filter(p -> p.required() && !p.readOnly()).toList(),
                properties.stream().filter(p -> p.required() && !p.writeOnly()).toList(),
                properties.stream().filter(PropertyVars::sharedCodec).toList(),
                object.additionalProperties().isPresent(), extras.isPresent(),
                extras.map(types::javaType).orElse("JsonNode"), extras.map(types::codec).orElse("Codecs.ANY"));
    }

    private PropertyVars propertyVars(Property property) {
        String field = names.fieldName(property);
        String codec = types.codec(property.type());
        boolean shared = property.type() instanceof TypeRef.ListOf || property.type() instanceof TypeRef.MapOf;
        return new PropertyVars(property.jsonName(), JavaText.literal(property.jsonName()), field,
                "get" + Character.toUpperCase(field.charAt(0)) + field.substring(1),
                types.javaType(property.type()), codec, shared ? "CODEC_" + field : codec, shared,
                property.required(), property.nullable(), property.readOnly(), property.writeOnly(), property.deprecated(),
                docLinesOrName(property));
    }

    EnumVars enumeration(EnumType enumType) {
        boolean text = enumType.valueKind() == ScalarKind.STRING;
        List<EnumVars.Constant> constants = enumType.values().stream()
                .map(value -> new EnumVars.Constant(names.constantName(value),
                        text ? JavaText.literal(value.value()) : numberLiteral(value.value(), enumType.valueKind()),
                        JavaText.docLines(value.description().isEmpty() ? "Value " + value.value() + "." : value.description())))
                .toList();
        return new EnumVars(project, names.typeName(enumType), docLinesOr(enumType.description(), names.typeName(enumType)),
                enumType.deprecated(), JavaTypes.scalarType(enumType.valueKind()),
                "Codecs." + enumType.valueKind().name(), constants,
                constants.stream().map(EnumVars.Constant::name).collect(Collectors.joining(", ")));
    }

    UnionVars union(UnionType union) {
        Set<String> imports = new TreeSet<>(List.of(
                project.jsonPackage() + ".Codecs", project.jsonPackage() + ".JsonCodec", project.jsonPackage() + ".JsonInput",
                project.jsonPackage() + ".Unions", "com.fasterxml.jackson.core.JsonGenerator",
                "com.fasterxml.jackson.databind.JsonNode", "java.io.IOException"));
        List<UnionVars.Variant> variants = new ArrayList<>();
        List<UnionVars.Variant> checkOrder = new ArrayList<>();
        List<UnionType.Variant> sorted = new ArrayList<>(union.variants());
        sorted.sort(Comparator.comparingInt(TypeVarsFactory::specificity));
        for (UnionType.Variant variant : union.variants()) {
            types.collectImports(variant.type(), project.modelPackage(), imports);
            variants.add(variantVars(union, variant));
        }
        for (UnionType.Variant variant : sorted) {
            checkOrder.add(variants.get(union.variants().indexOf(variant)));
        }
        return new UnionVars(project, names.typeName(union), docLinesOr(union.description(), names.typeName(union)),
                union.deprecated(), union.variants().stream().anyMatch(v -> JavaTypes.refersToDeprecated(v.type())),
                union.hierarchy(), union.hierarchy() ? permits(union) : "", samePackageRemoved(imports), variants, checkOrder);
    }

    private String permits(UnionType union) {
        List<String> subtypes = new ArrayList<>();
        for (UnionType.Variant variant : union.variants()) {
            subtypes.add(types.javaType(variant.type()));
        }
        subtypes.add(names.typeName(union) + ".Unknown");
        return String.join(", ", subtypes);
    }

    private UnionVars.Variant variantVars(UnionType union, UnionType.Variant variant) {
        VariantMatch match = variant.match();
        List<String> tests = new ArrayList<>();
        List<String> words = new ArrayList<>();
        if (!match.discriminatorValues().isEmpty()) {
            tests.add("candidate.hasText(" + JavaText.literal(union.discriminatorProperty()) + ", "
                    + match.discriminatorValues().stream().map(JavaText::literal).collect(Collectors.joining(", ")) + ")");
            words.add("whose " + union.discriminatorProperty() + " is " + String.join(" or ", match.discriminatorValues()));
        }
        if (!match.requiredProperties().isEmpty()) {
            tests.add("candidate.hasFields("
                    + match.requiredProperties().stream().map(JavaText::literal).collect(Collectors.joining(", ")) + ")");
            words.add("with " + String.join(", ", match.requiredProperties()));
        }
        String expression = tests.isEmpty() ? kindTest(match.kind()) : String.join(" && ", tests);
        String description = words.isEmpty()
                ? "a JSON " + match.kind().name().toLowerCase(java.util.Locale.ROOT)
                : "an object " + String.join(" and ", words);
        return new UnionVars.Variant(names.variantName(variant), types.javaType(variant.type()),
                types.codec(variant.type()), expression, JavaText.docEscape(description));
    }

    private static String kindTest(JsonKind kind) {
        return switch (kind) {
            case OBJECT -> "candidate.isObject()";
            case ARRAY -> "candidate.isArray()";
            case STRING -> "candidate.isTextual()";
            case INTEGER -> "candidate.isIntegralNumber()";
            case NUMBER -> "candidate.isNumber()";
            case BOOLEAN -> "candidate.isBoolean()";
        };
    }

    /**
     * Lower sorts first: discriminated branches, then those with more required properties, integers
     * before numbers.
     */
    private static int specificity(UnionType.Variant variant) {
        VariantMatch match = variant.match();
        if (!match.discriminatorValues().isEmpty()) {
            return -match.requiredProperties().size();
        }
        if (!match.requiredProperties().isEmpty()) {
            return 1000 - match.requiredProperties().size();
        }
        return match.kind() == JsonKind.NUMBER ? 2001 : 2000;
    }

    private static List<String> docLinesOrName(Property property) {
        List<String> lines = new ArrayList<>(JavaText.docLines(property.description()));
        if (lines.isEmpty()) {
            lines.add("The {@code " + JavaText.docEscape(property.jsonName()) + "} property.");
        }
        if (!property.defaultValue().isEmpty()) {
            lines.add("<p>When absent, the server assumes <code>" + JavaText.docEscape(property.defaultValue()) + "</code>.");
        }
        return lines;
    }

    private static List<String> docLinesOr(String description, String className) {
        List<String> lines = JavaText.docLines(description);
        return lines.isEmpty() ? List.of("The {@code " + className + "} schema.") : lines;
    }

    private static String numberLiteral(String value, ScalarKind kind) {
        return kind == ScalarKind.INT64 ? value + "L" : value;
    }

    private List<String> samePackageRemoved(Set<String> imports) {
        String prefix = project.modelPackage() + ".";
        return imports.stream()
                .filter(name -> !(name.startsWith(prefix) && name.indexOf('.', prefix.length()) < 0))
                .toList();
    }
}
