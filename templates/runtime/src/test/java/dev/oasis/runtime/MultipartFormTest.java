package dev.oasis.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oasis.runtime.json.Codecs;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Multipart bodies byte for byte: delimiters, part headers, escaping, and the boundary's checks. */
class MultipartFormTest {

    @Test
    void partsAreWrittenBetweenDelimitersWithTheirHeaders() {
        RequestBody body = MultipartForm.encode("multipart/form-data", true, List.of(
                MultipartForm.text("note", "hi", true, null),
                MultipartForm.json("meta", Codecs.mapOf(Codecs.INT32), java.util.Map.of("a", 1), false, null),
                MultipartForm.file("f", FilePart.of(new byte[] {1}, "a\"b\r\n.txt", null), true, "image/png"),
                MultipartForm.header("f", "X-Sum", List.of("1", "2"), false)));
        String boundary = body.contentType().substring("multipart/form-data; boundary=".length());

        String expected = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nhi"
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"meta\"\r\nContent-Type: application/json\r\n\r\n{\"a\":1}"
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"f\"; filename=\"a%22b%0D%0A.txt\"\r\n"
                + "Content-Type: image/png\r\nX-Sum: 1,2\r\n\r\n\u0001"
                + "\r\n--" + boundary + "--\r\n";
        assertEquals(expected, new String(body.bytes().orElseThrow(), StandardCharsets.ISO_8859_1));
        assertTrue(body.repeatable());
    }

    @Test
    void anEmptyOptionalFormSendsNoBodyAndAnEmptyRequiredOneOnlyTheClosingDelimiter() {
        assertNull(MultipartForm.encode("multipart/form-data", false, List.of(MultipartForm.text("a", null, false, null))));

        RequestBody empty = MultipartForm.encode("multipart/form-data", true, List.of());
        String boundary = empty.contentType().substring(empty.contentType().indexOf('=') + 1);
        assertArrayEquals(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII), empty.bytes().orElseThrow());
    }

    @Test
    void theBoundaryIsCheckedAgainstPartsHeldInMemory() {
        byte[] marker = "--oasis-0123".getBytes(StandardCharsets.US_ASCII);

        assertTrue(MultipartEncoder.contains("xx--oasis-0123yy".getBytes(StandardCharsets.US_ASCII), marker));
        assertFalse(MultipartEncoder.contains("--oasis-012".getBytes(StandardCharsets.US_ASCII), marker));
        assertFalse(MultipartEncoder.contains(FilePart.of(new java.io.ByteArrayInputStream(marker), null, null), marker));
    }

    @Test
    void aStreamedPartMakesTheBodyUnrepeatableAndUnreadableForSigners() {
        RequestBody body = MultipartForm.encode("multipart/form-data", true, List.of(
                MultipartForm.file("f", FilePart.of(new java.io.ByteArrayInputStream(new byte[] {1}), "f.bin", null), true, null)));

        assertFalse(body.repeatable());
        assertTrue(body.bytes().isEmpty());
        assertTrue(body.toString().endsWith(", streamed once]"), body.toString());
    }

    @Test
    void badValuesAreRefused() {
        assertEquals("form field 'f' is required",
                assertThrows(NullPointerException.class, () -> MultipartForm.file("f", null, true, null)).getMessage());
        assertEquals("form field 'f' takes FilePart values",
                assertThrows(IllegalArgumentException.class, () -> MultipartForm.file("f", "text", true, null)).getMessage());
        assertEquals("'X Bad' is not a valid header name",
                assertThrows(IllegalArgumentException.class, () -> MultipartForm.header("f", "X Bad", "v", true)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> MultipartForm.header("f", "X-Ok", "line\r\nbreak", true));
    }
}
