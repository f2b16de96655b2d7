package org.newskg.ingest;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One input to read: a file, or standard input.
 *
 * <pre>{@code
 * InputFile f = InputFile.of(Path.of("data/articles/a.txt"));
 * InputFile in = InputFile.stdin();
 * }</pre>
 * Immutable and thread-safe.
 *
 * @param origin the path as a string, or "stdin"; used in every message about this input
 * @param path   the file, or null for standard input
 */
public record InputFile(String origin, Path path) {

    /** The origin of standard input. */
    public static final String STDIN = "stdin";

    public InputFile {
        Objects.requireNonNull(origin, "origin");
        if (origin.isBlank()) {
            throw new IllegalArgumentException("input origin must not be blank (path " + path + ")");
        }
    }

    public static InputFile of(Path path) {
        return new InputFile(path.toString(), path);
    }

    public static InputFile stdin() {
        return new InputFile(STDIN, null);
    }

    public boolean isStdin() {
        return path == null;
    }

    /** The file name used to guess the format, or "" for standard input. */
    public String fileName() {
        return path == null || path.getFileName() == null ? "" : path.getFileName().toString();
    }
}
