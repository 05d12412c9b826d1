package dev.oasis.runtime;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Writes the parts of a {@link MultipartForm} between boundary lines (RFC 7578, RFC 2046). The
 * boundary is random (160 bits from {@link SecureRandom}) and checked against every part held in
 * memory; a part streamed from a file or a stream cannot be checked without reading it twice, and
 * contains a random boundary with a chance of about 2<sup>-160</sup> per position.
 */
final class MultipartEncoder {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final byte[] CRLF = {'\r', '\n'};

    private MultipartEncoder() {
    }

    /**
     * The body: each part's headers and content between boundary lines; files and streams stay
     * where they are until the request is sent.
     *
     * @param mediaType the media type, such as {@code multipart/form-data}
     * @param parts the parts in order
     * @param headers more headers by field name
     * @return the body, its Content-Type naming the boundary
     */
    static RequestBody encode(String mediaType, List<MultipartForm.Part> parts, Map<String, Map<String, String>> headers) {
        String boundary = boundary(parts);
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.US_ASCII);
        List<Object> chunks = new ArrayList<>();
        for (MultipartForm.Part part : parts) {
            StringBuilder head = new StringBuilder("\r\nContent-Disposition: form-data; name=\"").append(quoted(part.name())).append('"');
            if (part.fileName() != null) {
                head.append("; filename=\"").append(quoted(part.fileName())).append('"');
            }
            if (part.contentType() != null) {
                head.append("\r\nContent-Type: ").append(ParameterStyles.checkedHeaderValue("Content-Type", part.contentType()));
            }
            headers.getOrDefault(part.name(), Map.of()).forEach((name, value) -> head.append("\r\n").append(name).append(": ").append(value));
            byte[] headBytes = head.append("\r\n\r\n").toString().getBytes(StandardCharsets.UTF_8);
            chunks.add(concat(chunks.isEmpty() ? new byte[0] : CRLF, delimiter, headBytes));
            chunks.add(part.content());
        }
        chunks.add(concat(chunks.isEmpty() ? new byte[0] : CRLF, delimiter, "--\r\n".getBytes(StandardCharsets.US_ASCII)));
        return RequestBody.ofChunks(mediaType.split(";", 2)[0].trim() + "; boundary=" + boundary, chunks);
    }

    /** A random boundary that no part held in memory contains. */
    private static String boundary(List<MultipartForm.Part> parts) {
        while (true) {
            byte[] random = new byte[20];
            RANDOM.nextBytes(random);
            String boundary = "oasis-" + HexFormat.of().formatHex(random);
            byte[] marker = ("--" + boundary).getBytes(StandardCharsets.US_ASCII);
            if (parts.stream().noneMatch(part -> contains(part.content(), marker))) {
                return boundary;
            }
        }
    }

    /** Whether content held in memory contains the marker; false for streamed content. */
    static boolean contains(Object content, byte[] marker) {
        byte[] bytes = content instanceof byte[] b ? b : ((FilePart) content).bytesOrNull();
        if (bytes == null) {
            return false;
        }
        outer:
        for (int i = 0; i + marker.length <= bytes.length; i++) {
            for (int j = 0; j < marker.length; j++) {
                if (bytes[i + j] != marker[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** A name or file name inside quotes, as browsers write it: quote, CR and LF percent-encoded. */
    private static String quoted(String text) {
        return text.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static byte[] concat(byte[]... pieces) {
        int length = 0;
        for (byte[] piece : pieces) {
            length += piece.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] piece : pieces) {
            System.arraycopy(piece, 0, all, at, piece.length);
            at += piece.length;
        }
        return all;
    }
}
