package dev.oasis.generator.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.oasis.generator.model.ScalarKind;
import dev.oasis.generator.model.TypeRef;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which mappings the generator takes, what they resolve to, and the message for each it refuses. */
class TypeMappingsTest {

    private static String refused(Map<String, String> schemas, Map<String, String> types) {
        return assertThrows(IllegalArgumentException.class, () -> TypeMappings.of(schemas, types)).getMessage();
    }

    @Test
    void aTypeAndFormatMapsExactlyThatPairAndATypeEveryFormatThatKeepsItsJavaType() {
        TypeMappings mappings = TypeMappings.of(Map.of(), Map.of("string+date-time", "java.time.Instant", "number", "double",
                "string", "com.acme.Text"));

        assertEquals(Optional.of(new TypeRef.Scalar(ScalarKind.INSTANT)), mappings.forScalar("string", "date-time"));
        assertEquals(Optional.of(new TypeRef.Scalar(ScalarKind.DOUBLE)), mappings.forScalar("number", ""));
        assertEquals(Optional.empty(), mappings.forScalar("number", "float"), "float has a Java type of its own");
        assertEquals(Optional.of(new TypeRef.External("com.acme.Text", "string")), mappings.forScalar("string", "email"));
        assertEquals(Optional.empty(), mappings.forScalar("string", "uuid"));
        assertEquals(Optional.empty(), mappings.forScalar("integer", ""));
    }

    @Test
    void primitivesAndSimpleJavaLangNamesMeanTheRuntimesOwnTypes() {
        TypeMappings mappings = TypeMappings.of(Map.of("Amount", "java.math.BigDecimal"), Map.of("integer", "int"));

        assertEquals(Optional.of(new TypeRef.Scalar(ScalarKind.INT32)), mappings.forScalar("integer", "int64"));
        assertEquals(Optional.of(new TypeRef.Scalar(ScalarKind.DECIMAL)), mappings.forSchema("Amount", "number"));
        assertEquals(Map.of("integer", "java.lang.Integer"), mappings.typeMappings());
    }

    @Test
    void onlyTheTeamsOwnClassesAreLookedUp() {
        TypeMappings mappings = TypeMappings.of(Map.of("Money", "com.acme.Money", "Link", "java.net.URI"),
                Map.of("number", "double", "string+iban", "com.acme.Iban"));

        assertEquals(java.util.Set.of("com.acme.Iban", "com.acme.Money"), mappings.externalClasses());
    }

    @Test
    void mappingsThatCannotWorkAreRefusedSayingWhy() {
        assertEquals("typeMappings: 'object' is not a scalar type; use string, integer, number or boolean, optionally with"
                + " +format (map object schemas with schemaMappings)", refused(Map.of(), Map.of("object", "com.acme.Thing")));
        assertEquals("typeMappings: 'string=java.lang.Integer': java.lang.Integer is written as a JSON integer, but 'string'"
                + " values are JSON strings", refused(Map.of(), Map.of("string", "java.lang.Integer")));
        assertEquals("typeMappings: 'string+date-time=java.time.LocalDateTime': java.time.LocalDateTime has no codec in the"
                + " client and Jackson databind cannot read it without a module; use one of byte[], java.lang.Boolean,"
                + " java.lang.Double, java.lang.Float, java.lang.Integer, java.lang.Long, java.lang.String, java.math.BigDecimal,"
                + " java.math.BigInteger, java.net.URI, java.time.Instant, java.time.LocalDate, java.time.OffsetDateTime,"
                + " java.util.UUID, or a class of your own that Jackson reads",
                refused(Map.of(), Map.of("string+date-time", "java.time.LocalDateTime")));
        assertEquals("schemaMappings: 'Money=Money': 'Money' is not a fully qualified Java class name",
                refused(Map.of("Money", "Money"), Map.of()));
        assertEquals("schemaMappings: 'Money=com.acme.1Money': 'com.acme.1Money' is not a fully qualified Java class name",
                refused(Map.of("Money", "com.acme.1Money"), Map.of()));
        assertEquals("typeMappings: 'string+binary' cannot be mapped; it is the raw bytes of a body",
                refused(Map.of(), Map.of("string+binary", "com.acme.Blob")));
    }
}
