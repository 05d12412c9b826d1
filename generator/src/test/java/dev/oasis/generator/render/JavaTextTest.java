package dev.oasis.generator.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Spec text cannot change the generated code. */
class JavaTextTest {

    @Test
    void javadocCannotBeClosedByADescription() {
        String line = JavaText.docEscape("ends here */ class Evil {} /*");

        assertFalse(line.contains("*/"), line);
    }

    @Test
    void javadocCannotContainAUnicodeEscapeThatJavacWouldDecode() {
        String line = JavaText.docEscape("newline \\u000a and close \\u002a/");

        assertFalse(line.contains("\\u"), line);
    }

    @Test
    void javadocEscapesHtmlAndAnnotationsAndNonAscii() {
        assertEquals("a &lt;b&gt; &amp; &#64;param caf&#233;", JavaText.docEscape("a <b> & @param café"));
    }

    @Test
    void docLinesCollapseBlankRunsIntoParagraphs() {
        assertEquals(List.of("First.", "<p>", "Second."), JavaText.docLines("First.\n\n\n\nSecond.\n"));
    }

    @Test
    void literalsEscapeQuotesBackslashesAndControlCharacters() {
        assertEquals("\"say \\\"hi\\\" \\\\ \\n \\u00e9\"", JavaText.literal("say \"hi\" \\ \n é"));
    }
}
