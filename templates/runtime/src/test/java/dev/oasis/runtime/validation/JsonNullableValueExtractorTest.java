package dev.oasis.runtime.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.oasis.runtime.json.JsonNullable;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Hibernate Validator, finding the extractor through the service file as generated projects register
 * it, checks constraints on nullable properties against their values and cascades into them.
 */
class JsonNullableValueExtractorTest {

    private static ValidatorFactory factory;
    private static Validator validator;

    /** A model's getters as beanValidation writes them. */
    public static final class Owner {

        private final JsonNullable<String> nick;
        private final JsonNullable<Tag> tag;

        Owner(JsonNullable<String> nick, JsonNullable<Tag> tag) {
            this.nick = nick;
            this.tag = tag;
        }

        @Size(max = 3)
        public JsonNullable<String> getNick() {
            return nick;
        }

        @Valid
        public JsonNullable<Tag> getTag() {
            return tag;
        }
    }

    /** A nested model with a required property. */
    public static final class Tag {

        private final String name;

        Tag(String name) {
            this.name = name;
        }

        @NotNull
        public String getName() {
            return name;
        }
    }

    @BeforeAll
    static void start() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void stop() {
        factory.close();
    }

    private static Set<String> violations(Owner owner) {
        Set<String> paths = new TreeSet<>();
        for (ConstraintViolation<Owner> violation : validator.validate(owner)) {
            paths.add(violation.getPropertyPath() + " " + violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName());
        }
        return paths;
    }

    @Test
    void constraintsApplyToTheValueAndAbsentOrNullPasses() {
        assertEquals(Set.of(), violations(new Owner(JsonNullable.of("abc"), JsonNullable.absent())));
        assertEquals(Set.of(), violations(new Owner(JsonNullable.ofNull(), JsonNullable.ofNull())));
        assertEquals(Set.of("nick Size"), violations(new Owner(JsonNullable.of("abcd"), JsonNullable.absent())));
    }

    @Test
    void validationCascadesIntoANullableModel() {
        assertEquals(Set.of("tag.name NotNull"), violations(new Owner(JsonNullable.absent(), JsonNullable.of(new Tag(null)))));
    }
}
