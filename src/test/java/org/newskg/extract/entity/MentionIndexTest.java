package org.newskg.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.newskg.extract.EntityMention;
import org.newskg.kb.EntityType;

/** The index answers exactly what a scan of all mentions answers, also for overlapping and removed mentions. */
class MentionIndexTest {

    private static final String TEXT = "Peruvian Prime Minister Carlos Huaman met Chilean Foreign Minister Isabel Rojas in Lima.";

    private static EntityMention at(String words, EntityType type) {
        int b = TEXT.indexOf(words);
        return new EntityMention(b, b + words.length(), words, 0, type, words, null, "test", 0.9);
    }

    @Test
    void aSpanOverlapsWhatItShares() {
        MentionIndex index = new MentionIndex();
        EntityMention huaman = at("Carlos Huaman", EntityType.PERSON);
        EntityMention lima = at("Lima", EntityType.CITY);
        index.add(huaman);
        index.add(lima);
        int b = TEXT.indexOf("Huaman met");
        assertEquals(List.of(huaman), index.overlapping(b, b + "Huaman met".length()));
        assertFalse(index.isFree(b, b + 3));
        int rojas = TEXT.indexOf("Rojas");
        assertTrue(index.isFree(rojas, rojas + 5));
        assertEquals(List.of(huaman, lima), index.within(0, TEXT.length()));
        index.remove(huaman);
        assertTrue(index.isFree(b, b + 3));
        assertEquals(List.of(lima), index.inOrder());
    }

    @Test
    void answersAsAScanDoesOnRandomOverlappingMentions() {
        String text = "x".repeat(2_000);
        Random random = new Random(16);
        List<EntityMention> all = new ArrayList<>();
        MentionIndex index = new MentionIndex();
        for (int i = 0; i < 400; i++) {
            int b = random.nextInt(1_950);
            int e = b + 1 + random.nextInt(i % 50 == 0 ? 40 : 8);
            EntityMention m = new EntityMention(b, e, text.substring(b, e), 0, EntityType.PERSON, "n" + i, null, "test", 0.5);
            all.add(m);
            index.add(m);
            if (i % 7 == 0) {
                EntityMention gone = all.remove(random.nextInt(all.size()));
                index.remove(gone);
            }
        }
        List<EntityMention> byBegin = all.stream().sorted(Comparator.comparingInt(EntityMention::begin)).toList();
        assertEquals(byBegin.stream().map(EntityMention::name).sorted().toList(),
                index.inOrder().stream().map(EntityMention::name).sorted().toList());
        for (int k = 0; k < 500; k++) {
            int b = random.nextInt(2_000);
            int e = b + 1 + random.nextInt(30);
            assertEquals(sortedNames(byBegin.stream().filter(m -> m.overlaps(b, e)).toList()), sortedNames(index.overlapping(b, e)),
                    "overlapping [" + b + ", " + e + ")");
            assertEquals(sortedNames(byBegin.stream().filter(m -> m.begin() >= b && m.end() <= e).toList()),
                    sortedNames(index.within(b, e)), "within [" + b + ", " + e + ")");
        }
    }

    private static List<String> sortedNames(List<EntityMention> ms) {
        return ms.stream().map(EntityMention::name).sorted().toList();
    }
}
