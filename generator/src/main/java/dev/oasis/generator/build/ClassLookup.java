package dev.oasis.generator.build;

/**
 * Tells whether a class exists where the generated code will be compiled: on a Maven project's
 * compile classpath or among its sources. The generator asks it about every class the
 * {@code schemaMappings} and {@code typeMappings} name.
 */
@FunctionalInterface
public interface ClassLookup {

    /** Takes every class to exist, for callers that cannot tell (the command line). */
    ClassLookup ANY = className -> true;

    /**
     * Whether the class exists.
     *
     * @param className the qualified name, nested classes joined with dots
     * @return true when it exists
     */
    boolean exists(String className);
}
