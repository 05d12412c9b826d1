package dev.oasis.generator.model;

/**
 * The part of an object or union type that is known when it is registered (its name and where it
 * stands) and the documentation the builder fills in afterwards. Types are registered before their
 * contents are built so that recursive schemas can refer to themselves.
 */
public abstract sealed class RegisteredDefinition implements TypeDefinition permits ObjectType, UnionType {

    private final String specName;
    private final Origin origin;
    private String description = "";
    private boolean deprecated;

    RegisteredDefinition(String specName, Origin origin) {
        this.specName = specName;
        this.origin = origin;
    }

    @Override
    public final String specName() {
        return specName;
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public final boolean deprecated() {
        return deprecated;
    }

    @Override
    public final Origin origin() {
        return origin;
    }

    /** Sets the description. */
    public final void description(String text) {
        this.description = text;
    }

    /** Marks the type deprecated. */
    public final void deprecated(boolean value) {
        this.deprecated = value;
    }
}
