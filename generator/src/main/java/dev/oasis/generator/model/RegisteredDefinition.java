package dev.oasis.generator.model;

/**
 * The part of an object, union or hierarchy type known when it is registered (its name and where
 * it stands). Types are registered before their contents are built, so that recursive schemas can
 * refer to themselves; the build stage then completes each exactly once, and the model never
 * changes after that.
 */
public abstract sealed class RegisteredDefinition implements TypeDefinition permits ObjectType, UnionType, HierarchyType {

    private final String specName;
    private final Origin origin;
    private String description;
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
        requireComplete();
        return description;
    }

    @Override
    public final boolean deprecated() {
        requireComplete();
        return deprecated;
    }

    @Override
    public final Origin origin() {
        return origin;
    }

    /** True once the build stage has completed the type. */
    public final boolean isComplete() {
        return description != null;
    }

    /** Records the documentation; part of completing the type, which happens once. */
    final void completeDocumentation(String text, boolean isDeprecated) {
        if (description != null) {
            throw new IllegalStateException(this + " is already complete");
        }
        this.description = text;
        this.deprecated = isDeprecated;
    }

    /** Fails when the type is read before the build stage completed it. */
    final void requireComplete() {
        if (description == null) {
            throw new IllegalStateException(this + " is read before the build stage completed it");
        }
    }
}
