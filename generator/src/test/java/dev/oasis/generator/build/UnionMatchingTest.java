package dev.oasis.generator.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.oasis.generator.model.UnionType;
import dev.oasis.generator.model.ValueSet;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How union branches are told apart, in which order they are tested, and the warnings, given only
 * where a payload of one branch is read as another, with that payload.
 */
class UnionMatchingTest {

    @TempDir
    Path folder;

    @Test
    void arraysAreToldApartByTheirItemsAndOnlyTheEmptyArrayIsShared() {
        UnionModels models = UnionModels.of(folder, "3.0.3", """
                Value:
                  oneOf:
                    - {type: array, items: {type: string}}
                    - {type: array, items: {type: number}}
                """);

        assertEquals(List.of("oneOf branches 'ListValue1' and 'ListValue2' of 'Value' both accept payloads such as [],"
                + " which are read as 'ListValue1'"), models.messages());
        assertEquals(new ValueSet.Arrays(ValueSet.Texts.any(), 0, java.util.OptionalInt.empty()),
                models.union("Value").variants().get(0).test());
    }

    @Test
    void anOptionalDiscriminatorIsTestedWherePresentAndRequiredPropertiesDecideWhereAbsent() {
        UnionModels models = UnionModels.of(folder, "3.0.3", """
                Rule:
                  oneOf:
                    - $ref: '#/components/schemas/Standard'
                    - $ref: '#/components/schemas/Signal'
                    - $ref: '#/components/schemas/Cloud'
                Standard:
                  type: object
                  required: [name, queries]
                  properties:
                    name: {type: string}
                    type: {type: string, enum: [log_detection, workload]}
                    queries: {type: array, items: {type: string}}
                Signal:
                  type: object
                  required: [name, queries]
                  properties:
                    name: {type: string}
                    type: {type: string, enum: [signal_correlation]}
                    queries: {type: array, items: {type: string}}
                Cloud:
                  type: object
                  required: [name, compliance]
                  properties:
                    name: {type: string}
                    type: {type: string, enum: [cloud_configuration]}
                    compliance: {type: boolean}
                """);

        assertEquals(List.of("oneOf branches 'Standard' and 'Signal' of 'Rule' both accept payloads such as"
                + " {\"name\":\"text\",\"queries\":[]}, which are read as 'Standard' ('type' tells them apart, but is optional)"),
                models.messages());
        UnionType.Variant signal = models.union("Rule").variants().get(1);
        assertEquals(List.of("queries"), ((ValueSet.Objects) signal.test()).required());
        assertEquals(new ValueSet.Texts(List.of("signal_correlation"), List.of(), java.util.Optional.empty(), 0,
                java.util.OptionalInt.empty()), ((ValueSet.Objects) signal.test()).properties().get("type"));
    }

    @Test
    void literalPatternPrefixesEnumsAndFormatsTellStringsApart() {
        UnionModels models = UnionModels.of(folder, "3.0.3", """
                Token:
                  oneOf:
                    - {type: string, pattern: '^sk_live_[a-z0-9]+$'}
                    - {type: string, pattern: '^sk_test_'}
                    - {type: string, enum: [none]}
                    - {type: string, format: uuid}
                    - {type: string, format: date-time}
                """);

        assertEquals(List.of(), models.messages());
    }

    @Test
    void aFormatIsNoSeparatorFromAPlainStringInAOneOfButLosesNothingInAnAnyOf() {
        UnionModels oneOf = UnionModels.of(folder, "3.0.3", """
                When:
                  oneOf: [{type: string}, {type: string, format: date-time}]
                """);
        UnionModels anyOf = UnionModels.of(folder.resolve("any"), "3.0.3", """
                When:
                  anyOf: [{type: string}, {type: string, format: date-time}]
                """);

        assertEquals(List.of("oneOf branches 'DateTimeValue' and 'StringValue' of 'When' both accept payloads such as"
                + " \"2024-01-31T12:00:00Z\", which are read as 'DateTimeValue'"), oneOf.messages());
        assertEquals(List.of("DateTimeValue", "StringValue"), oneOf.order("When"));
        assertEquals(List.of(), anyOf.messages());
        assertEquals(List.of("DateTimeValue", "StringValue"), anyOf.order("When"));
    }

    @Test
    void integersAreTestedBeforeNumbersWhateverTheSpecOrder() {
        UnionModels models = UnionModels.of(folder, "3.0.3", """
                Amount:
                  anyOf: [{type: number}, {type: integer}]
                """);

        assertEquals(List.of("NumberValue", "IntegerValue"), models.union("Amount").variants().stream().map(UnionType.Variant::name).toList());
        assertEquals(List.of("IntegerValue", "NumberValue"), models.order("Amount"));
        assertEquals(List.of(), models.messages());
    }

    @Test
    void aDiscriminatorNestedInAPropertyTellsBranchesApart() {
        UnionModels models = UnionModels.of(folder, "3.0.3", """
                Cell:
                  oneOf:
                    - $ref: '#/components/schemas/MarkdownCell'
                    - $ref: '#/components/schemas/ChartCell'
                MarkdownCell:
                  type: object
                  required: [definition]
                  properties:
                    definition:
                      type: object
                      required: [type, text]
                      properties:
                        type: {type: string, enum: [markdown]}
                        text: {type: string}
                ChartCell:
                  type: object
                  required: [definition]
                  properties:
                    definition:
                      type: object
                      required: [type]
                      properties:
                        type: {type: string, enum: [chart]}
                        size: {type: string}
                """);

        assertEquals(List.of(), models.messages());
    }

    @Test
    void aListedValueFourLevelsDownInsideAnOptionalPropertyTellsBranchesApart() {
        String topology = """
                type: object
                additionalProperties: false
                required: [requests]
                properties:
                  requests:
                    type: array
                    minItems: 1
                    items:
                      type: object
                      properties:
                        query:
                          type: object
                          required: [source]
                          properties:
                            source: {type: string, enum: [SOURCE]}
                """;
        UnionModels models = UnionModels.of(folder, "3.0.3", """
                Topology:
                  oneOf:
                    - $ref: '#/components/schemas/Streams'
                    - $ref: '#/components/schemas/Services'
                Streams:
                """ + topology.replace("SOURCE", "streams").indent(2) + """
                Services:
                """ + topology.replace("SOURCE", "services").indent(2));

        assertEquals(List.of("oneOf branches 'Streams' and 'Services' of 'Topology' both accept payloads such as"
                + " {\"requests\":[{}]}, which are read as 'Streams'"), models.messages());
        JsonNode services = tree("{\"requests\":[{\"query\":{\"source\":\"services\"}}]}");
        assertFalse(Acceptance.accepts(models.union("Topology").variants().get(0).test(), services, false));
        assertTrue(Acceptance.accepts(models.union("Topology").variants().get(1).test(), services, false));
    }

    @Test
    void aPayloadWithAPropertyOnlyOneOpenBranchDeclaresIsReadAsThatBranch() {
        UnionModels models = UnionModels.of(folder, "3.0.3", """
                Request:
                  oneOf:
                    - $ref: '#/components/schemas/Chart'
                    - $ref: '#/components/schemas/Map'
                Chart:
                  type: object
                  properties:
                    q: {type: string}
                    axis: {type: string}
                    style: {type: object, properties: {palette: {type: string}}}
                    legend: {type: object, properties: {title: {type: string}}}
                    marker: {type: object, properties: {size: {type: integer}}}
                Map:
                  type: object
                  properties:
                    q: {type: string}
                    sort: {type: string}
                    style: {type: object, properties: {palette: {type: string}, line: {type: string, enum: [solid]}}}
                    legend: {type: object, properties: {title: {type: string}, position: {type: string, enum: [top]}}}
                    marker: {type: object, properties: {size: {type: integer}, shape: {type: string, enum: [dot]}}}
                """);

        assertEquals(List.of("oneOf branches 'Chart' and 'Map' of 'Request' both accept payloads such as {},"
                + " which are read as 'Chart'"), models.messages());
        assertEquals(List.of("Chart", "Map"), models.order("Request"));
        JsonNode sorted = tree("{\"sort\":\"name\"}");
        assertFalse(Acceptance.accepts(models.union("Request").variants().get(0).test(), sorted, false));
        assertTrue(Acceptance.accepts(models.union("Request").variants().get(1).test(), sorted, false));
    }

    @Test
    void anAnyOfWarnsOnlyWhereTheChosenBranchDropsWhatAnotherDeclares() {
        UnionModels models = UnionModels.of(folder, "3.0.3", """
                Contact:
                  anyOf:
                    - $ref: '#/components/schemas/Named'
                    - $ref: '#/components/schemas/Mailable'
                Named:
                  type: object
                  required: [name]
                  properties:
                    name: {type: string}
                Mailable:
                  type: object
                  required: [name]
                  properties:
                    name: {type: string}
                    email: {type: string}
                """);

        assertEquals(List.of("Mailable", "Named"), models.order("Contact"));
        assertEquals(List.of(), models.messages());
    }

    @Test
    void aOneOfOfTwoShapesOfTheSameDataWarnsWithTheSharedPayload() {
        UnionModels models = UnionModels.of(folder, "3.0.3", """
                Contact:
                  oneOf:
                    - $ref: '#/components/schemas/Named'
                    - $ref: '#/components/schemas/Mailable'
                Named:
                  type: object
                  required: [name]
                  properties:
                    name: {type: string}
                Mailable:
                  type: object
                  required: [name]
                  properties:
                    name: {type: string}
                    email: {type: string}
                """);

        assertEquals(List.of("oneOf branches 'Mailable' and 'Named' of 'Contact' both accept payloads such as {\"name\":\"text\"},"
                + " which are read as 'Mailable'"), models.messages());
    }

    @Test
    void nullBranchesMakeANullableTypeNotAUnion() {
        UnionModels models = UnionModels.of(folder, "3.1.0", """
                Owner:
                  type: object
                  properties:
                    pet:
                      anyOf: [{$ref: '#/components/schemas/Pet'}, {type: 'null'}]
                    tag:
                      oneOf: [{type: 'null'}, {type: string}, {type: integer}]
                Pet:
                  type: object
                  properties:
                    name: {type: string}
                """);

        assertEquals(List.of("OwnerTag"), models.model().types().stream().filter(UnionType.class::isInstance)
                .map(type -> type.specName()).toList());
        assertEquals(List.of("StringValue", "IntegerValue"), models.order("OwnerTag"));
    }

    @Test
    void aDiscriminatorMappingIsResolvedFromTheFileItStandsIn() {
        UnionModels models = UnionModels.of(folder, "3.0.3", """
                Pet: {$ref: 'pets/pet.yaml'}
                """, Map.of(
                "pets/pet.yaml", """
                        oneOf:
                          - $ref: 'cat.yaml'
                          - $ref: 'dog.yaml'
                        discriminator:
                          propertyName: kind
                          mapping:
                            feline: 'cat.yaml'
                            canine: '#/$defs/Dog'
                        $defs:
                          Dog: {$ref: 'dog.yaml'}
                        """,
                "pets/cat.yaml", "type: object\nproperties:\n  kind: {type: string}\n  lives: {type: integer}\n",
                "pets/dog.yaml", "type: object\nproperties:\n  kind: {type: string}\n  barks: {type: boolean}\n"));

        List<UnionType.Variant> variants = models.union("Pet").variants();
        assertEquals(List.of("feline"), texts(variants.get(0)));
        assertEquals(List.of("canine"), texts(variants.get(1)));
        assertEquals(List.of(), models.messages());
    }

    private static List<String> texts(UnionType.Variant variant) {
        return ((ValueSet.Texts) ((ValueSet.Objects) variant.test()).properties().get("kind")).values();
    }

    private static JsonNode tree(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
