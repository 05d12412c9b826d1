package com.example.incidents;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.example.incidents.model.User;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.IntNode;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The raw properties a generated builder keeps (undeclared ones, and declared ones whose value did
 * not fit), whose map is made only when the first one comes: they survive a copy through
 * {@code toBuilder}, equality and writing back, and a setter replaces the raw value of its property.
 */
class BuilderRawPropertiesTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void undeclaredPropertiesSurviveACopyThroughToBuilder() throws IOException {
        String json = "{\"id\":\"u-1\",\"type\":\"users\",\"uuid\":\"x\",\"n\":[1]}";
        User user = MAPPER.readValue(json, User.class);

        User copy = user.toBuilder().build();

        assertEquals(user, copy);
        assertEquals(user.hashCode(), copy.hashCode());
        assertEquals(user.toString(), copy.toString());
        assertEquals(json, MAPPER.writeValueAsString(copy));
    }

    @Test
    void aValueWithoutRawPropertiesTakesAddedOnesAndASetterDropsTheRawValueOfItsProperty() throws IOException {
        User plain = MAPPER.readValue("{\"id\":\"u-1\"}", User.class);
        assertEquals(Map.of(), plain.getAdditionalProperties());
        assertEquals(plain, User.builder().id("u-1").build());

        User more = plain.toBuilder().putAdditionalProperty("extra", IntNode.valueOf(1)).build();
        assertEquals("{\"id\":\"u-1\",\"extra\":1}", MAPPER.writeValueAsString(more));
        assertEquals(Map.of(), plain.getAdditionalProperties(), "the copy's builder has a map of its own");

        User mismatched = MAPPER.readValue("{\"id\":5}", User.class);
        assertEquals(Map.of("id", IntNode.valueOf(5)), mismatched.getAdditionalProperties());
        assertEquals("{\"id\":5}", MAPPER.writeValueAsString(mismatched));
        User fixed = mismatched.toBuilder().id("u-2").build();
        assertEquals(Map.of(), fixed.getAdditionalProperties());
        assertEquals("{\"id\":\"u-2\"}", MAPPER.writeValueAsString(fixed));
    }
}
