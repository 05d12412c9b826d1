package dev.oasis.runtime;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Bytes collected up to a limit, in chunks of 64 KiB (or one chunk of the announced length), so that
 * a body cut at the limit never needed more than the limit, nor one large block of memory. Not
 * thread-safe.
 */
final class BoundedBuffer {

    private static final int CHUNK = 64 * 1024;

    private final int limit;
    private final boolean inflated;
    private final List<byte[]> full = new ArrayList<>();
    private byte[] current;
    private int used;
    private int size;

    /**
     * Creates a buffer.
     *
     * @param limit the most bytes it takes
     * @param inflated whether it collects decompressed bytes, for the message when the limit is exceeded
     * @param expected the number of bytes announced (Content-Length), or -1 when unknown
     * @throws BodyTooLargeException when more bytes are announced than the limit allows
     */
    BoundedBuffer(int limit, boolean inflated, long expected) throws BodyTooLargeException {
        this.limit = limit;
        this.inflated = inflated;
        if (expected > limit) {
            throw new BodyTooLargeException(limit, inflated);
        }
        this.current = new byte[expected >= 0 ? (int) expected : Math.min(CHUNK, limit)];
    }

    /**
     * Adds the remaining bytes of a buffer.
     *
     * @param more the bytes
     * @throws BodyTooLargeException when they would take the buffer beyond its limit
     */
    void add(ByteBuffer more) throws BodyTooLargeException {
        check(more.remaining());
        while (more.hasRemaining()) {
            int count = Math.min(room(), more.remaining());
            more.get(current, used, count);
            used += count;
            size += count;
        }
    }

    /**
     * Adds bytes from an array.
     *
     * @param more the array
     * @param offset where the bytes start
     * @param count how many
     * @throws BodyTooLargeException when they would take the buffer beyond its limit
     */
    void add(byte[] more, int offset, int count) throws BodyTooLargeException {
        check(count);
        for (int done = 0; done < count; ) {
            int part = Math.min(room(), count - done);
            System.arraycopy(more, offset + done, current, used, part);
            used += part;
            size += part;
            done += part;
        }
    }

    /** @return the bytes collected, in one array of their exact length */
    byte[] toByteArray() {
        if (full.isEmpty() && used == current.length) {
            return current;
        }
        byte[] bytes = new byte[size];
        int at = 0;
        for (byte[] chunk : full) {
            System.arraycopy(chunk, 0, bytes, at, chunk.length);
            at += chunk.length;
        }
        System.arraycopy(current, 0, bytes, at, used);
        return bytes;
    }

    /** @return the bytes collected, read from the chunks as they are */
    InputStream stream() {
        List<InputStream> parts = new ArrayList<>();
        full.forEach(chunk -> parts.add(new ByteArrayInputStream(chunk)));
        parts.add(new ByteArrayInputStream(current, 0, used));
        return new SequenceInputStream(Collections.enumeration(parts));
    }

    /** @return the number of bytes collected */
    int size() {
        return size;
    }

    private void check(int count) throws BodyTooLargeException {
        if (count > limit - size) {
            full.clear();
            current = new byte[0];
            used = 0;
            throw new BodyTooLargeException(limit, inflated);
        }
    }

    /** The free space in the current chunk, starting a new chunk when it is full. */
    private int room() {
        if (used == current.length) {
            full.add(current);
            current = new byte[Math.min(CHUNK, limit - size)];
            used = 0;
        }
        return current.length - used;
    }
}
