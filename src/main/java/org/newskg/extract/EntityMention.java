package org.newskg.extract;

import java.util.Objects;
import org.newskg.kb.EntityType;

/**
 * A stretch of article text that names (or, for demonyms and short forms, refers to) an entity.
 * Offsets are half-open article offsets; {@code text} is exactly that substring. Immutable.
 *
 * @param begin      first character
 * @param end        one past the last character
 * @param text       the covered text
 * @param sentence   index of the sentence holding it
 * @param type       the type of the entity referred to (a demonym "Chinese" refers to a COUNTRY)
 * @param name       the canonical name it stands for ("Jane Doe" for the mention "Doe")
 * @param kbQid      the knowledge base entry the finder matched, or null for names found by pattern
 * @param rule       which finder or rule produced it ("kb:label", "kb:demonym", "pattern:title", ...)
 * @param confidence in [0, 1]
 */
public record EntityMention(int begin, int end, String text, int sentence, EntityType type, String name,
                            String kbQid, String rule, double confidence) {

    public EntityMention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(rule, "rule");
        if (begin < 0 || end <= begin || text.length() != end - begin) {
            throw new IllegalArgumentException("bad mention '" + text + "' [" + begin + ", " + end + ")");
        }
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence " + confidence + " of '" + text + "' is not in [0, 1]");
        }
    }

    public boolean overlaps(int otherBegin, int otherEnd) {
        return begin < otherEnd && otherBegin < end;
    }

    public int length() {
        return end - begin;
    }
}
