package dev.oasis.generator.refine;

import dev.oasis.generator.model.EnumType;
import dev.oasis.generator.model.Operation;
import dev.oasis.generator.model.Parameter;
import dev.oasis.generator.model.Property;
import dev.oasis.generator.model.TypeDefinition;
import dev.oasis.generator.model.UnionType;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The Java names chosen for every element of an {@link dev.oasis.generator.model.ApiModel}: valid,
 * collision-free and the same on every run. Produced by {@link NamingPass}.
 */
public final class JavaNames {

    private final Map<TypeDefinition, String> types = new IdentityHashMap<>();
    private final Map<Object, String> members = new IdentityHashMap<>();
    private final Map<String, String> apiClasses;

    JavaNames(Map<String, String> apiClasses) {
        this.apiClasses = Map.copyOf(apiClasses);
    }

    void type(TypeDefinition definition, String name) {
        types.put(definition, name);
    }

    void member(Object element, String name) {
        members.put(element, name);
    }

    /** The simple class name of a type. */
    public String typeName(TypeDefinition definition) {
        return require(types.get(definition), definition);
    }

    /** The API class name for an operation tag. */
    public String apiClassName(String tag) {
        return require(apiClasses.get(tag), tag);
    }

    /** The field (and builder method) name of a property; getters add {@code get}. */
    public String fieldName(Property property) {
        return require(members.get(property), property);
    }

    /** The method name of an operation. */
    public String methodName(Operation operation) {
        return require(members.get(operation), operation);
    }

    /** The Java parameter name of an operation parameter. */
    public String parameterName(Parameter parameter) {
        return require(members.get(parameter), parameter);
    }

    /** The constant name of an enum value. */
    public String constantName(EnumType.EnumValue value) {
        return require(members.get(value), value);
    }

    /** The nested record name of a union variant. */
    public String variantName(UnionType.Variant variant) {
        return require(members.get(variant), variant);
    }

    private static String require(String name, Object element) {
        if (name == null) {
            throw new IllegalStateException("no Java name was assigned to " + element);
        }
        return name;
    }
}
