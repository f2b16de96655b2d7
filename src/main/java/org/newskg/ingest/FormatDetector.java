package org.newskg.ingest;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides an input's format: a forced format wins, then the file extension, then a look at the content
 * (a leading {@code {} means JSON Lines, a doctype, {@code <html>} or many closing tags mean HTML, else text).
 *
 * <pre>{@code
 * Format f = new FormatDetector(null).detect("a.bin", decodedText);
 * Format g = new FormatDetector(Format.JSONL).detect("", decodedText);   // JSONL
 * }</pre>
 * Immutable and thread-safe.
 */
final class FormatDetector {

    /** Only the start of a large input is sniffed. */
    private static final int SNIFF_CHARS = 64 * 1024;
    /** This many distinct closing tags make a file without a doctype HTML. */
    private static final int HTML_TAG_THRESHOLD = 3;
    private static final Pattern CLOSING_TAG = Pattern.compile("</([a-zA-Z][a-zA-Z0-9]*)\\s*>");

    private final Format forced;

    FormatDetector(Format forced) {
        this.forced = forced;
    }

    /** The format announced by the forced option or the extension, before the content is read. */
    Optional<Format> declared(String fileName) {
        if (forced != null) {
            return Optional.of(forced);
        }
        return Format.fromFileName(fileName);
    }

    /** The format of an input named {@code fileName} ("" for standard input) whose decoded content is {@code text}. */
    Format detect(String fileName, String text) {
        return declared(fileName).orElseGet(() -> sniff(text));
    }

    static Format sniff(String text) {
        String head = text.substring(0, Math.min(text.length(), SNIFF_CHARS)).stripLeading();
        if (head.startsWith("{") || head.startsWith("[{") || head.startsWith("[\n") || head.startsWith("[ ")) {
            return Format.JSONL;
        }
        String lower = head.toLowerCase(Locale.ROOT);
        if (lower.startsWith("<!doctype html") || lower.startsWith("<html") || lower.startsWith("<?xml")
                && lower.contains("<html")) {
            return Format.HTML;
        }
        Matcher m = CLOSING_TAG.matcher(lower);
        java.util.Set<String> tags = new java.util.TreeSet<>();
        while (m.find() && tags.size() < HTML_TAG_THRESHOLD) {
            tags.add(m.group(1));
        }
        return tags.size() >= HTML_TAG_THRESHOLD ? Format.HTML : Format.TEXT;
    }
}
