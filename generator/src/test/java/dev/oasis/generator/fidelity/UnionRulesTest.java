package dev.oasis.generator.fidelity;

import static dev.oasis.generator.fidelity.CompiledFixture.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oasis.generator.diagnostic.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** oneOf and anyOf: each branch-selection rule, fixed at generation time, picks the right variant. */
class UnionRulesTest {

    private static CompiledFixture fixture;

    @BeforeAll
    static void generate() {
        fixture = CompiledFixture.of("unions.yaml");
    }

    @Test
    void explicitDiscriminatorMappingPicksTheMappedBranch() {
        Object dog = fixture.read("Pet", "{\"kind\":\"canine\",\"name\":\"Rex\",\"good\":true}").value();
        Object cat = fixture.read("Pet", "{\"kind\":\"feline\",\"name\":\"Tom\"}").value();

        assertEquals("DogVariant", dog.getClass().getSimpleName());
        assertEquals("Rex", call(call(dog, "value"), "getName"));
        assertEquals("CatVariant", cat.getClass().getSimpleName());
    }

    @Test
    void discriminatorValueOutsideTheMappingIsKeptAsUnknownAndReported() {
        CompiledFixture.Reading reading = fixture.read("Pet", "{\"kind\":\"parrot\",\"name\":\"Polly\"}");

        assertEquals("Unknown", reading.value().getClass().getSimpleName());
        assertEquals("{\"kind\":\"parrot\",\"name\":\"Polly\"}", call(reading.value(), "raw").toString());
        assertEquals(List.of(""), reading.pointers());
    }

    @Test
    void implicitDiscriminatorResolvesIncludedItemsByTheirType() {
        CompiledFixture.Reading reading = fixture.read("Todo",
                "{\"included\":[{\"id\":\"u1\",\"type\":\"users\"},{\"id\":\"t1\",\"type\":\"teams\"}]}");

        List<?> included = (List<?>) call(reading.value(), "getIncluded");
        assertEquals("UserVariant", included.get(0).getClass().getSimpleName());
        assertEquals("TeamVariant", included.get(1).getClass().getSimpleName());
        assertEquals(List.of(), reading.deviations());
        assertTrue(fixture.source("IncludedItem").contains(".property(\"type\", Rules.text(\"users\"))"), fixture.source("IncludedItem"));
    }

    @Test
    void deviationsInsideTheChosenBranchAreReportedAtTheirFullPointer() {
        CompiledFixture.Reading reading = fixture.read("Todo",
                "{\"included\":[{\"id\":\"t1\",\"type\":\"teams\"},{\"id\":\"u1\",\"type\":\"users\",\"extra\":1}]}");

        assertEquals(List.of("/included/1/extra"), reading.pointers());
    }

    @Test
    void assigneeListMixingHandleAndObjectsResolvesEachItem() {
        CompiledFixture.Reading reading = fixture.read("Todo", "{\"assignees\":[\"@jane.doe\","
                + "{\"icon\":\"i\",\"id\":\"1\",\"name\":\"Anon\",\"source\":\"slack\"},{\"email\":\"a@b.c\"}]}");

        List<?> assignees = (List<?>) call(reading.value(), "getAssignees");
        assertEquals("Handle", assignees.get(0).getClass().getSimpleName());
        assertEquals("@jane.doe", call(assignees.get(0), "value"));
        assertEquals("AnonymousAssigneeVariant", assignees.get(1).getClass().getSimpleName());
        assertEquals("EmailAssigneeVariant", assignees.get(2).getClass().getSimpleName());
        assertEquals(List.of(), reading.deviations());
    }

    @Test
    void assigneeMatchingNoBranchIsKeptAndReportedAtItsPointer() {
        String json = "{\"assignees\":[\"@jane.doe\",{\"type\":\"@test.user@test.com\"}]}";

        CompiledFixture.Reading reading = fixture.read("Todo", json);

        List<?> assignees = (List<?>) call(reading.value(), "getAssignees");
        assertEquals("Unknown", assignees.get(1).getClass().getSimpleName());
        assertEquals(List.of("/assignees/1"), reading.pointers());
        fixture.assertRoundTrip("Todo", json);
    }

    @Test
    void anyOfPrimitiveArrayAndObjectBranchesAreToldApartByTokenKind() {
        assertEquals("IntegerValue", fixture.read("Value", "42").value().getClass().getSimpleName());
        assertEquals("NumberValue", fixture.read("Value", "4.5").value().getClass().getSimpleName());
        assertEquals("StringValue", fixture.read("Value", "\"x\"").value().getClass().getSimpleName());
        assertEquals("BooleanValue", fixture.read("Value", "true").value().getClass().getSimpleName());
        assertEquals("ListValue", fixture.read("Value", "[\"a\"]").value().getClass().getSimpleName());
        assertEquals("ObjectValue", fixture.read("Value", "{\"unit\":\"s\"}").value().getClass().getSimpleName());
        assertEquals(42L, call(fixture.read("Value", "42").value(), "value"));
    }

    @Test
    void branchesNoRuleSeparatesGiveAWarningWithThePointer() {
        List<Diagnostic> warnings = fixture.warnings();

        assertEquals(1, warnings.size(), warnings::toString);
        assertEquals("union.ambiguous", warnings.get(0).id());
        assertEquals("/components/schemas/Ambiguous/oneOf/1", warnings.get(0).pointer());
    }
}
