package dev.oasis.generator.render;

import dev.oasis.generator.model.ApiModel;
import dev.oasis.generator.model.EnumType;
import dev.oasis.generator.model.HierarchyType;
import dev.oasis.generator.model.ObjectType;
import dev.oasis.generator.model.Property;
import dev.oasis.generator.model.ScalarKind;
import dev.oasis.generator.model.TypeRef;
import dev.oasis.generator.model.UnionType;
import dev.oasis.generator.refine.JavaNames;
import dev.oasis.generator.refine.TemplateDeclarations;
import dev.oasis.generator.render.model.EnumVars;
import dev.oasis.generator.render.model.HierarchyVars;
import dev.oasis.generator.render.model.ModelVars;
import dev.oasis.generator.render.model.ProjectVars;
import dev.oasis.generator.render.model.PropertyVars;
import dev.oasis.generator.render.model.UnionVars;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Builds the template data of model, enum, union and hierarchy classes. */
final class TypeVarsFactory {

    private final ProjectVars project;
    private final ApiModel model;
    private final JavaNames names;
    private final JavaTypes types;

    TypeVarsFactory(ProjectVars project, ApiModel model, JavaNames names) {
        this.project = project;
        this.model = model;
        this.names = names;
        this.types = new JavaTypes(names, project);
    }

    ModelVars model(ObjectType object) {
        List<PropertyVars> properties = object.properties().stream().map(this::propertyVars).toList();
        boolean usesDeprecated = object.properties().stream().anyMatch(p -> JavaTypes.refersToDeprecated(p.type()));
        Optional<TypeRef> extras = object.additionalProperties().filter(type -> !(type instanceof TypeRef.Any));
        String className = names.typeName(object);
        return new ModelVars(project, className, docLinesOr(object.description(), className),
                object.deprecated(), usesDeprecated,
                model.supertypesOf(object).stream().map(parent -> types.javaType(new TypeRef.Named(parent)))
                        .collect(Collectors.joining(", ")),
                properties,
                properties.stream().filter(PropertyVars::required).toList(),
                properties.stream().filter(p -> p.required() && !p.readOnly()).toList(),
                properties.stream().filter(p -> p.required() && !p.writeOnly()).toList(),
                properties.stream().filter(PropertyVars::sharedCodec).toList(),
                object.additionalProperties().isPresent(), object.closed(), extras.isPresent(),
                types.javaType(extras.orElse(new TypeRef.Any())), types.codec(extras.orElse(new TypeRef.Any())));
    }

    private PropertyVars propertyVars(Property property) {
        String codec = types.codec(property.type());
        boolean shared = property.type() instanceof TypeRef.ListOf || property.type() instanceof TypeRef.MapOf;
        return new PropertyVars(property.jsonName(), JavaText.literal(property.jsonName()), names.fieldName(property),
                names.getterName(property), types.javaType(property.type()),
                property.nullable() ? types.nullable(property.type()) : types.javaType(property.type()), codec,
                shared ? names.sharedCodecName(property) : codec, shared,
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
                types.codecs() + "." + enumType.valueKind().name(), constants,
                constants.stream().map(EnumVars.Constant::name).collect(Collectors.joining(", ")));
    }

    UnionVars union(UnionType union) {
        List<UnionVars.Variant> variants = new ArrayList<>();
        for (UnionType.Variant variant : union.variants()) {
            variants.add(new UnionVars.Variant(names.variantName(variant), types.javaType(variant.type()),
                    types.codec(variant.type()), Matches.vars(variant.match()), Matches.description(variant.match())));
        }
        List<UnionVars.Variant> checkOrder = union.matchOrder().stream()
                .map(variant -> variants.get(union.variants().indexOf(variant))).toList();
        return new UnionVars(project, names.typeName(union), docLinesOr(union.description(), names.typeName(union)),
                union.deprecated(), union.variants().stream().anyMatch(v -> JavaTypes.refersToDeprecated(v.type())),
                variants, checkOrder);
    }

    HierarchyVars hierarchy(HierarchyType hierarchy) {
        List<HierarchyVars.Subtype> subtypes = new ArrayList<>();
        List<String> permitted = new ArrayList<>();
        for (HierarchyType.Subtype subtype : hierarchy.subtypes()) {
            TypeRef type = new TypeRef.Named(subtype.type());
            subtypes.add(new HierarchyVars.Subtype(types.javaType(type), types.codec(type), Matches.vars(subtype.match())));
            permitted.add(types.javaType(type));
        }
        String className = names.typeName(hierarchy);
        permitted.add(className + "." + TemplateDeclarations.UNKNOWN_RECORD);
        return new HierarchyVars(project, className, docLinesOr(hierarchy.description(), className), hierarchy.deprecated(),
                hierarchy.subtypes().stream().anyMatch(subtype -> subtype.type().deprecated()),
                String.join(", ", permitted), subtypes);
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
}
