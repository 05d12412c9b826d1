package dev.oasis.generator.refine;

import dev.oasis.generator.model.ApiModel;
import dev.oasis.generator.model.EnumType;
import dev.oasis.generator.model.ObjectType;
import dev.oasis.generator.model.Operation;
import dev.oasis.generator.model.Parameter;
import dev.oasis.generator.model.Property;
import dev.oasis.generator.model.TypeDefinition;
import dev.oasis.generator.model.TypeRef;
import dev.oasis.generator.model.UnionType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Chooses Java names for types, properties, operations, parameters, enum constants and union
 * variants. Names that Java or the generated code already use are reserved, so a spec can name a
 * schema {@code String} or a property {@code class} without breaking the output.
 */
public final class NamingPass {

    /**
     * Simple names the generated model files refer to without qualification: {@code java.lang}
     * types and every type the templates import. A schema with one of these names gets a suffix.
     */
    static final Set<String> RESERVED_TYPE_NAMES = Set.of(
            "Object", "String", "Integer", "Long", "Short", "Byte", "Float", "Double", "Boolean", "Character",
            "Number", "Void", "Class", "Enum", "Record", "Error", "Exception", "RuntimeException", "Throwable",
            "Override", "Deprecated", "SuppressWarnings", "FunctionalInterface", "SafeVarargs", "System", "Math",
            "Iterable", "Comparable", "CharSequence", "StringBuilder", "Thread", "Runnable", "Module", "Package",
            "Process", "Runtime", "StackTraceElement", "IllegalStateException", "IllegalArgumentException",
            "NullPointerException", "UnsupportedOperationException", "IOException", "UncheckedIOException",
            "List", "Map", "Set", "ArrayList", "LinkedHashMap", "HashMap", "Collections", "Objects", "Optional", "Arrays",
            "UUID", "OffsetDateTime", "LocalDate", "BigDecimal", "BigInteger", "URI", "JsonNode",
            "JsonGenerator", "JsonParser", "JsonToken", "JsonCodec", "JsonInput", "JsonNullable", "Codecs", "Unions",
            "Builder", "Codec", "Unknown", "ApiClient", "ApiException", "ApiResponse", "ApiRequest",
            // Device names Windows refuses as file names, whatever the extension and case.
            "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
            "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");

    /** {@link #RESERVED_TYPE_NAMES} in lower case: a schema named {@code string} or {@code Con} is reserved too. */
    private static final Set<String> RESERVED_TYPE_NAMES_LOWER = RESERVED_TYPE_NAMES.stream()
            .map(name -> name.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());

    private static final Set<String> RESERVED_MEMBER_NAMES = Set.of(
            "additionalProperties", "putAdditionalProperty", "typedAdditionalProperties", "putTypedAdditionalProperty",
            "build", "builder", "toBuilder", "equals",
            "hashCode", "toString", "getClass", "notify", "notifyAll", "wait", "clone", "finalize", "value",
            "read", "write", "CODEC", "in", "out");

    /** Static members of generated enum classes, which no constant may shadow. */
    private static final Set<String> RESERVED_CONSTANT_NAMES = Set.of("CODEC", "KNOWN", "BY_VALUE");

    private static final Set<String> RESERVED_PARAMETER_NAMES = Set.of("request", "client", "options", "response");

    private NamingPass() {
    }

    /** Names everything in the model. */
    public static JavaNames run(ApiModel model) {
        NameAllocator typeNames = new NameAllocator().reserve(RESERVED_TYPE_NAMES);
        Map<String, String> apiClasses = new LinkedHashMap<>();
        for (Operation operation : model.operations()) {
            apiClasses.computeIfAbsent(operation.tag(),
                    tag -> typeNames.allocate(JavaIdentifiers.pascalKeepingCase(tag) + "Api"));
        }
        JavaNames names = new JavaNames(apiClasses);
        // Schemas named in components/schemas get their names first, so that an inline schema whose
        // derived name happens to be a component's name is the one that gets a suffix, wherever it stands.
        List<TypeDefinition> ordered = new ArrayList<>();
        model.types().stream().filter(NamingPass::isComponent).forEach(ordered::add);
        model.types().stream().filter(definition -> !isComponent(definition)).forEach(ordered::add);
        for (TypeDefinition definition : ordered) {
            String wanted = JavaIdentifiers.pascalKeepingCase(definition.specName());
            boolean reserved = RESERVED_TYPE_NAMES_LOWER.contains(wanted.toLowerCase(Locale.ROOT));
            names.type(definition, typeNames.allocate(reserved ? wanted + "Model" : wanted));
        }
        for (TypeDefinition definition : model.types()) {
            if (definition instanceof ObjectType object) {
                nameProperties(object, names);
            } else if (definition instanceof EnumType enumType) {
                nameConstants(enumType, names);
            } else if (definition instanceof UnionType union) {
                nameVariants(union, names);
            }
        }
        nameOperations(model.operations(), names);
        return names;
    }

    /** True for a schema defined directly under {@code components/schemas} (or a Swagger 2.0 document's {@code definitions}). */
    private static boolean isComponent(TypeDefinition definition) {
        String pointer = definition.origin().pointer();
        String section = pointer.startsWith("/definitions/") ? "/definitions/" : "/components/schemas/";
        return pointer.startsWith(section) && pointer.indexOf('/', section.length()) < 0;
    }

    private static void nameProperties(ObjectType object, JavaNames names) {
        NameAllocator fields = new NameAllocator().reserve(RESERVED_MEMBER_NAMES);
        for (Property property : object.properties()) {
            String wanted = JavaIdentifiers.camel(property.jsonName());
            names.member(property, fields.allocate(RESERVED_MEMBER_NAMES.contains(wanted) ? wanted + "Value" : wanted));
        }
    }

    private static void nameConstants(EnumType enumType, JavaNames names) {
        NameAllocator constants = new NameAllocator().reserve(RESERVED_CONSTANT_NAMES);
        for (EnumType.EnumValue value : enumType.values()) {
            String source = value.varName().isEmpty() ? value.value() : value.varName();
            String wanted = JavaIdentifiers.upperSnake(source);
            names.member(value, constants.allocate(RESERVED_CONSTANT_NAMES.contains(wanted) ? wanted + "_VALUE" : wanted));
        }
    }

    private static void nameVariants(UnionType union, JavaNames names) {
        String unionName = names.typeName(union);
        List<String> unionWords = JavaIdentifiers.words(unionName);
        NameAllocator variants = new NameAllocator().reserve(Set.of(unionName, "Unknown", "Codec"));
        Set<String> referencedNames = new java.util.HashSet<>(RESERVED_TYPE_NAMES);
        for (UnionType.Variant variant : union.variants()) {
            if (variant.type() instanceof TypeRef.Named named) {
                referencedNames.add(names.typeName(named.definition()));
            }
        }
        variants.reserve(referencedNames);
        for (UnionType.Variant variant : union.variants()) {
            String wanted = withoutCommonPrefix(JavaIdentifiers.pascalKeepingCase(variant.name()), unionWords);
            if (referencedNames.contains(wanted)) {
                wanted = wanted + "Variant";
            }
            names.member(variant, variants.allocate(wanted));
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

    private static void nameOperations(List<Operation> operations, JavaNames names) {
        Map<String, NameAllocator> methodsPerApi = new LinkedHashMap<>();
        for (Operation operation : operations) {
            NameAllocator methods = methodsPerApi.computeIfAbsent(operation.tag(), tag -> new NameAllocator()
                    .reserve(Set.of("equals", "hashCode", "toString", "getClass", "notify", "notifyAll", "wait")));
            names.member(operation, methods.allocate(JavaIdentifiers.camel(operation.operationId())));
            NameAllocator parameters = new NameAllocator().reserve(RESERVED_PARAMETER_NAMES);
            for (Parameter parameter : operation.parameters()) {
                names.member(parameter, parameters.allocate(JavaIdentifiers.camel(parameter.name())));
            }
        }
    }
}
