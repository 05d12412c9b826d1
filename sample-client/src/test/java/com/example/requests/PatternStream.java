package com.example.requests;

import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A long stream of known bytes ({@code i % 251} at position {@code i}), made as it is read: large bodies without large memory. */
final class PatternStream extends InputStream {

    /** The size of the large bodies: 100 MiB. */
    static final long HUNDRED_MB = 100L * 1024 * 1024;

    private final long length;
    private long position;

    PatternStream(long length) {
        this.length = length;
    }

    @Override
    public int read() {
        return position < length ? (int) (position++ % 251) : -1;
    }

    @Override
    public int read(byte[] buffer, int offset, int count) {
        if (position >= length) {
            return -1;
        }
        int n = (int) Math.min(count, length - position);
        for (int i = 0; i < n; i++) {
            buffer[offset + i] = (byte) (position++ % 251);
        }
        return n;
    }

    /** The SHA-256 of the first {@code length} bytes of the pattern, in hex. */
    static String sha256(long length) {
        return sha256(new PatternStream(length));
    }

    /** The SHA-256 of a stream's bytes, in hex, and the stream read to its end. */
    static String sha256(InputStream in) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
