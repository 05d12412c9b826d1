package dev.oasis.generator.fidelity;

import static dev.oasis.generator.fidelity.CompiledFixture.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every name in a spec becomes a valid, collision-free Java identifier; spec text never becomes code. */
class NamingRulesTest {

    private static CompiledFixture fixture;

    @BeforeAll
    static void generate() {
        fixture = CompiledFixture.of("names.yaml");
    }

    @Test
    void keywordsObjectMethodsAndJavaLangNamesGetDistinctNames() {
        assertEquals("ClassModel", fixture.type("ClassModel").getSimpleName());
        assertEquals("StringModel", fixture.type("StringModel").getSimpleName());
        assertEquals("ErrorModel", fixture.type("ErrorModel").getSimpleName());
        Set<String> getters = Arrays.stream(fixture.type("ClassModel").getDeclaredMethods())
                .map(Method::getName).filter(n -> n.startsWith("get")).collect(Collectors.toSet());
        assertTrue(getters.containsAll(List.of("getClassValue", "getGetClassValue", "getHashCodeValue", "getName",
                "getName2", "get_1st", "getXY", "getType", "getLinks", "getAdditionalPropertiesValue", "getNaive",
                "getAdditionalProperties")), getters::toString);
    }

    @Test
    void namesDifferingOnlyInCaseGetDistinctFileNames() {
        List<String> classes = List.of("Foo", "Foo2");
        classes.forEach(fixture::type);
        Set<String> lowerCased = fixture.files().stream().map(f -> f.relativePath().toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());

        assertEquals(fixture.files().size(), lowerCased.size());
    }

    @Test
    void componentSchemasKeepTheirNamesOverInlineSchemasDerivingTheSameName() {
        assertEquals(List.of("getComponent"), getters("ShelfBook"));
        assertEquals(List.of("getInline"), getters("ShelfBook2"));
    }

    @Test
    void schemasNamedLikeWindowsDeviceNamesGetASuffix() {
        assertEquals("ConModel", fixture.type("ConModel").getSimpleName());
    }

    private static List<String> getters(String simpleName) {
        return java.util.Arrays.stream(fixture.type(simpleName).getDeclaredMethods()).map(java.lang.reflect.Method::getName)
                .filter(name -> name.startsWith("get") && !name.equals("getAdditionalProperties")).sorted().toList();
    }

    @Test
    void leadingDigitsPunctuationAndNonAsciiBecomeValidIdentifiers() throws Exception {
        Class<?> place = fixture.type("_1stPlace");
        Object item = fixture.read("CafeMenuItem", "{\"place\":\"*/\",\"foo\":{\"b\":\"x\"}}").value();

        assertEquals("known", call(place.getField("KNOWN_VALUE").get(null), "value"));
        assertEquals("*/", call(call(item, "getPlace"), "value"));
        assertTrue((Boolean) call(call(item, "getPlace"), "isKnown"));
        assertEquals("Foo2", call(item, "getFoo").getClass().getSimpleName());
    }

    @Test
    void hostilePropertyNamesReadAndWriteUnderTheirJsonNames() {
        String json = "{\"class\":\"c\",\"getClass\":\"g\",\"hashCode\":1,\"Name\":\"N\",\"name\":\"n\",\"1st\":\"f\","
                + "\"x-y\":\"xy\",\"@type\":\"t\",\"_links\":\"l\",\"additionalProperties\":\"a\",\"na\\u00efve\":\"v\","
                + "\"builder\":\"b\",\"value\":\"w\"}";

        CompiledFixture.Reading reading = fixture.read("ClassModel", json);

        assertEquals(List.of(), reading.deviations());
        assertEquals("N", call(reading.value(), "getName"));
        assertEquals("n", call(reading.value(), "getName2"));
        assertEquals("v", call(reading.value(), "getNaive"));
        fixture.assertRoundTrip("ClassModel", json);
    }

    @Test
    void descriptionsCannotEndTheCommentOrSmuggleUnicodeEscapes() {
        String source = fixture.source("ClassModel");

        String javadoc = source.substring(source.indexOf("/**"), source.indexOf("public final class"));
        assertEquals(1, javadoc.split("\\*/", -1).length - 1, javadoc);
        assertFalse(source.contains("\\u000a"), source);
        assertFalse(source.contains("\\u002a"), source);
        assertFalse(source.contains("<b>"), source);
    }
}
