package dev.oasis.generator.render;

import dev.oasis.generator.model.ApiModel;
import dev.oasis.generator.model.EnumType;
import dev.oasis.generator.model.HierarchyType;
import dev.oasis.generator.model.ObjectType;
import dev.oasis.generator.model.Property;
import dev.oasis.generator.model.ScalarKind;
import dev.oasis.generator.model.TypeDefinition;
import dev.oasis.generator.model.TypeRef;
import dev.oasis.generator.model.UnionType;
import dev.oasis.generator.javasource.TypeMarkers;
import dev.oasis.generator.refine.JavaNames;
import dev.oasis.generator.refine.NamingPass;
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
    private final RuleExpressions rules;
    private final BeanValidation validation;

    TypeVarsFactory(ProjectVars project, ApiModel model, JavaNames names) {
        this.project = project;
        this.model = model;
        this.names = names;
        this.types = new JavaTypes(names, project);
        this.rules = new RuleExpressions(project.jsonPackage());
        this.validation = new BeanValidation(project.beanValidation());
    }

    ModelVars model(ObjectType object) {
        List<PropertyVars> properties = object.properties().stream().map(this::propertyVars).toList();
        boolean usesDeprecated = object.properties().stream().anyMatch(p -> JavaTypes.refersToDeprecated(p.type()));
        Optional<TypeRef> extras = object.additionalProperties().filter(type -> !(type instanceof TypeRef.Any));
        String className = names.typeName(object);
        List<String> supertypes = new ArrayList<>();
        if (project.serializableModels()) {
            supertypes.add(TypeMarkers.of("java.io", "Serializable"));
        }
        model.supertypesOf(object).forEach(parent -> supertypes.add(types.javaType(new TypeRef.Named(parent))));
        return new ModelVars(project, className, docLinesOr(object),
                object.deprecated(), usesDeprecated, String.join(", ", supertypes),
                properties,
                properties.stream().filter(PropertyVars::required).toList(),
                properties.stream().filter(p -> p.required() && !p.readOnly()).toList(),
                properties.stream().filter(p -> p.required() && !p.writeOnly()).toList(),
                properties.stream().filter(PropertyVars::sharedCodec).toList(),
                object.additionalProperties().isPresent(), object.closed(), extras.isPresent(),
                types.javaType(extras.orElse(new TypeRef.Any())), types.codec(extras.orElse(new TypeRef.Any())));
    }

    private PropertyVars propertyVars(Property property) {
        boolean shared = NamingPass.sharesCodec(property);
        String codec = shared ? types.checkedCodec(property.type()) : types.codec(property.type());
        return new PropertyVars(property.jsonName(), JavaText.literal(property.jsonName()), names.fieldName(property),
                names.getterName(property), types.javaType(property.type()),
                property.nullable() ? types.nullable(property.type()) : types.javaType(property.type()), codec,
                shared ? names.sharedCodecName(property) : codec, shared,
                property.required(), property.nullable(), property.readOnly(), property.writeOnly(), property.deprecated(),
                docLinesOrName(property), validation.getterAnnotations(property));
    }

    EnumVars enumeration(EnumType enumType) {
        boolean text = enumType.valueKind() == ScalarKind.STRING;
        List<EnumVars.Constant> constants = enumType.values().stream()
                .map(value -> new EnumVars.Constant(names.constantName(value),
                        text ? JavaText.literal(value.value()) : numberLiteral(value.value(), enumType.valueKind()),
                        JavaText.docLines(value.description().isEmpty() ? "Value " + value.value() + "." : value.description())))
                .toList();
        return new EnumVars(project, names.typeName(enumType), docLinesOr(enumType),
                enumType.deprecated(), JavaTypes.scalarType(enumType.valueKind()),
                types.codecs() + "." + enumType.valueKind().name(), constants,
                constants.stream().map(EnumVars.Constant::name).collect(Collectors.joining(", ")));
    }

    UnionVars union(UnionType union) {
        List<UnionVars.Variant> variants = new ArrayList<>();
        for (UnionType.Variant variant : union.variants()) {
            variants.add(new UnionVars.Variant(names.variantName(variant), JavaText.docEscape(variant.name()),
                    types.javaType(variant.type()), types.checkedCodec(variant.type()), rules.expression(variant.test()),
                    RuleWords.describe(variant.test()), validation.cascade(variant.type())));
        }
        List<UnionVars.Variant> checkOrder = union.matchOrder().stream()
                .map(variant -> variants.get(union.variants().indexOf(variant))).toList();
        return new UnionVars(project, names.typeName(union), docLinesOr(union),
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
        return new HierarchyVars(project, className, docLinesOr(hierarchy), hierarchy.deprecated(),
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

    /** The schema's description, or a line naming the schema as the spec does (the class name may carry the team's affixes). */
    private static List<String> docLinesOr(TypeDefinition definition) {
        List<String> lines = JavaText.docLines(definition.description());
        return lines.isEmpty() ? List.of("The {@code " + JavaText.docEscape(definition.specName()) + "} schema.") : lines;
    }

    private static String numberLiteral(String value, ScalarKind kind) {
        return kind == ScalarKind.INT64 ? value + "L" : value;
    }
}
