package org.newskg.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;

/**
 * Reads an input's bytes, refusing anything over a size limit without reading it all first.
 *
 * <pre>{@code
 * ByteReader.Result r = new ByteReader(20L << 20).read(InputFile.of(path), System.in);
 * if (r.problem() != null) report(r.problem()); else decode(r.bytes());
 * }</pre>
 * Immutable and thread-safe (each call opens its own stream).
 */
final class ByteReader {

    private final long maxBytes;

    ByteReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** Either the bytes or a one-line problem (without the origin). */
    record Result(byte[] bytes, String problem) {
        static Result ok(byte[] bytes) {
            return new Result(bytes, null);
        }

        static Result fail(String problem) {
            return new Result(null, problem);
        }
    }

    Result read(InputFile input, InputStream stdin) {
        if (input.isStdin()) {
            if (stdin == null) {
                return Result.fail("standard input is not available");
            }
            return readBounded(stdin);
        }
        var path = input.path();
        if (Files.isDirectory(path)) {
            return Result.fail("cannot read: is a directory");
        }
        if (!Files.exists(path)) {
            return Result.fail("no such file");
        }
        try {
            // The size check first, so a huge file is refused without touching its content.
            long size = Files.size(path);
            if (size > maxBytes) {
                return Result.fail(tooLarge(size));
            }
            try (InputStream in = Files.newInputStream(path)) {
                return readBounded(in);
            }
        } catch (AccessDeniedException e) {
            return Result.fail("cannot read: permission denied");
        } catch (NoSuchFileException e) {
            return Result.fail("no such file");
        } catch (IOException | SecurityException e) {
            return Result.fail("cannot read: " + e.getClass().getSimpleName() + " " + e.getMessage());
        }
    }

    /** Reads at most maxBytes + 1 bytes, which is enough to know the input is over the limit; does not close {@code in}. */
    Result readBounded(InputStream in) {
        try {
            long cap = Math.min(maxBytes + 1, Integer.MAX_VALUE - 8L);
            byte[] bytes = in.readNBytes((int) cap);
            if (bytes.length > maxBytes) {
                return Result.fail(tooLarge(-1));
            }
            return Result.ok(bytes);
        } catch (IOException e) {
            return Result.fail("cannot read: " + e.getClass().getSimpleName() + " " + e.getMessage());
        }
    }

    private String tooLarge(long size) {
        String actual = size >= 0 ? size + " bytes" : "more than " + maxBytes + " bytes";
        return "too large (" + actual + ", the limit is " + maxBytes + " bytes)";
    }
}
