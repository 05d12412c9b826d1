package dev.oasis.generator.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oasis.generator.model.ScalarKind;
import dev.oasis.runtime.json.Codecs;
import dev.oasis.runtime.json.JsonCodec;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import org.junit.jupiter.api.Test;

/**
 * What the generator writes against the runtime exists there: the read mode, union kinds and
 * parameter styles are the runtime's own enums; these are the names it writes otherwise.
 */
class RuntimeContractTest {

    @Test
    void everyScalarKindHasAPublicCodecOfThatName() throws NoSuchFieldException {
        for (ScalarKind kind : ScalarKind.values()) {
            Field codec = Codecs.class.getField(kind.name());
            assertTrue(Modifier.isStatic(codec.getModifiers()) && codec.getType() == JsonCodec.class, kind.name());
        }
    }

    @Test
    void theRuntimeClassesAreListedFromItsSourcesByPackage() {
        Map<String, SortedSet<String>> names = RuntimeSources.classNames();

        assertEquals(List.of("", "json", "validation"), List.copyOf(names.keySet()));
        assertTrue(names.get("").containsAll(List.of("ApiException", "ApiRequest", "ClientBuilder", "ReadMode")), names::toString);
        assertTrue(names.get("json").containsAll(List.of("Codecs", "JsonNullable", "Unions")), names::toString);
    }
}
