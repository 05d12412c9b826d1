package com.example.incidents;

import com.example.incidents.LoopbackServer.Answer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;

/** Bodies a hostile server sends: huge, compressed beyond reason, or trickling, written as they go. */
final class HostileBodies {

    private static final int MIB = 1 << 20;

    /** One gzip member that inflates to 1 MiB of zeros (about 1 KB); members may follow one another in one body. */
    private static final byte[] MEBIBYTE_OF_ZEROS = gzip(new byte[MIB]);

    private HostileBodies() {
    }

    /** {@code bytes} bytes of JSON-looking text, without a Content-Length (chunked) or declaring it. */
    static Answer huge(int status, long bytes, boolean declareLength) {
        return Answer.streamed(status, "application/json", declareLength ? bytes : -1, out -> {
            byte[] chunk = new byte[64 * 1024];
            Arrays.fill(chunk, (byte) ' ');
            chunk[0] = '[';
            for (long left = bytes; left > 0; left -= chunk.length) {
                out.write(chunk, 0, (int) Math.min(chunk.length, left));
                chunk[0] = ' ';
            }
        });
    }

    /** A gzip body (about 1 KB per MiB) that inflates to {@code inflatedMebibytes} MiB of zeros. */
    static Answer gzipBomb(int status, long inflatedMebibytes) {
        return Answer.streamed(status, "application/json", -1, out -> {
            for (long i = 0; i < inflatedMebibytes; i++) {
                out.write(MEBIBYTE_OF_ZEROS);
            }
        }).withHeader("Content-Encoding", "gzip");
    }

    /** The size of {@link #gzipBomb} on the wire. */
    static long gzipBombBytes(long inflatedMebibytes) {
        return inflatedMebibytes * MEBIBYTE_OF_ZEROS.length;
    }

    /** A JSON body sent one byte at a time, {@code pause} apart. */
    static Answer trickling(String body, Duration pause) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return Answer.streamed(200, "application/json", bytes.length, out -> {
            for (byte b : bytes) {
                out.write(b);
                out.flush();
                sleep(pause);
            }
        });
    }

    private static void sleep(Duration pause) throws IOException {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("server closing", e);
        }
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
