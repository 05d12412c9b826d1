package dev.oasis.generator.fidelity;

import static dev.oasis.generator.fidelity.CompiledFixture.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Objects, formats, enums, nullable, additionalProperties, allOf and recursion, read and written back. */
class ObjectRulesTest {

    private static final String INCIDENT = "{\"id\":\"00000000-0000-0000-0000-000000000001\",\"title\":\"Outage\","
            + "\"resolved_at\":\"2023-03-06T22:00:00.123456+00:00\"}";

    private static CompiledFixture fixture;

    @BeforeAll
    static void generate() {
        fixture = CompiledFixture.of("objects.yaml");
    }

    @Test
    void dateTimeWithMicrosecondsAndNumericOffsetIsRead() {
        CompiledFixture.Reading reading = fixture.read("Incident", INCIDENT);

        assertEquals(OffsetDateTime.of(2023, 3, 6, 22, 0, 0, 123_456_000, ZoneOffset.UTC),
                call(call(reading.value(), "getResolvedAt"), "orElse", (Object) null));
        assertEquals(List.of(), reading.deviations());
    }

    @Test
    void dateTimesOfEveryRfc3339ShapeReadAsTheSameInstantAndOffset() {
        for (String text : List.of("2019-09-19T10:00:00Z", "2019-09-19T10:00:00.000Z", "2019-09-19T10:00:00.5-05:30",
                "2019-09-19t10:00:00.123456789z", "2019-09-19T10:00:00.1234567891+14:00", "2019-09-19T10:00+01:00")) {
            CompiledFixture.Reading reading = fixture.read("Incident", INCIDENT.replace("2023-03-06T22:00:00.123456+00:00", text));

            Object value = call(call(reading.value(), "getResolvedAt"), "orElse", (Object) null);
            assertEquals(OffsetDateTime.parse(text.length() > 30 ? text.replace("1+14", "+14") : text), value, text);
            assertEquals(List.of(), reading.deviations(), text);
        }
        CompiledFixture.Reading invalid = fixture.read("Incident", INCIDENT.replace("2023-03-06", "2023-13-06"));
        assertEquals(List.of("/resolved_at"), invalid.pointers());
    }

    @Test
    void formatsMapToTheirJavaTypes() {
        String json = "{\"started\":\"2024-02-29\",\"ratio\":0.5,\"share\":0.25,\"amount\":12345678901234567890.5,"
                + "\"small\":7,\"payload\":\"aGk=\"}";

        Object detail = fixture.read("IncidentDetail", json).value();

        assertEquals(LocalDate.of(2024, 2, 29), call(detail, "getStarted"));
        assertEquals(0.5f, call(detail, "getRatio"));
        assertEquals(0.25d, call(detail, "getShare"));
        assertEquals(new BigDecimal("12345678901234567890.5"), call(detail, "getAmount"));
        assertEquals(7, call(detail, "getSmall"));
        assertTrue(Arrays.equals("hi".getBytes(), (byte[]) call(detail, "getPayload")));
        fixture.assertRoundTrip("IncidentDetail", json);
    }

    @Test
    void optionalNullableTellsAbsentFromNullAndRoundTripsBoth() {
        Object absent = fixture.read("Incident", INCIDENT).value();
        String withNull = INCIDENT.replace("}", ",\"customer_impact\":null}");
        Object explicitNull = fixture.read("Incident", withNull).value();

        assertFalse((Boolean) call(call(absent, "getCustomerImpact"), "isPresent"));
        assertTrue((Boolean) call(call(explicitNull, "getCustomerImpact"), "isNull"));
        assertNotEquals(absent, explicitNull);
        assertFalse(fixture.write("Incident", absent).contains("customer_impact"));
        assertTrue(fixture.write("Incident", explicitNull).contains("\"customer_impact\":null"));
        fixture.assertRoundTrip("Incident", withNull);
    }

    @Test
    void requiredNullableIsWrittenAsNull() {
        String json = "{\"id\":\"00000000-0000-0000-0000-000000000001\",\"title\":\"Outage\",\"resolved_at\":null}";

        CompiledFixture.Reading reading = fixture.read("Incident", json);

        assertEquals(List.of(), reading.deviations());
        fixture.assertRoundTrip("Incident", json);
    }

    @Test
    void missingRequiredPropertyIsReportedWhenReadingAndNamedWhenBuilding() {
        CompiledFixture.Reading reading = fixture.read("Incident", "{\"id\":\"00000000-0000-0000-0000-000000000001\"}");
        Object builder = fixture.callStatic("Incident", "builder");

        assertEquals(List.of("/title: required property of Incident is missing",
                "/resolved_at: required property of Incident is missing"), reading.deviations());
        IllegalStateException error = assertThrows(IllegalStateException.class, () -> call(builder, "build"));
        assertEquals("Incident.title is required but was not set", error.getMessage());
    }

    @Test
    void readOnlyRequiredPropertiesAreNotDemandedWhenBuildingNorWriteOnlyOnesWhenReading() {
        Object builder = call(fixture.callStatic("ApiKey", "builder"), "name", "ci");
        IllegalStateException error = assertThrows(IllegalStateException.class, () -> call(builder, "build"));
        assertEquals("ApiKey.secret is required but was not set", error.getMessage());
        Object built = call(call(builder, "secret", "s3cr3t"), "build");
        assertNull(call(built, "getId"));

        CompiledFixture.Reading reading = fixture.read("ApiKey", "{\"name\":\"ci\"}");
        assertEquals(List.of("/id: required property of ApiKey is missing"), reading.deviations());
    }

    @Test
    void undeclaredFieldsUnknownEnumValuesAndWrongScalarsAreKeptReportedAndWrittenBack() {
        String json = "{\"id\":\"00000000-0000-0000-0000-000000000001\",\"title\":42,\"resolved_at\":null,"
                + "\"severity\":\"SEV-9\",\"priority\":7,\"surprise\":{\"a\":[1,2]}}";

        CompiledFixture.Reading reading = fixture.read("Incident", json);

        assertEquals(List.of("/title", "/severity", "/priority", "/surprise"), reading.pointers());
        Object severity = call(reading.value(), "getSeverity");
        assertFalse((Boolean) call(severity, "isKnown"));
        assertEquals("SEV-9", call(severity, "value"));
        fixture.assertRoundTrip("Incident", json);
    }

    @Test
    void rawValuesKeepEveryDigitOfTheirNumbers() {
        String json = "{\"surprise\":12345678901234567890.123456789,\"tags\":[1.10,\"a\"]}";

        CompiledFixture.Reading reading = fixture.read("Incident", json);

        String written = fixture.write("Incident", reading.value());
        assertTrue(written.contains("\"surprise\":12345678901234567890.123456789"), written);
        assertTrue(written.contains("\"tags\":[1.10,\"a\"]"), written);
    }

    @Test
    void listItemOfTheWrongTypeIsKeptAndTheOthersStayTyped() {
        String json = "{\"tags\":[\"a\",3,\"c\"],\"counts\":{\"x\":1,\"y\":\"many\"}}";

        CompiledFixture.Reading reading = fixture.read("Incident", json);

        assertEquals(List.of("/tags/1", "/counts/y", "/id", "/title", "/resolved_at"), reading.pointers());
        assertEquals(Arrays.asList("a", null, "c"), call(reading.value(), "getTags"));
        assertEquals(1L, ((Map<?, ?>) call(reading.value(), "getCounts")).get("x"));
        fixture.assertRoundTrip("Incident", json);
    }

    @Test
    void enumsHonourVarnamesAndKeepIntegerValues() throws Exception {
        Object critical = fixture.type("Severity").getField("CRITICAL").get(null);
        Object two = fixture.read("Priority", "2").value();

        assertEquals("SEV-1", call(critical, "value"));
        assertTrue((Boolean) call(two, "isKnown"));
        assertEquals(fixture.type("Priority").getField("_2").get(null), two);
    }

    @Test
    void allOfMergesPropertiesAndRequired() {
        CompiledFixture.Reading reading = fixture.read("Extended", "{}");

        assertEquals(List.of("/id", "/name"), reading.pointers());
        assertEquals("x", call(fixture.read("Extended", "{\"id\":\"x\",\"name\":\"y\"}").value(), "getId"));
    }

    @Test
    void additionalPropertiesTrueOrSchemaAllowExtrasAndFalseReportsThem() {
        assertEquals(List.of(), fixture.read("Labels", "{\"owner\":\"a\",\"team\":\"b\"}").deviations());
        assertEquals(List.of(), fixture.read("Open", "{\"owner\":\"a\",\"team\":{}}").deviations());
        CompiledFixture.Reading closed = fixture.read("Closed", "{\"owner\":\"a\",\"team\":\"b\"}");

        assertEquals(List.of("/team: property not allowed in Closed (additionalProperties: false)"), closed.deviations());
        assertEquals(List.of("FORBIDDEN_PROPERTY"), closed.kinds());
        fixture.assertRoundTrip("Closed", "{\"owner\":\"a\",\"team\":\"b\"}");
    }

    @Test
    void anAllOfOfAClosedSchemaIsClosedUnlessItReopensItself() {
        String json = "{\"owner\":\"a\",\"extra\":\"x\",\"team\":\"b\"}";

        assertEquals(List.of("FORBIDDEN_PROPERTY"), fixture.read("ClosedChild", json).kinds());
        assertEquals(List.of("/team"), fixture.read("ClosedChild", json).pointers());
        assertEquals(List.of(), fixture.read("ReopenedChild", json).deviations());
    }

    @Test
    void aPropertyTheSpecDoesNotMentionInAnOpenObjectSaysMoreThanTheSpecWithoutContradictingIt() {
        CompiledFixture.Reading reading = fixture.read("Incident", INCIDENT.replace("{", "{\"team\":\"b\","));

        assertEquals(List.of("/team: undeclared property of Incident"), reading.deviations());
        assertEquals(List.of("UNDECLARED_PROPERTY"), reading.kinds());
    }

    @Test
    void additionalPropertiesSchemaKeepsFittingExtrasTypedAndOthersRaw() {
        String json = "{\"owner\":\"a\",\"team\":\"b\",\"size\":3,\"none\":null}";

        CompiledFixture.Reading reading = fixture.read("Labels", json);

        Map<?, ?> typed = (Map<?, ?>) call(reading.value(), "getTypedAdditionalProperties");
        Map<?, ?> raw = (Map<?, ?>) call(reading.value(), "getAdditionalProperties");
        assertEquals(Map.of("team", "b"), typed);
        assertEquals("{size=3, none=null}", raw.toString());
        assertEquals(List.of("/size: expected a string, found a number", "/none: null, which the spec does not allow here"),
                reading.deviations());
        assertEquals(List.of("WRONG_TYPE", "NULL_VALUE"), reading.kinds());
        fixture.assertRoundTrip("Labels", json);
    }

    @Test
    void aDuplicateExtraKeepsOnlyItsLastValueTypedOrRaw() {
        CompiledFixture.Reading typedLast = fixture.read("Labels", "{\"team\":3,\"team\":\"b\"}");
        CompiledFixture.Reading rawLast = fixture.read("Labels", "{\"team\":\"b\",\"team\":3}");

        assertEquals(Map.of("team", "b"), call(typedLast.value(), "getTypedAdditionalProperties"));
        assertEquals(Map.of(), call(typedLast.value(), "getAdditionalProperties"));
        assertEquals(Map.of(), call(rawLast.value(), "getTypedAdditionalProperties"));
        assertEquals("{team=3}", call(rawLast.value(), "getAdditionalProperties").toString());
        assertEquals(List.of("WRONG_TYPE", "DUPLICATE_PROPERTY"), typedLast.kinds());
        assertEquals(List.of("/team", "/team"), rawLast.pointers());
    }

    @Test
    void recursiveAndMutuallyRecursiveSchemasReadAtAnyDepth() {
        String json = "{\"name\":\"root\",\"children\":[{\"name\":\"leaf\",\"children\":[]}],"
                + "\"owner\":{\"name\":\"ann\",\"manages\":[{\"name\":\"other\"}]}}";

        CompiledFixture.Reading reading = fixture.read("TreeNode", json);

        List<?> children = (List<?>) call(reading.value(), "getChildren");
        assertEquals("leaf", call(children.get(0), "getName"));
        Object owner = call(reading.value(), "getOwner");
        assertEquals("other", call(((List<?>) call(owner, "getManages")).get(0), "getName"));
        fixture.assertRoundTrip("TreeNode", json);
    }

    @Test
    void readOnlyDeprecatedAndDefaultsShowInTheGeneratedSource() {
        String source = fixture.source("Incident");

        assertTrue(source.contains("When absent, the server assumes <code>Untitled &#42;&#47; {</code>."), source);
        assertTrue(source.contains("Read-only: sent by the server"), source);
        assertTrue(source.contains("    @Deprecated\n    public String getLegacyField()"), source);
    }

    @Test
    void equalsHashCodeAndToStringCoverEveryProperty() {
        Object first = fixture.read("Incident", INCIDENT).value();
        Object second = fixture.read("Incident", INCIDENT).value();
        Object other = fixture.read("Incident", INCIDENT.replace("Outage", "Other")).value();

        assertEquals(first, second);
        assertEquals(first.hashCode(), second.hashCode());
        assertNotEquals(first, other);
        assertTrue(first.toString().contains("title=Outage"), first.toString());
        assertNull(call(first, "getSeverity"));
    }
}
