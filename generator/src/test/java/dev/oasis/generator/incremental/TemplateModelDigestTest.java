package dev.oasis.generator.incremental;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The digest sees every value of a template model, nested or not, and refuses what it cannot see. */
class TemplateModelDigestTest {

    record Inner(String text, boolean flag, int number) {
    }

    record Outer(String name, List<Inner> items, Optional<Inner> maybe, Map<String, Integer> counts) {
    }

    record Other(String name, List<Inner> items, Optional<Inner> maybe, Map<String, Integer> counts) {
    }

    record Holder(Object value) {
    }

    private static Outer outer(String text) {
        return new Outer("n", List.of(new Inner("a", true, 1), new Inner(text, false, 2)), Optional.empty(), Map.of("k", 1));
    }

    @Test
    void equalModelsHaveEqualDigests() {
        assertEquals(TemplateModelDigest.of(outer("b")), TemplateModelDigest.of(outer("b")));
    }

    @Test
    void anyNestedDifferenceChangesTheDigest() {
        String digest = TemplateModelDigest.of(outer("b"));

        assertNotEquals(digest, TemplateModelDigest.of(outer("c")));
        assertNotEquals(digest, TemplateModelDigest.of(new Outer("n", List.of(new Inner("b", false, 2), new Inner("a", true, 1)),
                Optional.empty(), Map.of("k", 1))), "order");
        assertNotEquals(digest, TemplateModelDigest.of(new Outer("n", outer("b").items(), Optional.of(new Inner("", false, 0)),
                Map.of("k", 1))));
        assertNotEquals(digest, TemplateModelDigest.of(new Outer("n", outer("b").items(), Optional.empty(), Map.of("k", 2))));
        assertNotEquals(digest, TemplateModelDigest.of(new Other("n", outer("b").items(), Optional.empty(), Map.of("k", 1))),
                "the record's type");
    }

    @Test
    void textBoundariesAreKept() {
        assertNotEquals(TemplateModelDigest.of(new Outer("ab", List.of(), Optional.empty(), Map.of())),
                TemplateModelDigest.of(new Outer("a", List.of(new Inner("b", false, 0)), Optional.empty(), Map.of())));
        assertNotEquals(TemplateModelDigest.of(new Holder(null)), TemplateModelDigest.of(new Holder("")));
    }

    @Test
    void theOutputKeyCoversTemplateAndPath() {
        Inner model = new Inner("a", true, 1);
        String key = TemplateModelDigest.ofOutput("model.mustache", "p/A.java", model);

        assertNotEquals(key, TemplateModelDigest.ofOutput("enum.mustache", "p/A.java", model));
        assertNotEquals(key, TemplateModelDigest.ofOutput("model.mustache", "p/B.java", model));
    }

    @Test
    void aValueThatIsNotPlainDataIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> TemplateModelDigest.of(new Holder(new StringBuilder("x"))));

        assertEquals("a template model holds a java.lang.StringBuilder, which is not plain data"
                + " (records, text, numbers, booleans, enums, lists, maps, optionals)", refused.getMessage());
    }
}
