package org.newskg.extract.entity;

import java.util.regex.Pattern;
import org.newskg.kb.EntityType;

/**
 * Gives a type to the names a statistical model calls miscellaneous (MISC): a name whose last word is a
 * law head or that starts with one and "of" ("Paris Agreement", "Treaty of Rome") is a LAW, one whose
 * last word is an event head ("Asian Games") an EVENT, a single adjective or group word ("Kenyan",
 * "Buddhists"), or one after a region prefix ("West African"), a NATIONALITY, anything else a WORK (works and products: "Titanic", "Windows").
 *
 * <pre>{@code
 * EntityType t = new MiscTyper(cues).typeOf(words, tags, start, end);
 * }</pre>
 * Immutable and thread-safe.
 */
final class MiscTyper {

    /** Endings of nationality and group words; POS tags decide first, this only for a noun tag. */
    private static final Pattern GROUP_WORD = Pattern.compile("\\p{Lu}\\p{Ll}+(an|ans|ese|ish|i|is|ch|ean|eans|ist|ists)");

    private final CueLexicon cues;

    MiscTyper(CueLexicon cues) {
        this.cues = cues;
    }

    EntityType typeOf(String[] words, String[] tags, int start, int end) {
        if (cues.lawHeads().longestEndingAt(words, end) > 0
                || end - start > 2 && cues.lawHeads().longestAt(words, start) > 0 && words[start + 1].equalsIgnoreCase("of")) {
            return EntityType.LAW;
        }
        if (cues.eventHeads().longestEndingAt(words, end) > 0 || cues.eventNames().longestAt(words, start) == end - start) {
            return EntityType.EVENT;
        }
        if (end - start == 1 && (isAdjective(tags[start]) || isGroupWordShape(words[start]))) {
            return EntityType.NATIONALITY;
        }
        int prefix = cues.regionPrefixes().longestAt(words, start);
        if (prefix > 0 && end - start == prefix + 1 && isGroupWordShape(words[end - 1])) {
            return EntityType.NATIONALITY; // "West African", "Latin American": a region's people, no work
        }
        return EntityType.WORK;
    }

    /** "Kenyan", "Maltese", "Buddhists": the shape of a nationality or group word. */
    static boolean isGroupWordShape(String word) {
        return GROUP_WORD.matcher(word).matches();
    }

    private static boolean isAdjective(String tag) {
        return tag != null && (tag.equals("ADJ") || tag.startsWith("JJ"));
    }
}
