package dev.oasis.generator.apidiff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The public-API diff: what counts as added, removed and changed, and what breaks callers. */
class ApiDiffTest {

    private static final String BEFORE = """
            package p;
            public final class Pet {
                public static final String KIND = "pet";
                private String secret;
                public String getName() { return null; }
                public long getId() { return 0; }
                String packagePrivate() { return null; }
                public enum Status { AVAILABLE, SOLD }
                public record Tag(String label) { }
            }
            """;

    @Test
    void removedAndChangedElementsBreakCallersAddedOnesDoNot() {
        String after = """
                package p;
                public final class Pet {
                    public static final String KIND = "pet";
                    private int secret;
                    public String getName() { return null; }
                    public String getId() { return null; }
                    public String getNickname() { return null; }
                    public enum Status { AVAILABLE }
                    public record Tag(String label, int weight) { }
                }
                """;

        List<ApiChange> changes = ApiDiff.between(Map.of("p/Pet.java", BEFORE), Map.of("p/Pet.java", after));

        assertEquals(List.of(
                "BREAKING removed constructor p.Pet.Tag(String)",
                "added constructor p.Pet.Tag(String, int)",
                "BREAKING removed enum constant p.Pet.Status#SOLD",
                "BREAKING changed method p.Pet#getId(): long -> String",
                "added method p.Pet#getNickname(): String",
                "added method p.Pet.Tag#weight(): int"),
                changes.stream().map(ApiChange::describe).toList());
    }

    @Test
    void identicalFilesAreNotEvenParsedAndRemovedFilesRemoveTheirTypes() {
        assertEquals(List.of(), ApiDiff.between(Map.of("p/Pet.java", BEFORE), Map.of("p/Pet.java", BEFORE)));

        List<ApiChange> removed = ApiDiff.between(Map.of("p/Pet.java", BEFORE), Map.of());

        assertEquals(true, removed.stream().allMatch(ApiChange::isBreaking));
        assertEquals(true, removed.stream().anyMatch(change -> change.element().equals("type p.Pet")));
    }
}
