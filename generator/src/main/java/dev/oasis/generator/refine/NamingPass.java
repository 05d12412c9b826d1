package dev.oasis.generator.refine;

import dev.oasis.generator.model.ApiModel;
import dev.oasis.generator.model.Body;
import dev.oasis.generator.model.EnumType;
import dev.oasis.generator.model.FormField;
import dev.oasis.generator.model.ObjectType;
import dev.oasis.generator.model.Operation;
import dev.oasis.generator.model.Parameter;
import dev.oasis.generator.model.PartHeader;
import dev.oasis.generator.model.Property;
import dev.oasis.generator.model.Response;
import dev.oasis.generator.model.SecurityScheme;
import dev.oasis.generator.model.TypeDefinition;
import dev.oasis.generator.model.TypeRef;
import dev.oasis.generator.model.UnionType;
import dev.oasis.generator.refine.JavaNames.Role;
import dev.oasis.generator.refine.JavaNames.Tag;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Gives out every spec-dependent identifier of the output through {@link NameScope}s, one per
 * Java scope: the types of the model and API packages, each class's fields, getters, constants,
 * nested types and methods, each method's parameters, and the credential setters of the client's
 * builder. Each scope first reserves what the templates, the runtime and Java itself declare
 * there, so a spec name can never collide with them: a schema may be named {@code String},
 * {@code ApiClient} or {@code Builder} and a property {@code builder} or {@code class}.
 */
public final class NamingPass {

    /** Device names Windows refuses as file names, whatever the extension and case. */
    private static final List<String> DEVICE_NAMES = List.of("CON", "PRN", "AUX", "NUL",
            "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
            "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");

    private final JavaNames names = new JavaNames();
    private final Set<String> reservedTypeNames = new HashSet<>();
    private final Collection<String> clientBuilderMethods;
    private final Set<String> packageRoots = new HashSet<>();
    private final ModelNaming modelNaming;

    private NamingPass(Collection<String> runtimeClassNames, Collection<String> clientBuilderMethods,
            Collection<String> packages, ModelNaming modelNaming) {
        this.clientBuilderMethods = clientBuilderMethods;
        this.modelNaming = modelNaming;
        packages.forEach(name -> packageRoots.add(name.split("\\.")[0]));
        for (Collection<String> reserved : List.of(JavaLang.TYPE_NAMES, DEVICE_NAMES, runtimeClassNames,
                TemplateDeclarations.MODEL_NESTED_TYPES, List.of(TemplateDeclarations.CLIENT_CLASS))) {
            reserved.forEach(name -> reservedTypeNames.add(name.toLowerCase(Locale.ROOT)));
        }
    }

    /**
     * Names everything in the model.
     *
     * @param model the model
     * @param runtimeClassNames the simple names of the runtime's classes, read from its sources
     * @param clientBuilderMethods the methods the runtime's client builder declares
     * @param basePackage the base package, whose first segment no parameter may shadow
     */
    public static JavaNames run(ApiModel model, Collection<String> runtimeClassNames, Collection<String> clientBuilderMethods,
            String basePackage) {
        return run(model, runtimeClassNames, clientBuilderMethods, List.of(basePackage), ModelNaming.NONE);
    }

    /**
     * Names everything in the model, model classes with the team's prefix and suffix.
     *
     * @param model the model
     * @param runtimeClassNames the simple names of the runtime's classes, read from its sources
     * @param clientBuilderMethods the methods the runtime's client builder declares
     * @param packages the packages the output refers to by qualified name, whose first segments no
     *     parameter may shadow
     * @param modelNaming the prefix and suffix of model class names
     */
    public static JavaNames run(ApiModel model, Collection<String> runtimeClassNames, Collection<String> clientBuilderMethods,
            Collection<String> packages, ModelNaming modelNaming) {
        NamingPass pass = new NamingPass(runtimeClassNames, clientBuilderMethods, packages, modelNaming);
        pass.nameTypes(model);
        for (TypeDefinition definition : model.types()) {
            if (definition instanceof ObjectType object) {
                pass.nameMembers(object);
            } else if (definition instanceof EnumType enumType) {
                pass.nameConstants(enumType);
            } else if (definition instanceof UnionType union) {
                pass.nameVariants(union);
            }
        }
        pass.nameApis(model.operations());
        pass.nameCredentialSetters(model.securitySchemes());
        return pass.names;
    }

    /**
     * The model package: schemas named in {@code components/schemas} first, so that an inline
     * schema whose derived name is a component's name is the one that gets a suffix. A reserved
     * name gets {@code Model} appended. The team's prefix and suffix go around every name.
     */
    private void nameTypes(ApiModel model) {
        NameScope types = new NameScope();
        List<TypeDefinition> ordered = new ArrayList<>();
        model.types().stream().filter(NamingPass::isComponent).forEach(ordered::add);
        model.types().stream().filter(definition -> !isComponent(definition)).forEach(ordered::add);
        for (TypeDefinition definition : ordered) {
            String wanted = modelNaming.apply(JavaIdentifiers.pascalKeepingCase(definition.specName()));
            boolean reserved = reservedTypeNames.contains(wanted.toLowerCase(Locale.ROOT));
            put(types, reserved ? wanted + "Model" : wanted, definition, Role.TYPE);
        }
    }

    /** True for a schema defined directly under {@code components/schemas} (or a Swagger 2.0 document's {@code definitions}). */
    private static boolean isComponent(TypeDefinition definition) {
        String pointer = definition.origin().pointer();
        String section = pointer.startsWith("/definitions/") ? "/definitions/" : "/components/schemas/";
        return pointer.startsWith(section) && pointer.indexOf('/', section.length()) < 0;
    }

    /** Fields (also builder methods and codec constants) in one scope, getters in another. */
    private void nameMembers(ObjectType object) {
        NameScope declared = new NameScope().reserve(TemplateDeclarations.MODEL_MEMBERS)
                .reserve(TemplateDeclarations.OBJECT_METHODS);
        NameScope fields = new NameScope().reserve(TemplateDeclarations.MODEL_MEMBERS)
                .reserve(TemplateDeclarations.OBJECT_METHODS);
        for (Property property : object.properties()) {
            String wanted = JavaIdentifiers.camel(property.jsonName());
            put(fields, declared.isTaken(wanted) ? wanted + "Value" : wanted, property, Role.FIELD);
        }
        NameScope getters = new NameScope().reserve(TemplateDeclarations.MODEL_METHODS)
                .reserve(TemplateDeclarations.OBJECT_METHODS);
        for (Property property : object.properties()) {
            String field = names.fieldName(property);
            put(getters, "get" + Character.toUpperCase(field.charAt(0)) + field.substring(1), property, Role.GETTER);
            if (sharesCodec(property)) {
                put(fields, "CODEC_" + field, property, Role.SHARED_CODEC);
            }
        }
    }

    /**
     * True when a property's codec is built once into a static constant of its class: for lists,
     * maps and classes of the team's own (whose codecs a method call builds), and for values whose
     * constraints are checked (a pattern is compiled once).
     */
    public static boolean sharesCodec(Property property) {
        TypeRef type = property.type();
        return type instanceof TypeRef.ListOf || type instanceof TypeRef.MapOf || type instanceof TypeRef.External
                || TypeRef.isConstrained(type);
    }

    private void nameConstants(EnumType enumType) {
        NameScope constants = new NameScope().reserve(TemplateDeclarations.ENUM_MEMBERS);
        for (EnumType.EnumValue value : enumType.values()) {
            String wanted = JavaIdentifiers.upperSnake(value.varName().isEmpty() ? value.value() : value.varName());
            boolean declared = TemplateDeclarations.ENUM_MEMBERS.contains(wanted);
            put(constants, declared ? wanted + "_VALUE" : wanted, value, Role.CONSTANT);
        }
    }

    /**
     * Variant records, named after their branch without the union's own name in front; a record
     * named like a type it refers to gets {@code Variant} appended, so it does not hide that type.
     */
    private void nameVariants(UnionType union) {
        String unionName = names.typeName(union);
        List<String> unionWords = JavaIdentifiers.words(unionName);
        Set<String> referenced = new HashSet<>(JavaLang.TYPE_NAMES);
        for (UnionType.Variant variant : union.variants()) {
            if (variant.type() instanceof TypeRef.Named named) {
                referenced.add(names.typeName(named.definition()));
            } else if (variant.type() instanceof TypeRef.External external) {
                referenced.add(external.className().substring(external.className().lastIndexOf('.') + 1));
            }
        }
        NameScope records = new NameScope().reserve(TemplateDeclarations.UNION_MEMBERS).reserve(List.of(unionName))
                .reserve(referenced);
        for (UnionType.Variant variant : union.variants()) {
            String wanted = withoutCommonPrefix(JavaIdentifiers.pascalKeepingCase(variant.name()), unionWords);
            put(records, referenced.contains(wanted) ? wanted + "Variant" : wanted, variant, Role.VARIANT);
        }
    }

    private static String withoutCommonPrefix(String name, List<String> prefixWords) {
        List<String> words = JavaIdentifiers.words(name);
        int common = 0;
        while (common < words.size() - 1 && common < prefixWords.size()
                && words.get(common).equals(prefixWords.get(common))) {
            common++;
        }
        return common == 0 ? name : String.join("", new ArrayList<>(words.subList(common, words.size())));
    }

    /**
     * API classes (one per tag) in the API package; in each, every operation's family of methods
     * and its options class, named together so that no derived name meets another operation's;
     * in each method, the spec's parameters, then the body and options parameters.
     */
    private void nameApis(List<Operation> operations) {
        NameScope apiClasses = new NameScope().reserve(reservedTypeNames);
        Map<String, NameScope> methods = new LinkedHashMap<>();
        Map<String, NameScope> fields = new LinkedHashMap<>();
        Map<String, NameScope> nestedTypes = new LinkedHashMap<>();
        for (Operation operation : operations) {
            String tag = operation.tag();
            if (!methods.containsKey(tag)) {
                String className = apiClasses.newName(JavaIdentifiers.pascalKeepingCase(tag) + "Api", tag);
                names.apiClass(tag, className);
                methods.put(tag, new NameScope().reserve(TemplateDeclarations.OBJECT_METHODS).reserve(TemplateDeclarations.API_METHODS));
                fields.put(tag, new NameScope().reserve(TemplateDeclarations.API_FIELDS));
                nestedTypes.put(tag, new NameScope().reserve(List.of(className)));
            }
            Map<Object, UnaryOperator<String>> family = new LinkedHashMap<>();
            family.put(new Tag(operation, Role.METHOD), UnaryOperator.identity());
            family.put(new Tag(operation, Role.WITH_HTTP_INFO), base -> base + "WithHttpInfo");
            family.put(new Tag(operation, Role.ASYNC), base -> base + "Async");
            family.put(new Tag(operation, Role.WITH_HTTP_INFO_ASYNC), base -> base + "WithHttpInfoAsync");
            family.put(new Tag(operation, Role.REQUEST), base -> base + "Request");
            if (streamsItsResponse(operation)) {
                family.put(new Tag(operation, Role.STREAMED), base -> base + "AsStream");
            }
            if (operation.pagination().isPresent()) {
                family.put(new Tag(operation, Role.PAGINATED), base -> base + "WithPagination");
            }
            methods.get(tag).newNames(JavaIdentifiers.camel(operation.operationId()), family)
                    .forEach((key, name) -> names.put((Tag) key, name));
            String method = names.methodName(operation);
            if (operation.pagination().isPresent()) {
                put(fields.get(tag), JavaIdentifiers.upperSnake(method) + "_PAGINATION", operation, Role.PAGINATION_CONSTANT);
            }
            put(nestedTypes.get(tag), Character.toUpperCase(method.charAt(0)) + method.substring(1) + "Options",
                    operation, Role.OPTIONS_CLASS);
            nameParameters(operation);
        }
    }

    /** Whether an operation's success body is binary or text, which a method can also return as a stream. */
    private static boolean streamsItsResponse(Operation operation) {
        return operation.successResponse().flatMap(Response::body)
                .map(body -> body.encoding() == Body.Encoding.BINARY || body.encoding() == Body.Encoding.TEXT).orElse(false);
    }

    private void nameParameters(Operation operation) {
        // Parameters are also the fields and setters of the options class, and may not hide the
        // base package, which a qualified name in the class may start with.
        NameScope parameters = new NameScope().reserve(TemplateDeclarations.OBJECT_METHODS).reserve(packageRoots);
        for (Parameter parameter : operation.parameters()) {
            put(parameters, JavaIdentifiers.camel(parameter.name()), parameter, Role.PARAMETER);
        }
        List<FormField> formFields = operation.requestBody().map(Body::fields).orElse(List.of());
        for (FormField field : formFields) {
            put(parameters, JavaIdentifiers.camel(field.name()), field, Role.PARAMETER);
        }
        for (FormField field : formFields) {
            for (PartHeader header : field.headers()) {
                put(parameters, JavaIdentifiers.camel(field.name() + " " + header.name()), header, Role.PARAMETER);
            }
        }
        put(parameters, "body", operation, Role.BODY_PARAMETER);
        put(parameters, "options", operation, Role.OPTIONS_PARAMETER);
    }

    private void nameCredentialSetters(List<SecurityScheme> schemes) {
        NameScope setters = new NameScope().reserve(clientBuilderMethods)
                .reserve(TemplateDeclarations.CLIENT_BUILDER_METHODS).reserve(TemplateDeclarations.OBJECT_METHODS);
        for (SecurityScheme scheme : schemes) {
            put(setters, JavaIdentifiers.camel(scheme.key()), scheme, Role.CREDENTIAL_SETTER);
        }
    }

    private void put(NameScope scope, String suggestion, Object element, Role role) {
        Tag tag = new Tag(element, role);
        names.put(tag, scope.newName(suggestion, tag));
    }
}
