package dev.oasis.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The event stream interpretation of the WHATWG HTML standard, case by case. */
class EventStreamParserTest {

    @Test
    void dataLinesJoinWithLineFeedsAndTheTrailingOneIsRemoved() throws IOException {
        assertEquals(List.of("message|first\nsecond|"), events("data: first\ndata: second\n\n"));
    }

    @Test
    void onlyOneSpaceAfterTheColonIsRemoved() throws IOException {
        assertEquals(List.of("message|  two spaces|", "message|none|"), events("data:   two spaces\n\ndata:none\n\n"));
    }

    @Test
    void linesEndWithCrLfLfOrCrAlone() throws IOException {
        assertEquals(List.of("message|a|", "message|b|", "message|c|"), events("data: a\r\n\r\ndata: b\n\ndata: c\r\r"));
    }

    @Test
    void aLeadingByteOrderMarkIsSkippedOnlyAtTheStart() throws IOException {
        assertEquals(List.of("message|x|", "message|\uFEFFy|"), events("\uFEFFdata: x\n\ndata: \uFEFFy\n\n"));
    }

    @Test
    void commentsUnknownFieldsAndBlocksWithoutDataDispatchNothing() throws IOException {
        assertEquals(List.of("message|kept|"), events(": comment\n\nevent: lost\nretry: 10\n\nfoo: bar\ndata: kept\n\n"));
    }

    @Test
    void theEventTypeResetsAfterEachEventAndTheIdCarriesOver() throws IOException {
        assertEquals(List.of("custom|a|7", "message|b|7", "message|c|"),
                events("event: custom\nid: 7\ndata: a\n\ndata: b\n\nid\ndata: c\n\n"));
    }

    @Test
    void anIdContainingNullIsIgnored() throws IOException {
        assertEquals(List.of("message|a|1", "message|b|1"), events("id: 1\ndata: a\n\nid: x\u0000y\ndata: b\n\n"));
    }

    @Test
    void retryIsTakenOnlyWhenAllDigits() throws IOException {
        EventStreamParser parser = parser("retry: 250\ndata: a\n\nretry: 1.5\ndata: b\n\n");

        assertEquals(Duration.ofMillis(250), parser.next().retry());
        assertNull(parser.next().retry());
    }

    @Test
    void aFieldWithoutAColonHasAnEmptyValue() throws IOException {
        assertEquals(List.of("message||"), events("data\n\n"));
    }

    @Test
    void anUnfinishedEventAtTheEndIsDropped() throws IOException {
        assertEquals(List.of("message|done|"), events("data: done\n\ndata: unfinished\n"));
    }

    @Test
    void invalidUtf8BecomesReplacementCharacters() throws IOException {
        byte[] bytes = {'d', 'a', 't', 'a', ':', ' ', (byte) 0xC3, '\n', '\n'};

        assertEquals("\uFFFD", new EventStreamParser(new ByteArrayInputStream(bytes)).next().data());
    }

    @Test
    void aLineOverTheLimitIsRefused() {
        String line = "data: " + "x".repeat(EventStreamParser.MAX_LINE_BYTES) + "\n\n";

        IOException error = assertThrows(IOException.class, () -> parser(line).next());

        assertEquals("a line of the event stream is longer than 1048576 bytes", error.getMessage());
    }

    @Test
    void anEventOverTheDataLimitIsRefused() {
        String line = "data: " + "x".repeat(EventStreamParser.MAX_LINE_BYTES - 10) + "\n";
        String event = line.repeat(EventStreamParser.MAX_EVENT_CHARS / (EventStreamParser.MAX_LINE_BYTES - 10) + 1) + "\n";

        IOException error = assertThrows(IOException.class, () -> parser(event).next());

        assertEquals("an event carries more than 8388608 characters of data", error.getMessage());
    }

    private static List<String> events(String stream) throws IOException {
        EventStreamParser parser = parser(stream);
        List<String> events = new ArrayList<>();
        for (EventStreamParser.RawEvent event = parser.next(); event != null; event = parser.next()) {
            events.add(event.event() + "|" + event.data() + "|" + event.id());
        }
        return events;
    }

    private static EventStreamParser parser(String stream) {
        return new EventStreamParser(new ByteArrayInputStream(stream.getBytes(StandardCharsets.UTF_8)));
    }
}
