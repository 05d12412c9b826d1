package dev.oasis.generator.fidelity;

import static dev.oasis.generator.fidelity.CompiledFixture.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A discriminated allOf parent becomes a sealed interface implemented by the schemas that extend it. */
class HierarchyRulesTest {

    private static CompiledFixture fixture;

    @BeforeAll
    static void generate() {
        fixture = CompiledFixture.of("hierarchy.yaml");
    }

    @Test
    void childrenAreSubtypesOfTheSealedParent() {
        Class<?> shape = fixture.type("Shape");

        assertTrue(shape.isSealed());
        assertTrue(shape.isAssignableFrom(fixture.type("Circle")));
        assertTrue(shape.isAssignableFrom(fixture.type("Square")));
    }

    @Test
    void mappingValueAndSchemaNameSelectTheChildWithMergedProperties() {
        String json = "{\"shapes\":[{\"shape_type\":\"circle\",\"label\":\"c\",\"radius\":2.0},"
                + "{\"shape_type\":\"Square\",\"side\":1.5}]}";

        CompiledFixture.Reading reading = fixture.read("Drawing", json);

        List<?> shapes = (List<?>) call(reading.value(), "getShapes");
        assertEquals("Circle", shapes.get(0).getClass().getSimpleName());
        assertEquals("c", call(shapes.get(0), "getLabel"));
        assertEquals(2.0, call(shapes.get(0), "getRadius"));
        assertEquals("Square", shapes.get(1).getClass().getSimpleName());
        assertEquals(List.of(), reading.deviations());
        fixture.assertRoundTrip("Drawing", json);
    }

    @Test
    void unknownDiscriminatorValueIsKeptAndReported() {
        String json = "{\"shapes\":[{\"shape_type\":\"hexagon\",\"sides\":6}]}";

        CompiledFixture.Reading reading = fixture.read("Drawing", json);

        List<?> shapes = (List<?>) call(reading.value(), "getShapes");
        assertEquals("Unknown", shapes.get(0).getClass().getSimpleName());
        assertEquals(List.of("/shapes/0"), reading.pointers());
        fixture.assertRoundTrip("Drawing", json);
    }
}
