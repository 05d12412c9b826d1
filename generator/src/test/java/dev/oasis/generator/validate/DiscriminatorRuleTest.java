package dev.oasis.generator.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.oasis.generator.SpecChecks;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A discriminator's property is declared where it must be, and its mapping names schemas that exist. */
class DiscriminatorRuleTest {

    @TempDir
    Path folder;

    private List<String> check(String schemas) {
        return new SpecChecks(folder).of("openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n" + schemas);
    }

    @Test
    void aBranchWithoutTheDiscriminatorPropertyIsAnError() {
        assertEquals(List.of("""
                api.yaml:10:11: error: [discriminator.property-missing] oneOf branch '#/components/schemas/Cat' does not declare the property 'petType' the discriminator names (at #/components/schemas/Pet/oneOf/1)
                  hint: declare 'petType' in every branch, under properties and required"""), check("""
                    Pet:
                      discriminator: {propertyName: petType}
                      oneOf:
                        - $ref: '#/components/schemas/Dog'
                        - $ref: '#/components/schemas/Cat'
                    Base:
                      properties: {petType: {type: string}}
                    Dog:
                      allOf: [{$ref: '#/components/schemas/Base'}]
                    Cat:
                      properties: {lives: {type: integer}}
                """));
    }

    @Test
    void aMappingToASchemaThatDoesNotExistIsAnError() {
        assertEquals(List.of("""
                api.yaml:12:16: error: [discriminator.mapping] mapping value '#/components/schemas/Dgo' names no schema (at #/components/schemas/Pet/discriminator/mapping/dog)
                  hint: map to a schema that exists, by name or as '#/components/schemas/Name'"""), check("""
                    Pet:
                      type: object
                      properties: {petType: {type: string}}
                      discriminator:
                        propertyName: petType
                        mapping:
                          dog: '#/components/schemas/Dgo'
                          cat: Cat
                    Cat:
                      allOf: [{$ref: '#/components/schemas/Pet'}]
                """));
    }

    @Test
    void anAllOfHierarchyDeclaresTheDiscriminatorPropertyItselfAndMapsOnlyIntoItsOwnFile() {
        assertEquals(List.of("""
                api.yaml:10:23: error: [discriminator.property-missing] the discriminator names the property 'kind', which this schema does not declare (at #/components/schemas/Pet/discriminator/propertyName)
                  hint: declare 'kind' under properties, and list it under required""", """
                api.yaml:12:16: error: [discriminator.mapping] mapping value './cats.yaml#/Cat' names a schema in another file (at #/components/schemas/Pet/discriminator/mapping/cat)
                  hint: map to a schema of this file, by name or as '#/components/schemas/Name'"""), check("""
                    Pet:
                      type: object
                      properties: {name: {type: string}}
                      discriminator:
                        propertyName: kind
                        mapping:
                          cat: './cats.yaml#/Cat'
                """));
    }
}
