package org.newskg.ingest;

import java.util.Locale;
import java.util.Optional;
import org.newskg.NewsKgException;

/**
 * The input formats the ingest stage reads.
 *
 * <pre>{@code
 * Format f = Format.parse("jsonl");                        // from a --format option
 * Optional<Format> g = Format.fromFileName("a/b.html");    // Optional[HTML]
 * }</pre>
 * An enum, so immutable and thread-safe.
 */
public enum Format {
    /** Plain text, optionally with a small metadata header (title, "Published:", "By ..."). */
    TEXT("txt", "text", "md"),
    /** An HTML page, read with jsoup (meta tags, JSON-LD, main text). */
    HTML("html", "htm", "xhtml"),
    /** JSON Lines: one article object per line. */
    JSONL("jsonl", "ndjson", "json");

    private final String[] extensions;

    Format(String... extensions) {
        this.extensions = extensions;
    }

    /** The format named by a user option ("txt", "text", "html", "jsonl", ...), case-insensitively. */
    public static Format parse(String name) {
        String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        for (Format f : values()) {
            if (f.name().toLowerCase(Locale.ROOT).equals(n) || f.hasExtension(n)) {
                return f;
            }
        }
        throw new NewsKgException("unknown input format '" + name + "', expected one of txt, html, jsonl");
    }

    /** The format a file name's extension announces, or empty when the extension is missing or unknown. */
    public static Optional<Format> fromFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0 || dot == fileName.length() - 1) {
            return Optional.empty();
        }
        String ext = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (Format f : values()) {
            if (f.hasExtension(ext)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    private boolean hasExtension(String ext) {
        for (String e : extensions) {
            if (e.equals(ext)) {
                return true;
            }
        }
        return false;
    }
}
