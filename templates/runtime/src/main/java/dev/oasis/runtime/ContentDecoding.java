package dev.oasis.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpHeaders;
import java.util.zip.GZIPInputStream;

/**
 * Undoes the {@code gzip} content encoding the client asks for, counting the inflated bytes: a body
 * that inflates beyond the limit (a few megabytes of zeros can stand for gigabytes) is cut there.
 */
final class ContentDecoding {

    private static final int CHUNK = 8192;

    private ContentDecoding() {
    }

    /**
     * Whether the body is gzip-compressed.
     *
     * @param headers the response headers
     * @return true for {@code Content-Encoding: gzip}
     */
    static boolean isGzip(HttpHeaders headers) {
        return headers.firstValue("Content-Encoding").map(encoding -> encoding.trim().equalsIgnoreCase("gzip")).orElse(false);
    }

    /**
     * Inflates a gzip body (every member of it), at most {@code limit} bytes.
     *
     * @param body the compressed bytes
     * @param limit the most inflated bytes accepted
     * @return the inflated bytes, in one array
     * @throws BodyTooLargeException when the body inflates beyond the limit
     * @throws IOException when the body is not valid gzip
     */
    static byte[] gunzip(InputStream body, int limit) throws IOException {
        BoundedBuffer inflated = new BoundedBuffer(limit, true, -1);
        byte[] chunk = new byte[CHUNK];
        try (InputStream in = new GZIPInputStream(body, CHUNK)) {
            for (int count = in.read(chunk); count >= 0; count = in.read(chunk)) {
                inflated.add(chunk, 0, count);
            }
        }
        return inflated.toByteArray();
    }
}
