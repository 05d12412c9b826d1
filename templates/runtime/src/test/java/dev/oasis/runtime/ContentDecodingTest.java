package dev.oasis.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** Bodies collected and inflated up to the limit, never beyond it. */
class ContentDecodingTest {

    @Test
    void aBufferTakesExactlyItsLimitAndRefusesOneByteMore() throws IOException {
        BoundedBuffer buffer = new BoundedBuffer(200_000, false, -1);
        byte[] bytes = new byte[199_999];
        bytes[199_998] = 7;

        buffer.add(ByteBuffer.wrap(bytes));
        buffer.add(new byte[] {9}, 0, 1);

        assertEquals(200_000, buffer.toByteArray().length);
        assertEquals(7, buffer.toByteArray()[199_998]);
        assertEquals(9, buffer.stream().readAllBytes()[199_999]);
        BodyTooLargeException error = assertThrows(BodyTooLargeException.class, () -> buffer.add(new byte[] {1}, 0, 1));
        assertEquals("the body exceeds the limit of 200000 bytes", error.getMessage());
    }

    @Test
    void anAnnouncedLengthAboveTheLimitIsRefusedBeforeAnyByte() throws IOException {
        assertThrows(BodyTooLargeException.class, () -> new BoundedBuffer(10, false, 11));
        BoundedBuffer exact = new BoundedBuffer(10, false, 10);
        exact.add(new byte[10], 0, 10);
        assertEquals(10, exact.toByteArray().length);
    }

    @Test
    void everyMemberOfAGzipBodyIsInflatedUpToTheLimit() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(gzip("hello ".getBytes()));
        body.write(gzip("world".getBytes()));

        assertArrayEquals("hello world".getBytes(), ContentDecoding.gunzip(new ByteArrayInputStream(body.toByteArray()), 11));
        BodyTooLargeException error = assertThrows(BodyTooLargeException.class,
                () -> ContentDecoding.gunzip(new ByteArrayInputStream(body.toByteArray()), 10));
        assertTrue(error.inflated());
        assertEquals("the decompressed body exceeds the limit of 10 bytes", error.getMessage());
    }

    @Test
    void aBombStopsAtTheLimitInsteadOfInflatingOn() throws IOException {
        byte[] member = gzip(new byte[1 << 20]);
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        for (int i = 0; i < 1024; i++) {
            bomb.write(member);
        }

        BodyTooLargeException error = assertThrows(BodyTooLargeException.class,
                () -> ContentDecoding.gunzip(new ByteArrayInputStream(bomb.toByteArray()), 1 << 20));

        assertTrue(bomb.size() < 2_000_000, "a gigabyte in " + bomb.size() + " bytes");
        assertEquals(1 << 20, error.limit());
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream zip = new GZIPOutputStream(out)) {
            zip.write(bytes);
        }
        return out.toByteArray();
    }
}
