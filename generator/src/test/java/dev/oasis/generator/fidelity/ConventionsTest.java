package dev.oasis.generator.fidelity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oasis.generator.Conventions;
import dev.oasis.generator.Generator;
import dev.oasis.generator.GeneratorConfig;
import dev.oasis.generator.RepositoryFiles;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.valueextraction.ValueExtractor;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The team's conventions on one fixture ({@code fixtures/conventions.yaml}), all on: Bean Validation
 * annotations that a real validator enforces, Serializable models, {@code @Generated}, a schema
 * mapped to the team's own class and type mappings; the output compiles without warnings.
 */
class ConventionsTest {

    private static final String VALID = """
            {"code":"AB-12","note":null,"reference":"x1","legacy":"a","quantity":5,"discount":0.25,"weight":1.5,\
            "lines":[{"sku":"A1"}],"status":"open","id":"o-1","placed":"2024-05-01T10:00:00Z",\
            "price":{"amount":"9.90","currency":"EUR"},"shipping":{"sku":"B2"}}""";

    private static final Conventions ALL_ON = Conventions.builder().serializableModels(true).generatedAnnotation(true)
            .beanValidation(true).schemaMappings(List.of("Money=com.acme.Money"))
            .typeMappings(List.of("string+date-time=java.time.Instant", "number=double")).build();

    private static CompiledFixture fixture;
    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void generate() throws ReflectiveOperationException {
        fixture = CompiledFixture.of("conventions.yaml", ALL_ON, List.of("conventions/com/acme/Money.java"));
        ValueExtractor<?> extractor = (ValueExtractor<?>) fixture.generated("validation.JsonNullableValueExtractor")
                .getConstructor().newInstance();
        factory = Validation.byDefaultProvider().configure().addValueExtractor(extractor).buildValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void stop() {
        if (factory != null) {
            factory.close();
        }
    }

    @Test
    void gettersCarryTheAnnotationsTheSchemaImplies(@TempDir Path output) {
        String order = fixture.source("Order");

        for (String annotation : List.of("@NotNull", "@Size(min = 3, max = 8)", "@Pattern(regexp = \"^[A-Z]+-[0-9]+$\")",
                "@Pattern(regexp = \"(?s).*(?:[0-9]).*\")", "@Min(1)", "@Max(99)",
                "@DecimalMin(value = \"0\", inclusive = false)", "@DecimalMax(\"0.5\")", "@Size(min = 1, max = 3)", "@Valid")) {
            assertTrue(order.contains("    " + annotation + "\n"), annotation + " in\n" + order);
        }
        assertTrue(fixture.source("Shipping").contains("record LineVariant(@Valid Line value)"), "union branches that are models cascade");
        assertEquals(List.of("/components/schemas/Order/properties/legacy/pattern: the pattern '(?<=a' is not checked: it is not"
                + " a valid regular expression (Unclosed group)"), new Generator().generate(GeneratorConfig.builder(
                        RepositoryFiles.root().resolve("generator/src/test/resources/fixtures/conventions.yaml"), output)
                .conventions(ALL_ON).build()).warnings().stream()
                .map(warning -> warning.pointer() + ": " + warning.message()).toList());
    }

    @Test
    void aValidatorEnforcesThemOnValuesReadFromJson() {
        assertEquals(Set.of(), violations(VALID));
        String invalid = """
                {"code":"ab","note":"toolong","reference":"abc","quantity":100,"discount":0,"lines":[{"sku":"toolong"}],\
                "shipping":{"sku":"toolong"},"price":{"amount":"1","currency":"EUR"}}""";

        assertEquals(new TreeSet<>(List.of("code Pattern", "code Size", "discount DecimalMin", "lines[0].sku Size", "note Size",
                "quantity Max", "reference Pattern", "shipping.value.sku Size", "status NotNull")), violations(invalid));
    }

    @Test
    void modelsEnumsUnionsAndMappedClassesSurviveJavaSerialization() throws Exception {
        Object order = fixture.read("Order", VALID).value();

        Object copy = deserialize(serialize(order));

        assertEquals(order, copy);
        Object status = CompiledFixture.call(copy, "getStatus");
        assertSame(fixture.type("Status").getField("OPEN").get(null), status, "a listed enum value stays its constant");
        assertEquals(true, CompiledFixture.call(status, "isKnown"));
    }

    @Test
    void mappedSchemasAndTypesBecomeTheTeamsClasses() throws Exception {
        Class<?> order = fixture.type("Order");

        assertEquals("com.acme.Money", order.getMethod("getPrice").getReturnType().getName());
        assertEquals(Instant.class, order.getMethod("getPlaced").getReturnType());
        assertEquals(Double.class, order.getMethod("getDiscount").getReturnType());
        assertTrue(fixture.files().stream().noneMatch(file -> file.relativePath().endsWith("/Money.java")), "a mapped schema is not generated");
        fixture.assertRoundTrip("Order", VALID);
        Object card = CompiledFixture.call(fixture.read("Order", "{\"payment\":{\"amount\":\"1\",\"currency\":\"EUR\"}}").value(),
                "getPayment");
        Object cash = CompiledFixture.call(fixture.read("Order", "{\"payment\":\"cash\"}").value(), "getPayment");
        assertEquals("MoneyVariant", card.getClass().getSimpleName(), "a branch mapped to the team's class is told by its shape");
        assertEquals("com.acme.Money", CompiledFixture.call(card, "value").getClass().getName());
        assertEquals("StringValue", cash.getClass().getSimpleName());
    }

    @Test
    void everyRenderedClassSaysItWasGeneratedWithoutADate() {
        fixture.files().stream().filter(file -> file.template().endsWith(".mustache")).forEach(file ->
                assertTrue(file.content().contains("\n@Generated(\"dev.oasis.generator.Generator\")\n"), file.relativePath()));
    }

    private static Set<String> violations(String json) {
        Set<String> found = new TreeSet<>();
        for (ConstraintViolation<Object> violation : validator.validate(fixture.read("Order", json).value())) {
            found.add(violation.getPropertyPath() + " " + violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName());
        }
        return found;
    }

    private static byte[] serialize(Object value) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        return bytes.toByteArray();
    }

    private static Object deserialize(byte[] bytes) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new LoaderInputStream(new ByteArrayInputStream(bytes), fixture.loader())) {
            return in.readObject();
        }
    }

    /** Resolves classes through the generated classes' loader. */
    private static final class LoaderInputStream extends ObjectInputStream {

        private final ClassLoader loader;

        LoaderInputStream(InputStream in, ClassLoader loader) throws IOException {
            super(in);
            this.loader = loader;
        }

        @Override
        protected Class<?> resolveClass(ObjectStreamClass description) throws IOException, ClassNotFoundException {
            return Class.forName(description.getName(), false, loader);
        }
    }
}
