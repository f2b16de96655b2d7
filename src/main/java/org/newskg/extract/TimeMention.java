package org.newskg.extract;

import java.util.Objects;

/**
 * A temporal expression and its normalized value, TIMEX3-style: {@code 2024-02-08}, {@code 2024},
 * {@code 2024-02}, {@code 2023-W41}, {@code 2024-02-08T19:55}, {@code P3D}. The original expression is
 * kept in {@code text}. Immutable.
 *
 * @param begin    first character (article offset)
 * @param end      one past the last character
 * @param text     the expression as written ("on Thursday" is kept as "Thursday")
 * @param sentence index of the sentence holding it
 * @param type     TIMEX3 type
 * @param value    TIMEX3 value
 * @param rule     which rule produced it
 */
public record TimeMention(int begin, int end, String text, int sentence, TimexType type, String value, String rule) {

    public TimeMention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(rule, "rule");
        if (begin < 0 || end <= begin || text.length() != end - begin) {
            throw new IllegalArgumentException("bad time mention '" + text + "' [" + begin + ", " + end + ")");
        }
    }
}
