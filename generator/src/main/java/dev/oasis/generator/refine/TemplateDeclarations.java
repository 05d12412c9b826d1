package dev.oasis.generator.refine;

import java.util.List;

/**
 * The names the built-in templates declare themselves in the classes they write, which no name
 * taken from the spec may take in the same scope. {@code TemplateDeclarationsTest} checks these
 * lists against what the templates really declare, so the two cannot drift.
 */
public final class TemplateDeclarations {

    /** Methods every Java class has. */
    public static final List<String> OBJECT_METHODS = List.of(
            "equals", "hashCode", "toString", "getClass", "notify", "notifyAll", "wait", "clone", "finalize");

    /** The builder class {@code model.mustache} nests in every model class. */
    public static final String BUILDER_CLASS = "Builder";

    /** The record {@code union.mustache} and {@code hierarchy.mustache} nest for payloads no branch matches. */
    public static final String UNKNOWN_RECORD = "Unknown";

    /** Types the templates nest in the classes of the model package. */
    public static final List<String> MODEL_NESTED_TYPES = List.of(BUILDER_CLASS, UNKNOWN_RECORD);

    /**
     * Fields and methods of a model class and its builder ({@code model.mustache}) besides those
     * named after properties; property fields, builder methods and codec constants avoid them.
     */
    public static final List<String> MODEL_MEMBERS = List.of(
            "CODEC", "CODEC_TYPED_ADDITIONAL_PROPERTIES", "additionalProperties", "typedAdditionalProperties",
            "putAdditionalProperty", "putTypedAdditionalProperty", "build", "builder", "toBuilder", "read", "write",
            "serialVersionUID");

    /** Methods of a model class besides the getters of its properties; getters avoid them. */
    public static final List<String> MODEL_METHODS = List.of(
            "getAdditionalProperties", "getTypedAdditionalProperties", "builder", "toBuilder", "read", "write");

    /** Static members of an enum class ({@code enum.mustache}); constants avoid them. */
    public static final List<String> ENUM_MEMBERS = List.of("CODEC", "KNOWN", "BY_VALUE", "serialVersionUID");

    /**
     * Members of a union interface ({@code union.mustache}) and of its variant records (their codec
     * and test constants); variant records avoid them.
     */
    public static final List<String> UNION_MEMBERS = List.of("CODEC", "RULE", UNKNOWN_RECORD, "read", "write");

    /** Methods {@code api.mustache} declares in every API class besides the operations' methods. */
    public static final List<String> API_METHODS = List.of("withOptions");

    /** Fields {@code api.mustache} declares in every API class besides the operations' pagination constants. */
    public static final List<String> API_FIELDS = List.of("client");

    /** Methods {@code client.mustache} declares in {@code ApiClient.Builder} besides the credential setters. */
    public static final List<String> CLIENT_BUILDER_METHODS = List.of("build", "executor", "self");

    /** The class {@code client.mustache} writes into the base package. */
    public static final String CLIENT_CLASS = "ApiClient";

    private TemplateDeclarations() {
    }
}
