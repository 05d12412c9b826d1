package dev.oasis.generator.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.oasis.generator.SpecChecks;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Enum values are values of the schema's type, reported at their own line. */
class EnumRuleTest {

    @TempDir
    Path folder;

    private List<String> check(String schemas) {
        return new SpecChecks(folder).of("openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n" + schemas);
    }

    @Test
    void anIntegerEnumValueThatIsNoIntegerIsAnErrorAtItsLine() {
        assertEquals(List.of("""
                api.yaml:10:11: error: [enum.type] enum value '1 = left' is not an integer, as the schema's type says (at #/components/schemas/Side/enum/1)
                  hint: write the value as a whole number, and its meaning in description or x-enum-varnames"""), check("""
                    Side:
                      type: integer
                      enum:
                        - 0
                        - 1 = left
                        - 2.0
                """));
    }

    @Test
    void anInt32EnumValueOutOfRangeIsAnError() {
        assertEquals(List.of("""
                api.yaml:6:52: error: [enum.type] enum value 3000000000 does not fit format int32 (at #/components/schemas/Code/enum/1)
                  hint: use format: int64, or a value between -2147483648 and 2147483647"""),
                check("    Code: {type: integer, format: int32, enum: [1, 3000000000]}\n"));
    }

    @Test
    void aNumberInAStringEnumIsReadAsTextWithAWarning() {
        assertEquals(List.of("""
                api.yaml:6:39: warning: [enum.type] enum value '2' is not a string, as the schema's type says (at #/components/schemas/Level/enum/1)
                  hint: it is read as '2'; quote or correct it"""), check("    Level: {type: string, enum: [one, 2]}\n"));
    }

    @Test
    void nullInAnEnumNeedsNullableAndARepeatedValueIsAWarning() {
        assertEquals(List.of("""
                api.yaml:6:37: warning: [enum.null] enum value null is not a value of this schema, which is not nullable (at #/components/schemas/Level/enum/1)
                  hint: add nullable: true, or remove null from the enum""", """
                api.yaml:6:43: warning: [enum.duplicate] enum value 'a' is listed twice (at #/components/schemas/Level/enum/2)
                  hint: remove one; the enum has it once"""), check("    Level: {type: string, enum: [a, null, a]}\n    Other: {type: string, nullable: true, enum: [b, null]}\n"));
    }
}
