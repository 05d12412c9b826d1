package dev.oasis.runtime;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Reads server-sent events as the WHATWG HTML standard's event stream interpretation does: UTF-8
 * with a leading byte order mark skipped, lines ended by CRLF, LF or CR, comments (lines starting
 * with a colon) ignored, {@code data} lines joined with LF, the event dispatched at a blank line
 * when it has data, the last event ID carried over, {@code retry} taken when all digits, unknown
 * fields ignored and an unfinished event at the end of the stream dropped. Lines and events are
 * bounded, so that a server cannot make the client hold an endless line.
 */
final class EventStreamParser {

    /** The longest line read, in bytes. */
    static final int MAX_LINE_BYTES = 1 << 20;

    /** The most data one event may carry, in characters. */
    static final int MAX_EVENT_CHARS = 8 << 20;

    /**
     * One event before its data is read as a type.
     *
     * @param id the last event ID
     * @param event the event type
     * @param data the data lines joined with LF
     * @param retry the reconnection time this event's block set, or null
     */
    record RawEvent(String id, String event, String data, Duration retry) {
    }

    private final InputStream in;
    private final byte[] buffer = new byte[8192];
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private int position;
    private int limit;
    private boolean afterCarriageReturn;
    private boolean firstLine = true;
    private String lastEventId = "";

    EventStreamParser(InputStream in) {
        this.in = in;
    }

    /** @return the next event, or null at the end of the stream */
    RawEvent next() throws IOException {
        StringBuilder data = new StringBuilder();
        String type = "";
        Duration retry = null;
        for (String text = readLine(); text != null; text = readLine()) {
            if (text.isEmpty()) {
                if (data.length() > 0) {
                    return new RawEvent(lastEventId, type.isEmpty() ? "message" : type, data.substring(0, data.length() - 1), retry);
                }
                type = "";
                retry = null;
                continue;
            }
            int colon = text.indexOf(':');
            if (colon == 0) {
                continue;
            }
            String field = colon < 0 ? text : text.substring(0, colon);
            String value = colon < 0 ? "" : text.substring(text.startsWith(" ", colon + 1) ? colon + 2 : colon + 1);
            switch (field) {
                case "event" -> type = value;
                case "data" -> {
                    if (data.length() + value.length() >= MAX_EVENT_CHARS) {
                        throw new IOException("an event carries more than " + MAX_EVENT_CHARS + " characters of data");
                    }
                    data.append(value).append('\n');
                }
                case "id" -> lastEventId = value.indexOf('\0') < 0 ? value : lastEventId;
                case "retry" -> retry = milliseconds(value) != null ? milliseconds(value) : retry;
                default -> {
                    // Unknown fields are ignored, as the standard says.
                }
            }
        }
        return null;
    }

    /** @return the last event ID seen so far, empty when none */
    String lastEventId() {
        return lastEventId;
    }

    private static Duration milliseconds(String value) {
        if (value.isEmpty() || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        try {
            return Duration.ofMillis(Long.parseLong(value));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The next line without its end, or null at the end of the stream (an unended last line is dropped). */
    private String readLine() throws IOException {
        line.reset();
        while (true) {
            int b = read();
            if (b < 0) {
                return null;
            }
            if (afterCarriageReturn) {
                afterCarriageReturn = false;
                if (b == '\n') {
                    continue;
                }
            }
            if (b == '\r' || b == '\n') {
                afterCarriageReturn = b == '\r';
                return decode(line.toByteArray());
            }
            if (line.size() >= MAX_LINE_BYTES) {
                throw new IOException("a line of the event stream is longer than " + MAX_LINE_BYTES + " bytes");
            }
            line.write(b);
        }
    }

    private String decode(byte[] bytes) {
        int start = 0;
        if (firstLine) {
            firstLine = false;
            if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
                start = 3;
            }
        }
        return new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
    }

    private int read() throws IOException {
        if (position == limit) {
            limit = in.read(buffer);
            position = 0;
            if (limit <= 0) {
                limit = 0;
                return -1;
            }
        }
        return buffer[position++] & 0xff;
    }
}
