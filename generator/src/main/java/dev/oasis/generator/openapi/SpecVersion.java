package dev.oasis.generator.openapi;

/** The versions of the spec format the generator reads. */
public enum SpecVersion {
    /** Swagger 2.0, converted to OpenAPI 3.0 when loaded. */
    SWAGGER_2_0("Swagger 2.0"),
    /** OpenAPI 3.0.x. */
    OPENAPI_3_0("OpenAPI 3.0"),
    /** OpenAPI 3.1.x. */
    OPENAPI_3_1("OpenAPI 3.1");

    private final String title;

    SpecVersion(String title) {
        this.title = title;
    }

    /** The version as people write it, such as {@code OpenAPI 3.1}. */
    public String title() {
        return title;
    }
}
