package dev.oasis.runtime;

import java.io.FileNotFoundException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Content to upload, as a multipart file part or as a whole binary request body, with the file name
 * and content type a part carries. From a {@link Path} it is streamed from the file, and sent again
 * as it is when a request is retried; from an {@link InputStream} it is streamed once (a request
 * with such content is not retried, and the same instance cannot be sent twice); from bytes it is
 * sent as given. Immutable, apart from the stream it may read.
 */
public final class FilePart {

    private final Path path;
    private final InputStream stream;
    private final byte[] bytes;
    private final String fileName;
    private final String contentType;
    private final AtomicBoolean streamUsed;

    private FilePart(Path path, InputStream stream, byte[] bytes, String fileName, String contentType, AtomicBoolean streamUsed) {
        this.path = path;
        this.stream = stream;
        this.bytes = bytes;
        this.fileName = fileName;
        this.contentType = contentType == null ? null : ParameterStyles.checkedHeaderValue("Content-Type", contentType);
        this.streamUsed = streamUsed;
    }

    /**
     * A file, named after its last path element, its content type left to the spec (or
     * {@code application/octet-stream}).
     *
     * @param path the file; read when the request is sent
     * @return the part
     */
    public static FilePart of(Path path) {
        Path fileName = Objects.requireNonNull(path, "path").getFileName();
        return new FilePart(path, null, null, fileName == null ? null : fileName.toString(), null, null);
    }

    /**
     * A file with a content type, named after its last path element.
     *
     * @param path the file; read when the request is sent
     * @param contentType the content type, such as {@code image/png}
     * @return the part
     */
    public static FilePart of(Path path, String contentType) {
        return of(path).withContentType(contentType);
    }

    /**
     * Content read from a stream when the request is sent, to its end; the stream is closed once read.
     *
     * @param stream the content; read once
     * @param fileName the file name a multipart part carries, or null for none
     * @param contentType the content type, or null to leave it to the spec (or {@code application/octet-stream})
     * @return the part
     */
    public static FilePart of(InputStream stream, String fileName, String contentType) {
        return new FilePart(null, Objects.requireNonNull(stream, "stream"), null, fileName, contentType, new AtomicBoolean());
    }

    /**
     * Content held in memory.
     *
     * @param bytes the content; copied
     * @param fileName the file name a multipart part carries, or null for none
     * @param contentType the content type, or null to leave it to the spec (or {@code application/octet-stream})
     * @return the part
     */
    public static FilePart of(byte[] bytes, String fileName, String contentType) {
        return new FilePart(null, null, Objects.requireNonNull(bytes, "bytes").clone(), fileName, contentType, null);
    }

    /**
     * Content held in memory, without a file name or content type.
     *
     * @param bytes the content; copied
     * @return the part
     */
    public static FilePart of(byte[] bytes) {
        return of(bytes, null, null);
    }

    /**
     * This content under another file name.
     *
     * @param name the file name, or null for none
     * @return a part with the same content
     */
    public FilePart withFileName(String name) {
        return new FilePart(path, stream, bytes, name, contentType, streamUsed);
    }

    /**
     * This content with another content type.
     *
     * @param type the content type, or null to leave it to the spec
     * @return a part with the same content
     */
    public FilePart withContentType(String type) {
        return new FilePart(path, stream, bytes, fileName, type, streamUsed);
    }

    /** @return the file name a multipart part carries, if any */
    public Optional<String> fileName() {
        return Optional.ofNullable(fileName);
    }

    /** @return the content type given by the caller, if any */
    public Optional<String> contentType() {
        return Optional.ofNullable(contentType);
    }

    /** @return whether the content can be sent again, as a retry needs: false for a stream */
    public boolean repeatable() {
        return stream == null;
    }

    /** @return the bytes when the content is held in memory; a copy */
    Optional<byte[]> bytes() {
        return Optional.ofNullable(bytes).map(byte[]::clone);
    }

    /** @return the bytes when the content is held in memory, not copied: for the runtime's own reading */
    byte[] bytesOrNull() {
        return bytes;
    }

    /**
     * A publisher of the content, streamed from the file or the stream.
     *
     * @return the publisher
     * @throws FileNotFoundException when the file cannot be read
     * @throws IllegalStateException when a stream is sent a second time
     */
    HttpRequest.BodyPublisher publisher() throws FileNotFoundException {
        if (bytes != null) {
            return HttpRequest.BodyPublishers.ofByteArray(bytes);
        }
        if (path != null) {
            if (!Files.isReadable(path)) {
                throw new FileNotFoundException("cannot read the file " + path);
            }
            return HttpRequest.BodyPublishers.ofFile(path);
        }
        if (!streamUsed.compareAndSet(false, true)) {
            throw new IllegalStateException("the stream of this FilePart was already sent; create a new FilePart for each request");
        }
        return HttpRequest.BodyPublishers.ofInputStream(() -> stream);
    }

    /** The file name, the content type and where the content comes from; never the content. */
    @Override
    public String toString() {
        String source = bytes != null ? bytes.length + " bytes" : path != null ? "file " + path : "stream";
        return "FilePart[" + source + ", fileName=" + fileName + ", contentType=" + contentType + "]";
    }
}
