package dev.oasis.generator.refine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Spec names become valid Java identifiers. */
class JavaIdentifiersTest {

    @Test
    void camelCaseFromSnakeAndKebab() {
        assertEquals("integrationMetadataId", JavaIdentifiers.camel("integration_metadata_id"));
        assertEquals("xRatelimitReset", JavaIdentifiers.camel("x-ratelimit-reset"));
    }

    @Test
    void keywordsGetASuffix() {
        assertEquals("classValue", JavaIdentifiers.camel("class"));
        assertEquals("defaultValue", JavaIdentifiers.camel("default"));
    }

    @Test
    void leadingDigitsAreGuarded() {
        assertEquals("_2faEnabled", JavaIdentifiers.camel("2fa_enabled"));
        assertEquals("_1", JavaIdentifiers.upperSnake("1"));
    }

    @Test
    void schemaNamesKeepTheirCase() {
        assertEquals("APIErrorResponse", JavaIdentifiers.pascalKeepingCase("APIErrorResponse"));
        assertEquals("IncidentTodo", JavaIdentifiers.pascalKeepingCase("incident_todo"));
    }

    @Test
    void nonAsciiBecomesAscii() {
        assertEquals("CafeMenu", JavaIdentifiers.pascalKeepingCase("Café menu"));
        assertEquals("U65e5U672c", JavaIdentifiers.pascal("日本"));
    }

    @Test
    void enumConstantsAreUpperSnake() {
        assertEquals("MICROSOFT_TEAMS", JavaIdentifiers.upperSnake("microsoft_teams"));
        assertEquals("INCIDENT_TYPES", JavaIdentifiers.upperSnake("incidentTypes"));
    }

    @Test
    void aScopeNeverHandsOutNamesThatDifferOnlyInCase() {
        NameScope names = new NameScope();

        assertEquals("Foo", names.newName("Foo", "a"));
        assertEquals("FOO2", names.newName("FOO", "b"));
        assertEquals("foo3", names.newName("foo", "c"));
        assertEquals("FOO2", names.get("b"));
    }

    @Test
    void aFamilyOfNamesTakesTheFirstBaseForWhichEveryMemberIsFree() {
        NameScope names = new NameScope();
        names.newName("listAsync", "other");

        java.util.Map<Object, String> family = names.newNames("list", java.util.Map.of(
                "method", java.util.function.UnaryOperator.identity(), "async", base -> base + "Async"));

        assertEquals(java.util.Map.of("method", "list2", "async", "list2Async"), family);
    }
}
