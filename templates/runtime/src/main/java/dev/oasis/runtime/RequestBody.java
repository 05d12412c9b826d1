package dev.oasis.runtime;

import java.io.ByteArrayOutputStream;
import java.io.FileNotFoundException;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The body of a request: its Content-Type and its content, a sequence of bytes held in memory and
 * files or streams read only while the request is sent, so that a large upload is never held whole.
 */
public final class RequestBody {

    private final String contentType;
    private final List<Object> chunks;

    private RequestBody(String contentType, List<Object> chunks) {
        this.contentType = ParameterStyles.checkedHeaderValue("Content-Type", Objects.requireNonNull(contentType, "contentType"));
        this.chunks = List.copyOf(chunks);
    }

    /**
     * A body held in memory.
     *
     * @param bytes the content; copied
     * @param contentType the Content-Type
     * @return the body
     */
    public static RequestBody of(byte[] bytes, String contentType) {
        return new RequestBody(contentType, List.of(bytes.clone()));
    }

    /**
     * A body streamed from a file or a stream, or held in memory, as the part holds it.
     *
     * @param content the content
     * @param contentType the Content-Type
     * @return the body
     */
    public static RequestBody of(FilePart content, String contentType) {
        return new RequestBody(contentType, List.of(content));
    }

    /**
     * A body made of several pieces sent one after the other, such as the parts of a multipart body.
     *
     * @param contentType the Content-Type
     * @param chunks each a {@code byte[]} or a {@link FilePart}
     * @return the body
     */
    static RequestBody ofChunks(String contentType, List<Object> chunks) {
        for (Object chunk : chunks) {
            if (!(chunk instanceof byte[]) && !(chunk instanceof FilePart)) {
                throw new IllegalArgumentException("a body chunk is bytes or a FilePart, not " + chunk.getClass().getName());
            }
        }
        return new RequestBody(contentType, chunks);
    }

    /** @return the Content-Type, parameters such as a multipart boundary included */
    public String contentType() {
        return contentType;
    }

    /**
     * The content, when all of it is held in memory: what a signing interceptor can read.
     *
     * @return a copy of the bytes, or empty when part of the body is streamed from a file or a stream
     */
    public Optional<byte[]> bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object chunk : chunks) {
            byte[] bytes = chunk instanceof byte[] b ? b : ((FilePart) chunk).bytesOrNull();
            if (bytes == null) {
                return Optional.empty();
            }
            out.writeBytes(bytes);
        }
        return Optional.of(out.toByteArray());
    }

    /** @return whether the body can be sent again, as a retry needs: false when part of it is a stream */
    public boolean repeatable() {
        return chunks.stream().allMatch(chunk -> !(chunk instanceof FilePart part) || part.repeatable());
    }

    /**
     * A publisher of the whole body for one attempt; files and streams are read as it is sent.
     *
     * @return the publisher
     * @throws FileNotFoundException when a file cannot be read
     */
    HttpRequest.BodyPublisher publisher() throws FileNotFoundException {
        List<HttpRequest.BodyPublisher> publishers = new ArrayList<>(chunks.size());
        for (Object chunk : chunks) {
            publishers.add(chunk instanceof byte[] bytes ? HttpRequest.BodyPublishers.ofByteArray(bytes) : ((FilePart) chunk).publisher());
        }
        return publishers.size() == 1 ? publishers.get(0)
                : HttpRequest.BodyPublishers.concat(publishers.toArray(HttpRequest.BodyPublisher[]::new));
    }

    /** The Content-Type and how the body is held; never the content. */
    @Override
    public String toString() {
        return "RequestBody[" + contentType + ", " + chunks.size() + (chunks.size() == 1 ? " piece" : " pieces")
                + (repeatable() ? "" : ", streamed once") + "]";
    }
}
