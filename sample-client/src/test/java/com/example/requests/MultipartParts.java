package com.example.requests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The server side of the multipart tests: a strict reader of multipart/form-data bodies (RFC 7578). */
final class MultipartParts {

    /** One part: its headers (names lower-cased) and its content. */
    record Part(Map<String, String> headers, byte[] content) {

        String text() {
            return new String(content, StandardCharsets.UTF_8);
        }

        String header(String name) {
            return headers.get(name.toLowerCase(java.util.Locale.ROOT));
        }
    }

    private MultipartParts() {
    }

    /** The boundary a Content-Type names. */
    static String boundary(String contentType) {
        assertTrue(contentType.startsWith("multipart/form-data; boundary="), contentType);
        return contentType.substring(contentType.indexOf("boundary=") + "boundary=".length());
    }

    /** The parts of a body, checking the delimiters, the closing delimiter and that nothing follows it. */
    static List<Part> parse(byte[] body, String contentType) {
        String boundary = boundary(contentType);
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.US_ASCII);
        byte[] next = ("\r\n--" + boundary).getBytes(StandardCharsets.US_ASCII);
        assertEquals(0, indexOf(body, delimiter, 0), "the body starts with the first delimiter");
        List<Part> parts = new ArrayList<>();
        int at = delimiter.length;
        while (!(body[at] == '-' && body[at + 1] == '-')) {
            assertEquals('\r', body[at]);
            assertEquals('\n', body[at + 1]);
            int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), at + 2);
            Map<String, String> headers = new LinkedHashMap<>();
            for (String line : new String(body, at + 2, headersEnd - at - 2, StandardCharsets.UTF_8).split("\r\n")) {
                int colon = line.indexOf(':');
                headers.put(line.substring(0, colon).trim().toLowerCase(java.util.Locale.ROOT), line.substring(colon + 1).trim());
            }
            int contentEnd = indexOf(body, next, headersEnd + 4);
            assertTrue(contentEnd > 0, "every part ends with a delimiter");
            parts.add(new Part(headers, Arrays.copyOfRange(body, headersEnd + 4, contentEnd)));
            at = contentEnd + next.length;
        }
        assertEquals("--\r\n", new String(body, at, body.length - at, StandardCharsets.US_ASCII), "the closing delimiter ends the body");
        return parts;
    }

    static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = from; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
