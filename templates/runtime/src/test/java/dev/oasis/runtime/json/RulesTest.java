package dev.oasis.runtime.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The branch tests of generated unions, each on the values it passes and fails. */
class RulesTest {

    private static final JsonFactory JSON = new JsonFactory();

    private static boolean passes(Rule rule, String json) throws IOException {
        try (JsonParser parser = JSON.createParser(json)) {
            parser.nextToken();
            boolean passed = rule.test(parser);
            if (passed) {
                assertEquals(null, parser.nextToken(), "a passing test leaves the parser on the value's last token");
            }
            return passed;
        }
    }

    @Test
    void textRulesTestValuesPatternsFormatsAndLengthsInCodePoints() throws IOException {
        assertTrue(passes(Rules.text("users", "teams"), "\"teams\""));
        assertFalse(passes(Rules.text("users"), "\"teams\""));
        assertTrue(passes(Rules.text().pattern("^sig-", "^sig-"), "\"sig-1\""));
        assertFalse(passes(Rules.text().pattern("^sig-", "^sig-"), "\"rule-1\""));
        assertTrue(passes(Rules.text().format(Rules.Format.UUID), "\"123e4567-e89b-42d3-a456-426614174000\""));
        assertFalse(passes(Rules.text().format(Rules.Format.DATE_TIME), "\"2024-01-31\""));
        assertTrue(passes(Rules.text().format(Rules.Format.DATE), "\"2024-01-31\""));
        assertTrue(passes(Rules.text().length(2, 2), "\"\uD83D\uDE00x\""));
        assertFalse(passes(Rules.text(), "1"));
    }

    @Test
    void numberRulesTellIntegersFromNumbersAndTestListedValuesAndRanges() throws IOException {
        assertTrue(passes(Rules.integer(), "3"));
        assertFalse(passes(Rules.integer(), "3.5"));
        assertTrue(passes(Rules.number(), "3.5"));
        assertTrue(passes(Rules.number().values("1", "2.50"), "2.5"));
        assertFalse(passes(Rules.number().values("1"), "2"));
        assertTrue(passes(Rules.number().minimum("0", true).maximum("10", false), "10"));
        assertFalse(passes(Rules.number().minimum("0", true), "0"));
        assertFalse(passes(Rules.number(), "\"1\""));
    }

    @Test
    void arrayRulesTestEveryItemAndTheirCount() throws IOException {
        Rule strings = Rules.array(Rules.text());

        assertTrue(passes(strings, "[\"a\",\"b\"]"));
        assertFalse(passes(strings, "[1,2.4]"));
        assertTrue(passes(Rules.array(Rules.number()), "[1,2.4]"));
        assertTrue(passes(strings, "[]"));
        assertFalse(passes(Rules.array(Rules.any()).size(1, 2), "[]"));
        assertFalse(passes(Rules.array(Rules.any()).size(0, 1), "[[1],{}]"));
    }

    @Test
    void objectRulesTestRequiredPropertiesValuesWherePresentAndClosedness() throws IOException {
        ObjectRule rule = Rules.object().required("queries").property("type", Rules.text("signal_correlation"));

        assertTrue(passes(rule, "{\"queries\":[],\"type\":\"signal_correlation\"}"));
        assertTrue(passes(rule, "{\"queries\":[{\"a\":[1]}]}"));
        assertFalse(passes(rule, "{\"queries\":[],\"type\":\"log_detection\"}"));
        assertFalse(passes(rule, "{\"type\":\"signal_correlation\"}"));
        assertFalse(passes(Rules.object().closed("a"), "{\"a\":1,\"b\":2}"));
        assertTrue(passes(Rules.object().closed("a"), "{\"a\":{\"b\":2}}"));
        assertTrue(passes(Rules.object().property("definition", Rules.object().property("type", Rules.text("markdown"))),
                "{\"definition\":{\"text\":\"#\",\"type\":\"markdown\"},\"x\":1}"));
    }

    @Test
    void aRequiredPropertyTwiceCountsOnce() throws IOException {
        assertFalse(passes(Rules.object().required("a", "b"), "{\"a\":1,\"a\":2}"));
    }

    @Test
    void eitherTriesEachOptionOfTheValuesKind() throws IOException {
        Rule either = Rules.either(Rules.object().required("a"), Rules.object().required("b"), Rules.text());

        assertTrue(passes(either, "{\"b\":{\"c\":[]}}"));
        assertTrue(passes(either, "\"x\""));
        assertFalse(passes(either, "{\"c\":1}"));
        assertFalse(passes(either, "1"));
        assertTrue(passes(Rules.either(Rules.nullValue(), Rules.bool()), "null"));
        assertTrue(passes(Rules.bool(false), "false"));
        assertFalse(passes(Rules.bool(false), "true"));
    }

    @Test
    void theFirstTokenDecidesWhereARuleAsksNoMore() {
        assertTrue(Rules.text().firstTokenDecides());
        assertTrue(Rules.integer().firstTokenDecides());
        assertTrue(Rules.array(Rules.any()).firstTokenDecides());
        assertFalse(Rules.array(Rules.text()).firstTokenDecides());
        assertFalse(Rules.object().required("a").firstTokenDecides());
        assertTrue(Rules.integer().startsWith(JsonToken.VALUE_NUMBER_INT));
        assertFalse(Rules.integer().startsWith(JsonToken.VALUE_NUMBER_FLOAT));
    }

    @Test
    void aUnionTriesTheNextBranchWhenTheValueDoesNotFitAndKeepsOnlyTheKeptReadingsDeviations() throws IOException {
        List<Deviation> deviations = new ArrayList<>();
        JsonInput in = JsonInput.start(JSON.createParser("[1, 2.4]"), deviations);
        Unions.Candidate candidate = Unions.Candidate.of(in);

        assertTrue(candidate.matches(Rules.array(Rules.any())));
        candidate.read(Codecs.listOf(Codecs.STRING));
        assertFalse(candidate.fitted());
        assertEquals(2, deviations.size());
        List<java.math.BigDecimal> numbers = candidate.read(Codecs.listOf(Codecs.DECIMAL));
        assertTrue(candidate.fitted());

        assertEquals(List.of(java.math.BigDecimal.ONE, new java.math.BigDecimal("2.4")), numbers);
        assertEquals(List.of(), deviations);
    }

    @Test
    void aValueNoBranchFitsKeepsTheFirstReadingsDeviationsAndOneThatNoRulePassesIsReported() throws IOException {
        List<Deviation> deviations = new ArrayList<>();
        JsonInput in = JsonInput.start(JSON.createParser("[true]"), deviations);
        Unions.Candidate candidate = Unions.Candidate.of(in);
        candidate.read(Codecs.listOf(Codecs.STRING));
        candidate.fitted();
        candidate.read(Codecs.listOf(Codecs.DECIMAL));
        candidate.fitted();

        assertEquals("[true]", candidate.unmatched("Value").toString());
        assertEquals("[/0: expected a string, found a boolean]", deviations.toString());

        List<Deviation> none = new ArrayList<>();
        Unions.Candidate untested = Unions.Candidate.of(JsonInput.start(JSON.createParser("{}"), none));
        untested.unmatched("Value");
        assertEquals("[/: matches no branch of Value]", none.toString());
    }
}
