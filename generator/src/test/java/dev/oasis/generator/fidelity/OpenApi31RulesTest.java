package dev.oasis.generator.fidelity;

import static dev.oasis.generator.fidelity.CompiledFixture.call;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oasis.generator.diagnostic.Diagnostic;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * OpenAPI 3.1's JSON Schema keywords in {@code fixtures/openapi31.yaml}, generated, compiled with
 * {@code -Xlint:all} without a warning, and read and written through each construct: null, absent,
 * each branch and unknown values.
 */
class OpenApi31RulesTest {

    private static final String ITEM = "{\"id\":\"item_1\",\"kind\":\"item\"";

    private static CompiledFixture fixture;

    @BeforeAll
    static void generate() {
        fixture = CompiledFixture.of("openapi31.yaml");
    }

    @Test
    void aTypeListWithNullTellsNullFromAbsentFromAValue() {
        Object absent = fixture.read("Item", ITEM + "}").value();
        Object isNull = fixture.read("Item", ITEM + ",\"name\":null}").value();
        Object named = fixture.read("Item", ITEM + ",\"name\":\"Lamp\"}").value();

        assertEquals(false, call(call(absent, "getName"), "isPresent"));
        assertEquals(true, call(call(isNull, "getName"), "isNull"));
        assertEquals("Lamp", call(call(named, "getName"), "orElse", (Object) null));
        fixture.assertRoundTrip("Item", ITEM + ",\"name\":null}");
    }

    @Test
    void aNullableIntegerEnumReadsItsValuesNullAndUnknownValues() {
        Object level = call(fixture.read("Item", ITEM + ",\"level\":2}").value(), "getLevel");
        CompiledFixture.Reading unknown = fixture.read("Item", ITEM + ",\"level\":7}");

        assertEquals("2", call(call(level, "orElse", (Object) null), "toString"));
        assertEquals(true, call(call(fixture.read("Item", ITEM + ",\"level\":null}").value(), "getLevel"), "isNull"));
        assertEquals(List.of("/level"), unknown.pointers());
        fixture.assertRoundTrip("Item", ITEM + ",\"level\":7}");
    }

    @Test
    void constIsAOneValueEnum() {
        Object kind = call(fixture.read("Item", ITEM + "}").value(), "getKind");
        CompiledFixture.Reading other = fixture.read("Item", "{\"id\":\"item_1\",\"kind\":\"box\"}");

        assertEquals(true, call(kind, "isKnown"));
        assertEquals("item", call(kind, "value"));
        assertEquals(List.of("/kind: unknown ItemKind value 'box'"), other.deviations());
    }

    @Test
    void anyOfOfASchemaAndNullIsANullableValueOfThatSchema() {
        Object label = call(fixture.read("Item", ITEM + ",\"label\":{\"text\":\"new\"}}").value(), "getLabel");
        Object none = call(fixture.read("Item", ITEM + ",\"label\":null}").value(), "getLabel");

        assertEquals("Label", call(label, "orElse", (Object) null).getClass().getSimpleName());
        assertEquals(true, call(none, "isNull"));
        assertTrue(fixture.source("Item").contains("public JsonNullable<Label> getLabel()"), fixture.source("Item"));
    }

    @Test
    void aReferenceKeepsTheDescriptionBesideItAndTheConstraintsBesideIt() {
        String item = fixture.source("Item");
        CompiledFixture.Reading tooLong = fixture.read("Item", ITEM + ",\"shortCode\":\"ABCDE\"}");
        CompiledFixture.Reading lowerCase = fixture.read("Item", ITEM + ",\"shortCode\":\"ab\"}");

        assertTrue(item.contains("Who owns the item, told here rather than on Owner."), item);
        assertTrue(item.contains("public Owner getOwner()"), item);
        assertEquals(List.of("/shortCode: is 5 characters long, more than the maximum of 4"), tooLong.deviations());
        assertEquals(List.of("/shortCode: does not match the pattern ^[A-Z]+$"), lowerCase.deviations());
    }

    @Test
    void aReferenceIntoDefsNamesTheModelAfterTheDefinition() {
        Object size = call(fixture.read("Item", ITEM + ",\"size\":{\"width\":2,\"height\":3}}").value(), "getSize");

        assertEquals("Size", size.getClass().getSimpleName());
        assertEquals(3L, call(size, "getHeight"));
    }

    @Test
    void valueConstraintsAreDeviationsAtTheirPointersAndTheValuesAreKept() {
        CompiledFixture.Reading reading = fixture.read("Item", "{\"id\":\"box-1\",\"kind\":\"item\",\"name\":\"\",\"price\":0,"
                + "\"quantity\":101,\"tags\":[\"a\",\"b\",\"c\",\"d\"],\"point\":[1,2,3]}");

        assertEquals(List.of(
                "/id: does not match the pattern ^item_[a-z0-9]+$",
                "/name: is 0 characters long, fewer than the minimum of 1",
                "/price: is not above the exclusive minimum of 0",
                "/quantity: is above the maximum of 100",
                "/tags: has 4 items, more than the maximum of 3",
                "/point: has 3 items, more than the maximum of 2"), reading.deviations());
        assertEquals("box-1", call(reading.value(), "getId"));
        assertEquals(101L, call(reading.value(), "getQuantity"));
        assertEquals(List.of(BigDecimal.ONE, BigDecimal.valueOf(2), BigDecimal.valueOf(3)), call(reading.value(), "getPoint"));
    }

    @Test
    void valuesWithinTheirConstraintsAreNoDeviation() {
        CompiledFixture.Reading reading = fixture.read("Item", ITEM + ",\"name\":\"L\",\"price\":999999.5,\"quantity\":100,"
                + "\"tags\":[\"a\",\"b\",\"c\"],\"point\":[1.5,2],\"shortCode\":\"ABCD\"}");

        assertEquals(List.of(), reading.deviations());
    }

    @Test
    void base64AndBinaryContentAreBytes() {
        Object item = fixture.read("Item", ITEM + ",\"thumbnail\":\"AQID\",\"picture\":\"BAU=\"}").value();

        assertArrayEquals(new byte[] {1, 2, 3}, (byte[]) call(item, "getThumbnail"));
        assertArrayEquals(new byte[] {4, 5}, (byte[]) call(item, "getPicture"));
        fixture.assertRoundTrip("Item", ITEM + ",\"thumbnail\":\"AQID\"}");
    }

    @Test
    void aTypeListOfSeveralTypesIsATypedUnion() {
        Object text = call(fixture.read("Item", ITEM + ",\"code\":\"A1\"}").value(), "getCode");
        Object number = call(fixture.read("Item", ITEM + ",\"code\":7}").value(), "getCode");
        CompiledFixture.Reading neither = fixture.read("Item", ITEM + ",\"code\":true}");

        assertEquals("StringValue", text.getClass().getSimpleName());
        assertEquals(7L, call(number, "value"));
        assertEquals("Unknown", call(neither.value(), "getCode").getClass().getSimpleName());
        assertEquals(List.of("/code: matches no branch of ItemCode"), neither.deviations());
        assertEquals(true, call(call(fixture.read("Item", ITEM + ",\"reference\":null}").value(), "getReference"), "isNull"));
        fixture.assertRoundTrip("Item", ITEM + ",\"code\":true,\"reference\":3}");
    }

    @Test
    void unevaluatedPropertiesFalseReportsAnUndeclaredPropertyAndKeepsIt() {
        CompiledFixture.Reading reading = fixture.read("Item", ITEM + ",\"extra\":1}");

        assertEquals(List.of("/extra: undeclared property of Item"), reading.deviations());
        assertEquals(Map.of("extra", new com.fasterxml.jackson.databind.node.IntNode(1)),
                call(reading.value(), "getAdditionalProperties"));
    }

    @Test
    void conditionalAndDependentKeywordsAreKeptRawWithOneWarningEach() {
        CompiledFixture.Reading reading = fixture.read("Item", ITEM + ",\"shipping\":{\"country\":\"US\"},"
                + "\"contact\":{\"phone\":\"1\"}}");

        assertEquals(List.of(), reading.deviations());
        assertEquals(List.of("/components/schemas/Item/properties/shipping/if",
                "/components/schemas/Item/properties/contact/dependentRequired"), pointersOf("schema.not-applied"));
    }

    @Test
    void prefixItemsOfOneTypeAreAListOfIt() {
        assertTrue(fixture.source("Item").contains("public List<BigDecimal> getPoint()"), fixture.source("Item"));
    }

    @Test
    void constDiscriminatorsPickEventsAndADeprecatedBranchCompilesWithoutWarnings() {
        List<?> events = (List<?>) call(fixture.read("Item", ITEM + ",\"events\":[{\"type\":\"deleted\",\"id\":\"item_2\"},"
                + "{\"type\":\"legacy\"},{\"type\":\"created\",\"item\":{\"id\":\"item_3\",\"kind\":\"item\"}}]}").value(), "getEvents");

        assertEquals(List.of("DeletedVariant", "LegacyEventVariant", "CreatedVariant"),
                events.stream().map(event -> event.getClass().getSimpleName()).toList());
        assertTrue(fixture.source("Event").startsWith("package fx.model;"));
        assertTrue(fixture.source("Event").contains("@SuppressWarnings(\"deprecation\")"), fixture.source("Event"));
    }

    @Test
    void stringsAreToldApartByFormatAndPattern() {
        String uuid = UUID.randomUUID().toString();

        assertEquals("UuidValue", fixture.read("Identifier", "\"" + uuid + "\"").value().getClass().getSimpleName());
        assertEquals("DateTimeValue", fixture.read("Identifier", "\"2024-01-31T12:00:00Z\"").value().getClass().getSimpleName());
        assertEquals("StringValue3", fixture.read("Identifier", "\"usr_7\"").value().getClass().getSimpleName());
        assertEquals("StringValue4", fixture.read("Identifier", "\"hello\"").value().getClass().getSimpleName());
    }

    @Test
    void webhooksAndComponentPathItemsGiveModelsButOnlyPathsGiveMethods() {
        List<String> methods = Arrays.stream(fixture.generated("api.DefaultApi").getDeclaredMethods())
                .filter(method -> java.lang.reflect.Modifier.isPublic(method.getModifiers())).map(java.lang.reflect.Method::getName)
                .filter(name -> !name.endsWith("Async") && !name.endsWith("WithHttpInfo") && !name.equals("withOptions")).distinct().sorted()
                .toList();

        assertEquals(List.of("createRule", "getItem", "getValue", "listEvents", "putItem"), methods);
        assertEquals("PostItemChangedRequest", fixture.type("PostItemChangedRequest").getSimpleName());
        assertEquals("AuditRequest", fixture.type("AuditRequest").getSimpleName());
        assertEquals(List.of("/webhooks"), pointersOf("webhooks.models-only"));
    }

    @Test
    void aWrittenItemCarriesEachConstruct() {
        Object builder = fixture.callStatic("Item", "builder");
        call(builder, "id", "item_9");
        call(builder, "kind", fixture.callStatic("ItemKind", "of", "item"));
        call(builder, "name", (Object) null);
        call(builder, "tags", List.of("a"));

        String json = fixture.write("Item", call(builder, "build"));

        assertEquals("{\"id\":\"item_9\",\"kind\":\"item\",\"name\":null,\"tags\":[\"a\"]}", json);
        assertFalse(json.contains("label"));
    }

    @Test
    void theOnlyWarningsAreTheKeywordsNotAppliedAndTheRealOverlaps() {
        List<String> ids = fixture.warnings().stream().map(d -> d.id() + " " + d.pointer()).toList();

        assertEquals(List.of(
                "schema.not-applied /components/schemas/Item/properties/shipping/if",
                "schema.not-applied /components/schemas/Item/properties/contact/dependentRequired",
                "union.ambiguous /components/schemas/CustomValue/oneOf/3",
                "union.ambiguous /components/schemas/RulePayload/oneOf/1",
                "webhooks.models-only /webhooks"), ids);
    }

    private static List<String> pointersOf(String id) {
        return fixture.warnings().stream().filter(d -> d.id().equals(id)).map(Diagnostic::pointer).toList();
    }
}
