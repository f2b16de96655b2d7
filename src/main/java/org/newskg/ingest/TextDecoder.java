package org.newskg.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns an input's bytes into text: strict UTF-8 (or UTF-16 when a byte order mark says so), the BOM
 * removed, and binary content refused instead of being decoded into garbage.
 *
 * <pre>{@code
 * TextDecoder.Result r = new TextDecoder().decode(bytes);
 * String text = r.text();   // null when r.problem() says why not
 * }</pre>
 * Stateless and thread-safe (a decoder is made per call).
 */
final class TextDecoder {

    /** Above this share of control characters a "text" is really binary data. */
    private static final double MAX_CONTROL_SHARE = 0.05;

    record Result(String text, String problem) {
        static Result ok(String text) {
            return new Result(text, null);
        }

        static Result fail(String problem) {
            return new Result(null, problem);
        }
    }

    Result decode(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return strict(bytes, 2, StandardCharsets.UTF_16BE, "UTF-16");
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return strict(bytes, 2, StandardCharsets.UTF_16LE, "UTF-16");
        }
        String utf16 = utf16WithoutBom(bytes);
        if (utf16 != null) {
            return Result.fail("looks like " + utf16 + " text without a byte order mark; save it as UTF-8 "
                    + "(or as UTF-16 with a byte order mark)");
        }
        for (byte b : bytes) {
            if (b == 0) {
                return Result.fail("binary content (NUL bytes), not a news article");
            }
        }
        boolean utf8Bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF;
        return strict(bytes, utf8Bom ? 3 : 0, StandardCharsets.UTF_8, "UTF-8");
    }

    private static Result strict(byte[] bytes, int start, java.nio.charset.Charset charset, String name) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 8L, (long) bytes.length + 16));
        CoderResult r = decoder.decode(in, out, true);
        if (!r.isError()) {
            r = decoder.flush(out);
        }
        if (r.isError()) {
            return Result.fail("not valid " + name + " at byte " + in.position());
        }
        out.flip();
        String text = out.toString();
        if (text.indexOf('\0') >= 0) {
            return Result.fail("binary content (NUL characters), not a news article");
        }
        if (controlShare(text) > MAX_CONTROL_SHARE) {
            return Result.fail("binary content (control characters), not a news article");
        }
        return Result.ok(text);
    }

    /**
     * "UTF-16LE" or "UTF-16BE" when the bytes read as text in that encoding: most characters of an English
     * text are ASCII, whose UTF-16 form has a NUL byte on one side of every pair and almost never on the other.
     */
    private static String utf16WithoutBom(byte[] bytes) {
        int pairs = Math.min(bytes.length, 4096) / 2;
        if (pairs < 4) {
            return null;
        }
        int zeroEven = 0;
        int zeroOdd = 0;
        for (int i = 0; i < pairs * 2; i += 2) {
            zeroEven += bytes[i] == 0 ? 1 : 0;
            zeroOdd += bytes[i + 1] == 0 ? 1 : 0;
        }
        if (zeroOdd >= pairs * 0.6 && zeroEven == 0) {
            return strict(bytes, 0, StandardCharsets.UTF_16LE, "UTF-16LE").problem() == null ? "UTF-16LE" : null;
        }
        if (zeroEven >= pairs * 0.6 && zeroOdd == 0) {
            return strict(bytes, 0, StandardCharsets.UTF_16BE, "UTF-16BE").problem() == null ? "UTF-16BE" : null;
        }
        return null;
    }

    private static double controlShare(String text) {
        if (text.isEmpty()) {
            return 0;
        }
        long control = text.chars()
                .filter(c -> Character.getType(c) == Character.CONTROL && c != '\n' && c != '\r' && c != '\t' && c != '\f')
                .count();
        return (double) control / text.length();
    }
}
