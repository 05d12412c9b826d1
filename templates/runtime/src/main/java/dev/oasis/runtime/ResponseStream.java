package dev.oasis.runtime;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.http.HttpHeaders;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The body of a response as it arrives, read like any {@link InputStream} or saved to a file; the
 * caller closes it, which also releases the connection. No size limit applies: it reads what the
 * server sends for as long as the caller reads.
 */
public final class ResponseStream extends FilterInputStream {

    private final int statusCode;
    private final HttpHeaders headers;

    ResponseStream(InputStream body, int statusCode, HttpHeaders headers) {
        super(body);
        this.statusCode = statusCode;
        this.headers = headers;
    }

    /** @return the HTTP status */
    public int statusCode() {
        return statusCode;
    }

    /** @return the response headers */
    public HttpHeaders headers() {
        return headers;
    }

    /**
     * Writes the rest of the body to a file and closes this stream. The body goes to a temporary
     * file beside the target first, moved into place once complete, so the target never holds a
     * partial download; a failed download leaves it as it was.
     *
     * @param target the file, replaced if it exists
     * @return the number of bytes written
     * @throws IOException when the body cannot be read or the file written
     */
    public long saveTo(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path partial = Files.createTempFile(absolute.getParent(), absolute.getFileName().toString(), ".part");
        try (InputStream in = this) {
            long written;
            try (OutputStream out = Files.newOutputStream(partial)) {
                written = in.transferTo(out);
            }
            try {
                Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            return written;
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    @Override
    public String toString() {
        return "ResponseStream[status=" + statusCode + ", " + headers.firstValue("Content-Type").orElse("untyped") + "]";
    }
}
