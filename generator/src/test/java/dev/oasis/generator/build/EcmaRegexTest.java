package dev.oasis.generator.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Patterns are ECMA-262, as JSON Schema says; each translates to a Java pattern that matches the same
 * texts, or is refused with the reason where the two dialects differ and no translation is certain.
 */
class EcmaRegexTest {

    @Test
    void dollarIsTheEndOfTheTextNotBeforeAFinalNewline() {
        assertFalse(finds("^abc$", "abc\n"));
        assertTrue(finds("^abc$", "abc"));
    }

    @Test
    void dotExcludesExactlyTheLineTerminatorsOfEcma() {
        assertTrue(finds("^a.b$", "a\u0085b"));
        assertFalse(finds("^a.b$", "a\u2028b"));
    }

    @Test
    void whitespaceIncludesTheUnicodeSpacesEcmaCounts() {
        assertTrue(finds("^a\\sb$", "a\u00a0b"));
        assertTrue(finds("^a[\\s-]b$", "a\u3000b"));
        assertFalse(finds("^a\\Sb$", "a\ufeffb"));
    }

    @Test
    void wordBoundariesUseAsciiWordCharacters() {
        assertTrue(finds("\\bcat\\b", "a cat!"));
        assertFalse(finds("\\bé", "é"));
        assertTrue(Pattern.compile("\\bé").matcher("é").find());
    }

    @Test
    void charactersLiteralInEcmaStayLiteral() {
        assertTrue(finds("^a{b}$", "a{b}"));
        assertTrue(finds("^[a&&b]$", "&"));
        assertTrue(finds("^[[]$", "["));
        assertTrue(finds("^[^]$", "\n"));
        assertFalse(finds("[]", "a"));
    }

    @Test
    void escapesOfBothDialectsTranslate() {
        assertTrue(finds("^\\u{1F600}$", "\uD83D\uDE00"));
        assertTrue(finds("^\\x41\\u0042\\cJ\\0$", "AB\n\0"));
        assertTrue(finds("^[\\b]$", "\b"));
        assertTrue(finds("^\\p{Lu}\\p{Script=Greek}$", "AΩ"));
        assertTrue(finds("^(?<year>\\d{4})-\\k<year>$", "2024-2024"));
        assertTrue(finds("^\\/\\.$", "/."));
    }

    @Test
    void javaOnlySyntaxIsRefusedWithTheReason() {
        assertEquals("'(?i)' is not a group ECMA-262 knows (inline flags and atomic groups are Java only)",
                EcmaRegex.translate("(?i)abc").problem());
        assertEquals("'a++' is a possessive quantifier in Java and an error in ECMA-262".replace("a++", "++"),
                EcmaRegex.translate("a++").problem());
        assertEquals("'\\A' is not an escape ECMA-262 knows, or means something else in Java", EcmaRegex.translate("\\Aabc").problem());
        assertEquals("a character class is not closed with ']'", EcmaRegex.translate("[abc").problem());
        assertEquals(Optional.empty(), EcmaRegex.translate("a(").java());
    }

    @Test
    void samplesMatchTheirPatterns() {
        for (String pattern : new String[] {"^item_[a-z0-9]+$", "^sig-[0-9]+$", "^(foo|bar)\\.[A-Z]{2,3}$", "^\\d{4}-\\d{2}$",
                "^[^@\\s]+@[^@\\s]+\\.[a-z]{2,}$", "^.{8,}$", "^\\p{Lu}+$"}) {
            Optional<String> sample = RegexSamples.sample(pattern, text -> true);
            assertTrue(sample.isPresent(), pattern);
            assertTrue(finds(pattern, sample.get()), pattern + " ~ " + sample.get());
        }
        assertEquals(Optional.of("item_aaaaaaa"), RegexSamples.sample("^item_[a-z0-9]+$", text -> text.length() >= 12)
                .map(text -> text.substring(0, 5) + "a".repeat(text.length() - 5)));
    }

    private static boolean finds(String ecma, String text) {
        return Pattern.compile(EcmaRegex.translate(ecma).java().orElseThrow(() -> new AssertionError(ecma + ": "
                + EcmaRegex.translate(ecma).problem()))).matcher(text).find();
    }
}
