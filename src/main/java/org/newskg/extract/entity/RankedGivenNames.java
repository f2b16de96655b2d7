package org.newskg.extract.entity;

import java.util.ArrayList;
import java.util.List;
import org.newskg.extract.EntityMention;
import org.newskg.kb.EntityType;
import org.newskg.kb.NameKey;

/**
 * "General Sultan Hashim Ahmad", "Lieutenant-General Amir Rashid": a military rank is followed by the officer's name,
 * so a given name that is also a title ("Sultan", "Amir", "Sheikh" are Arabic given names) standing between the rank
 * and a person's name is the name's first word, not a second title. The model and the titled-person pattern leave it
 * out because a title never begins a name; after a rank it does. Only people the knowledge base did not name are
 * widened, and only by one word written right before them.
 *
 * <pre>{@code
 * List<EntityMention> out = new RankedGivenNames(cues).apply(article, mentions);
 * }</pre>
 * Immutable and thread-safe.
 */
final class RankedGivenNames {

    /** Tokens looked at before the given name: the longest rank ("Lt . Gen .", "Lieutenant - General") has four. */
    private static final int RANK_WORDS = 4;
    /** Characters enough to hold those words. */
    private static final int RANK_CHARS = 60;

    private final CueLexicon cues;

    RankedGivenNames(CueLexicon cues) {
        this.cues = cues;
    }

    /** The mentions, sorted by offset, a person's widened to the given name after a military rank. */
    List<EntityMention> apply(String article, List<EntityMention> mentions) {
        List<EntityMention> out = new ArrayList<>(mentions.size());
        int previousEnd = 0;
        for (EntityMention m : mentions) {
            out.add(widened(article, m, previousEnd));
            previousEnd = Math.max(previousEnd, m.end());
        }
        return out;
    }

    private EntityMention widened(String article, EntityMention m, int previousEnd) {
        if (m.type().root() != EntityType.PERSON || m.kbQid() != null || m.begin() < 2 || article.charAt(m.begin() - 1) != ' ') {
            return m;
        }
        int wordBegin = m.begin() - 1;
        while (wordBegin > 0 && !Spaces.isSpace(article.charAt(wordBegin - 1))) {
            wordBegin--;
        }
        if (wordBegin <= previousEnd || wordBegin == 0) {
            return m; // the word belongs to another mention, or nothing comes before it
        }
        String word = article.substring(wordBegin, m.begin() - 1);
        if (word.isEmpty() || !Character.isUpperCase(word.codePointAt(0)) || !cues.givenNames().contains(word)
                || !afterMilitaryRank(article, wordBegin)) {
            return m;
        }
        String text = article.substring(wordBegin, m.end());
        String name = m.name().equals(m.text()) ? text : word + " " + m.name();
        return new EntityMention(wordBegin, m.end(), text, m.sentence(), m.type(), name, null, m.rule(), m.confidence());
    }

    /** The words right before {@code at} (a word's start) end with a military rank of name-ranks.tsv. */
    private boolean afterMilitaryRank(String article, int at) {
        // split as names are, so that "Lieutenant-General" meets the rank "Lieutenant General"
        String[] all = NameKey.split(article.substring(Math.max(0, at - RANK_CHARS), at)).toArray(new String[0]);
        String[] before = java.util.Arrays.copyOfRange(all, Math.max(0, all.length - RANK_WORDS), all.length);
        int n = cues.ranks().longestEndingAt(before, before.length);
        return n > 0 && cues.isMilitaryRank(before, before.length - n, before.length);
    }
}
