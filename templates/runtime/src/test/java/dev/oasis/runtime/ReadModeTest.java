package dev.oasis.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.oasis.runtime.json.Deviation;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which deviations each read mode refuses. */
class ReadModeTest {

    private static final List<Deviation> ONE_OF_EACH = Arrays.stream(Deviation.Kind.values())
            .map(kind -> new Deviation("/" + kind, "a deviation", kind)).toList();

    @Test
    void tolerantRefusesNothing() {
        assertEquals(List.of(), ReadMode.TOLERANT.refused(ONE_OF_EACH));
    }

    @Test
    void strictRefusesEveryContradictionButNotAnUndeclaredProperty() {
        assertEquals(List.of("/FORBIDDEN_PROPERTY", "/WRONG_TYPE", "/MISSING_PROPERTY", "/NULL_VALUE", "/UNKNOWN_ENUM_VALUE",
                "/NO_MATCHING_BRANCH", "/CONSTRAINT_VIOLATED", "/DUPLICATE_PROPERTY", "/EMPTY_BODY"),
                ReadMode.STRICT.refused(ONE_OF_EACH).stream().map(Deviation::pointer).toList());
    }

    @Test
    void strictClosedRefusesEverything() {
        assertEquals(ONE_OF_EACH, ReadMode.STRICT_CLOSED.refused(ONE_OF_EACH));
    }
}
