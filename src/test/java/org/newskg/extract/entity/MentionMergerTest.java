package org.newskg.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.extract.EntityMention;
import org.newskg.kb.EntityType;

class MentionMergerTest {

    private static final String TEXT = "ahead of the Chinese New Year, President Xi Jinping said";

    private static MentionMerger.Candidate c(String surface, int words, EntityType type, String qid, String rule, double conf) {
        int b = TEXT.indexOf(surface);
        return new MentionMerger.Candidate(new EntityMention(b, b + surface.length(), surface, 0, type, surface, qid, rule, conf), words);
    }

    @Test
    void longerNameBeatsTheDemonymInsideIt() {
        List<EntityMention> kept = MentionMerger.merge(List.of(
                c("Chinese", 1, EntityType.COUNTRY, "Q148", "kb:demonym", 0.9),
                c("Chinese New Year", 3, EntityType.EVENT, null, "pattern:event-name", 0.85)));
        assertEquals(1, kept.size());
        assertEquals("Chinese New Year", kept.get(0).text());
    }

    @Test
    void onEqualWordCountsTheKbLabelBeatsAliasAndPattern() {
        List<EntityMention> kept = MentionMerger.merge(List.of(
                c("President Xi", 2, EntityType.PERSON, "Q15031", "kb:alias", 0.9),
                c("Xi Jinping", 2, EntityType.PERSON, null, "pattern:title-person", 0.8),
                c("Xi Jinping", 2, EntityType.PERSON, "Q15031", "kb:label", 0.95)));
        assertEquals(1, kept.size());
        assertEquals("kb:label", kept.get(0).rule());
    }

    @Test
    void resultIsSortedByOffsetWhateverTheInputOrder() {
        List<EntityMention> kept = MentionMerger.merge(List.of(
                c("Xi Jinping", 2, EntityType.PERSON, "Q15031", "kb:label", 0.95),
                c("Chinese New Year", 3, EntityType.EVENT, null, "pattern:event-name", 0.85)));
        assertEquals(List.of("Chinese New Year", "Xi Jinping"), kept.stream().map(EntityMention::text).toList());
        assertEquals(List.of(), MentionMerger.merge(List.of()));
    }
}
