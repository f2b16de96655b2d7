package org.newskg.extract.entity;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text at runs of whitespace exactly as {@code Pattern.compile("\\s+").split(text)} does, without a
 * regex matcher: the recognizer splits every mention's text so, and the matchers' allocation showed in its profile.
 *
 * <pre>{@code
 * String[] words = Spaces.split("Bank of  Ruritania");   // {"Bank", "of", "Ruritania"}
 * }</pre>
 * Stateless and thread-safe.
 */
final class Spaces {

    private Spaces() {
    }

    /** {@code \s}: space, tab, line feed, vertical tab, form feed, carriage return. */
    static boolean isSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    /**
     * The parts between runs of whitespace: a leading empty part when the text starts with whitespace, no trailing
     * empty parts, and the text itself when it holds no whitespace (as {@code Pattern.split} with limit 0).
     */
    static String[] split(String text) {
        int n = text.length();
        List<String> parts = null;
        int start = 0;
        int i = 0;
        while (i < n) {
            if (!isSpace(text.charAt(i))) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < n && isSpace(text.charAt(j))) {
                j++;
            }
            if (parts == null) {
                parts = new ArrayList<>();
            }
            parts.add(text.substring(start, i));
            start = j;
            i = j;
        }
        if (parts == null) {
            return new String[] {text};
        }
        parts.add(text.substring(start));
        int size = parts.size();
        while (size > 0 && parts.get(size - 1).isEmpty()) {
            size--;
        }
        return parts.subList(0, size).toArray(new String[0]);
    }
}
