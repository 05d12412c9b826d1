package com.example.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.example.money.Money;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mycompany.shop.model.ShopLineDto;
import com.mycompany.shop.model.ShopOrderDto;
import com.mycompany.shop.model.ShopStatusDto;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The generated models as the team's conventions and classes shape them, used as the team would. */
class ShopTest {

    private static final String JSON = "{\"code\":\"AB-12\",\"note\":null,\"quantity\":2,\"total\":9.9,"
            + "\"placed\":\"2024-05-01T10:00:00Z\",\"status\":\"open\",\"price\":{\"amount\":\"9.90\",\"currency\":\"EUR\"},"
            + "\"lines\":[{\"sku\":\"A1\"}]}";

    @Test
    void aValidatorFoundThroughTheServiceFileEnforcesTheSpecsConstraints() {
        ShopOrderDto invalid = ShopOrderDto.builder().code("ab").note("toolong").quantity(11).total(0.0)
                .lines(List.of(ShopLineDto.builder().sku("toolong").build())).build();
        ShopOrderDto empty = ShopOrderDto.builder().code("AB-1").lines(List.of()).build();

        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            Validator validator = factory.getValidator();
            assertEquals(Set.of(), violations(validator, ShopOrderDto.builder().code("AB-1")
                    .lines(List.of(ShopLineDto.builder().sku("A1").build())).build()));
            assertEquals(new TreeSet<>(List.of("code Pattern", "code Size", "lines[0].sku Size", "note Size", "quantity Max",
                    "total DecimalMin")), violations(validator, invalid));
            assertEquals(Set.of("lines Size"), violations(validator, empty));
        }
    }

    @Test
    void theTeamsClassesAndJavaTypesStandForTheMappedSchemasAndFormats() throws Exception {
        ObjectMapper mapper = new ObjectMapper();

        ShopOrderDto order = mapper.readValue(JSON, ShopOrderDto.class);

        Money price = order.getPrice();
        Instant placed = order.getPlaced();
        Double total = order.getTotal();
        assertEquals(new Money("9.90", "EUR"), price);
        assertEquals(Instant.parse("2024-05-01T10:00:00Z"), placed);
        assertEquals(9.9, total);
        assertEquals(ShopStatusDto.OPEN, order.getStatus());
        assertEquals(JSON, mapper.writeValueAsString(order));
    }

    @Test
    void modelsAreSerializableAndComeBackEqual() throws Exception {
        ShopOrderDto order = new ObjectMapper().readValue(JSON, ShopOrderDto.class);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(order);
        }

        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            ShopOrderDto copy = (ShopOrderDto) in.readObject();
            assertEquals(order, copy);
            assertEquals(true, copy.getStatus().isKnown());
        }
    }

    private static Set<String> violations(Validator validator, ShopOrderDto order) {
        Set<String> found = new TreeSet<>();
        for (ConstraintViolation<ShopOrderDto> violation : validator.validate(order)) {
            found.add(violation.getPropertyPath() + " " + violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName());
        }
        return found;
    }
}
