package dev.oasis.generator.refine;

import dev.oasis.generator.model.EnumType;
import dev.oasis.generator.model.FormField;
import dev.oasis.generator.model.Operation;
import dev.oasis.generator.model.Parameter;
import dev.oasis.generator.model.PartHeader;
import dev.oasis.generator.model.Property;
import dev.oasis.generator.model.SecurityScheme;
import dev.oasis.generator.model.TypeDefinition;
import dev.oasis.generator.model.UnionType;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Every identifier the output contains that depends on the spec, as the {@link NamingPass} gave
 * them out: valid, collision-free within their scope and the same on every run. Render reads names
 * here and invents none.
 */
public final class JavaNames {

    /** What a name is for, for elements that have more than one. */
    enum Role {
        TYPE, FIELD, GETTER, SHARED_CODEC, CONSTANT, VARIANT, METHOD, WITH_HTTP_INFO, ASYNC,
        WITH_HTTP_INFO_ASYNC, REQUEST, STREAMED, PAGINATED, PAGINATION_CONSTANT, OPTIONS_CLASS, OPTIONS_PARAMETER, BODY_PARAMETER,
        PARAMETER, CREDENTIAL_SETTER
    }

    private final Map<Object, Map<Role, String>> names = new IdentityHashMap<>();
    private final Map<String, String> apiClasses = new HashMap<>();

    /** A tag for a name scope: an element of the model in one role, compared by identity. */
    static final class Tag {

        private final Object element;
        private final Role role;

        Tag(Object element, Role role) {
            this.element = element;
            this.role = role;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Tag tag && tag.element == element && tag.role == role;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(element) * 31 + role.hashCode();
        }

        @Override
        public String toString() {
            return role + " of " + element;
        }
    }

    /** Records the API class of an operation tag. */
    void apiClass(String tag, String name) {
        apiClasses.put(tag, name);
    }

    /** Records the name a scope gave a tag. */
    void put(Tag tag, String name) {
        names.computeIfAbsent(tag.element, e -> new EnumMap<>(Role.class)).put(tag.role, name);
    }

    private String get(Object element, Role role) {
        Map<Role, String> roles = names.get(element);
        String name = roles == null ? null : roles.get(role);
        if (name == null) {
            throw new IllegalStateException("no Java name was given to the " + role + " of " + element);
        }
        return name;
    }

    /** The simple class name of a type. */
    public String typeName(TypeDefinition definition) {
        return get(definition, Role.TYPE);
    }

    /** The API class name for an operation tag. */
    public String apiClassName(String tag) {
        String name = apiClasses.get(tag);
        if (name == null) {
            throw new IllegalStateException("no API class was given to tag " + tag);
        }
        return name;
    }

    /** The field name of a property, also its builder method's and that method's parameter's. */
    public String fieldName(Property property) {
        return get(property, Role.FIELD);
    }

    /** The getter name of a property. */
    public String getterName(Property property) {
        return get(property, Role.GETTER);
    }

    /** The name of the static constant holding a property's codec, for properties whose codec is built once. */
    public String sharedCodecName(Property property) {
        return get(property, Role.SHARED_CODEC);
    }

    /** The constant name of an enum value. */
    public String constantName(EnumType.EnumValue value) {
        return get(value, Role.CONSTANT);
    }

    /** The nested record name of a union variant. */
    public String variantName(UnionType.Variant variant) {
        return get(variant, Role.VARIANT);
    }

    /** The blocking method of an operation. */
    public String methodName(Operation operation) {
        return get(operation, Role.METHOD);
    }

    /** The method of an operation that also returns status and headers. */
    public String withHttpInfoName(Operation operation) {
        return get(operation, Role.WITH_HTTP_INFO);
    }

    /** The non-blocking method of an operation. */
    public String asyncName(Operation operation) {
        return get(operation, Role.ASYNC);
    }

    /** The non-blocking method of an operation that also returns status and headers. */
    public String withHttpInfoAsyncName(Operation operation) {
        return get(operation, Role.WITH_HTTP_INFO_ASYNC);
    }

    /** The private method that builds an operation's request. */
    public String requestMethodName(Operation operation) {
        return get(operation, Role.REQUEST);
    }

    /** The method of an operation with a binary or text response that returns the body as a stream. */
    public String streamedName(Operation operation) {
        return get(operation, Role.STREAMED);
    }

    /** The method of a paginated operation that returns the items of every page, fetched lazily. */
    public String paginatedName(Operation operation) {
        return get(operation, Role.PAGINATED);
    }

    /** The constant of an API class that holds how a paginated operation's pages follow each other. */
    public String paginationConstantName(Operation operation) {
        return get(operation, Role.PAGINATION_CONSTANT);
    }

    /** The nested class of an operation's optional parameters. */
    public String optionsClassName(Operation operation) {
        return get(operation, Role.OPTIONS_CLASS);
    }

    /** The Java parameter name of the options object of an operation's methods. */
    public String optionsParameterName(Operation operation) {
        return get(operation, Role.OPTIONS_PARAMETER);
    }

    /** The Java parameter name of an operation's request body. */
    public String bodyParameterName(Operation operation) {
        return get(operation, Role.BODY_PARAMETER);
    }

    /** The Java parameter name of an operation parameter. */
    public String parameterName(Parameter parameter) {
        return get(parameter, Role.PARAMETER);
    }

    /** The Java parameter name of a form body's field. */
    public String parameterName(FormField field) {
        return get(field, Role.PARAMETER);
    }

    /** The Java parameter name of a multipart part's declared header. */
    public String parameterName(PartHeader header) {
        return get(header, Role.PARAMETER);
    }

    /** The {@code ApiClient.Builder} method that sets a security scheme's credential. */
    public String credentialSetterName(SecurityScheme scheme) {
        return get(scheme, Role.CREDENTIAL_SETTER);
    }
}
