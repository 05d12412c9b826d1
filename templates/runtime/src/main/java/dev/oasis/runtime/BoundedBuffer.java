package dev.oasis.runtime;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * Bytes collected up to a limit: the array grows as bytes come and never beyond the limit, so that a
 * body declared or sent larger than the limit costs at most the limit in memory. Not thread-safe.
 */
final class BoundedBuffer {

    private static final int FIRST_SIZE = 8192;

    private final int limit;
    private final boolean inflated;
    private byte[] bytes;
    private int size;

    /**
     * Creates a buffer.
     *
     * @param limit the most bytes it takes
     * @param inflated whether it collects decompressed bytes, for the message when the limit is exceeded
     * @param expected the number of bytes expected (Content-Length), or -1 when unknown
     * @throws BodyTooLargeException when more bytes are expected than the limit allows
     */
    BoundedBuffer(int limit, boolean inflated, long expected) throws BodyTooLargeException {
        this.limit = limit;
        this.inflated = inflated;
        if (expected > limit) {
            throw new BodyTooLargeException(limit, inflated);
        }
        this.bytes = new byte[expected >= 0 ? (int) expected : Math.min(FIRST_SIZE, limit)];
    }

    /**
     * Adds the remaining bytes of a buffer.
     *
     * @param more the bytes
     * @throws BodyTooLargeException when they would take the buffer beyond its limit
     */
    void add(ByteBuffer more) throws BodyTooLargeException {
        int count = more.remaining();
        room(count);
        more.get(bytes, size, count);
        size += count;
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
        room(count);
        System.arraycopy(more, offset, bytes, size, count);
        size += count;
    }

    /** @return the bytes collected, in an array of their exact length */
    byte[] toByteArray() {
        return size == bytes.length ? bytes : Arrays.copyOf(bytes, size);
    }

    private void room(int count) throws BodyTooLargeException {
        if (count > limit - size) {
            bytes = null;
            throw new BodyTooLargeException(limit, inflated);
        }
        if (count > bytes.length - size) {
            long grown = Math.max((long) size + count, Math.max(FIRST_SIZE, 2L * bytes.length));
            bytes = Arrays.copyOf(bytes, (int) Math.min(grown, limit));
        }
    }
}
