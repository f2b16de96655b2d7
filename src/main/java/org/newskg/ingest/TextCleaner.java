package org.newskg.ingest;

/**
 * Removes the characters no RDF syntax can carry everywhere (XML 1.0 forbids most control characters even
 * escaped) and that no news text means: C0 controls other than tab, newline and carriage return, DEL, C1
 * controls, lone surrogates and the non-characters U+FFFE and U+FFFF.
 *
 * <pre>{@code
 * TextCleaner.text("Jane\u0007 Doe\fsaid");   // "Jane  Doe\nsaid": same length, so offsets still hold
 * TextCleaner.field(" Jane\u001b[ Doe ");     // "Jane[ Doe"
 * }</pre>
 * An article's text is cleaned in place, character for character (a vertical tab or form feed becomes a line
 * break, another control a space, a broken surrogate or non-character U+FFFD), because every offset of
 * the graph indexes it; metadata fields lose such characters. Stateless and thread-safe.
 */
public final class TextCleaner {

    private TextCleaner() {
    }

    /** The text with every unwanted character replaced by one of the same length; the same string when clean. */
    public static String text(String s) {
        if (s == null || isClean(s)) {
            return s;
        }
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) {
            if (Character.isHighSurrogate(c[i]) && i + 1 < c.length && Character.isLowSurrogate(c[i + 1])) {
                i++;
            } else if (c[i] == '\u000B' || c[i] == '\f') {
                c[i] = '\n';
            } else if (unwanted(c[i])) {
                c[i] = isControl(c[i]) ? ' ' : '\uFFFD';
            }
        }
        return new String(c);
    }

    /** A metadata value (title, source, byline, URL...) without unwanted characters, trimmed; null when nothing is left. */
    public static String field(String s) {
        if (s == null || isClean(s)) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                b.append(c).append(s.charAt(++i));
            } else if (c == '\t' || c == '\n' || c == '\r' || c == '\u000B' || c == '\f') {
                b.append(' ');
            } else if (!unwanted(c)) {
                b.append(c);
            }
        }
        String cleaned = b.toString().strip();
        return cleaned.isEmpty() ? null : cleaned;
    }

    /** Whether {@code s} holds none of the characters this class removes (tab, newline and CR allowed). */
    public static boolean isClean(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (unwanted(c) || c == '\u000B' || c == '\f') {
                return false;
            }
        }
        return true;
    }

    private static boolean unwanted(char c) {
        return isControl(c) && c != '\t' && c != '\n' && c != '\r'
                || Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF';
    }

    private static boolean isControl(char c) {
        return c < 0x20 || c >= 0x7F && c <= 0x9F;
    }
}
