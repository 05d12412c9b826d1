package dev.oasis.generator.spec;

import dev.oasis.generator.diagnostic.Diagnostic;
import dev.oasis.generator.diagnostic.GenerationException;
import dev.oasis.generator.diagnostic.SourceLocation;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Turns a spec file's bytes into text: UTF-8, or UTF-16 when the file starts with its byte order
 * mark. A file holding a NUL byte is binary, not a spec; bytes that are not UTF-8 are reported at
 * their line and column.
 */
final class SpecText {

    private SpecText() {
    }

    static String decode(byte[] bytes, Path displayPath) {
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        int start = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw GenerationException.of(Diagnostic.error("spec.binary", at(bytes, start, i, displayPath), "",
                        "the file is binary (it holds a NUL byte), not YAML or JSON text",
                        "check that the path names the spec and not another file"));
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            throw GenerationException.of(Diagnostic.error("spec.encoding", at(bytes, start, offset, displayPath), "",
                    String.format("the file is not UTF-8 text: byte 0x%02X cannot be read", bytes[offset] & 0xFF),
                    "save the spec as UTF-8"));
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** The line and column of a byte, counting the characters of the valid UTF-8 before it. */
    private static SourceLocation at(byte[] bytes, int start, int offset, Path displayPath) {
        int line = 1;
        int column = 1;
        for (int i = start; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                column = 1;
            } else if ((bytes[i] & 0xC0) != 0x80) {
                column++;
            }
        }
        return new SourceLocation(displayPath, line, column);
    }
}
