package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.extract.fact.FactFixtures.find;
import static org.newskg.extract.fact.FactFixtures.plainNames;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Event;
import org.newskg.extract.Extraction;

/**
 * Ties broken in the past progressive, on a wire story written for this test (Testwire 1979): "it was severing
 * relations" (a rare "-ing" verb the Penn tagger reads as an adjective) keeps its subject and the story's day; a verb
 * coordinated with it ("and expelling its diplomats") is dated the same; the agency in the dateline is nobody's
 * antecedent ("The military government in Suva announced it was recalling ...").
 */
class ProgressiveBreaksTest {

    static Extraction story;

    @BeforeAll
    static void extract() {
        story = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-1979-01-03-ties-severed.txt"));
    }

    @Test
    void aRareProgressiveVerbKeepsItsSubject() {
        Event ties = find(story, "ReduceRelations", e -> e.label().contains("severing"));
        assertEquals(List.of("Vanuatu"), plainNames(ties, "source"));
        assertEquals(List.of("Fiji"), plainNames(ties, "target"));
    }

    @Test
    void aVerbCoordinatedWithAPastProgressiveIsDated() {
        Event expulsion = find(story, "Expulsion", e -> e.label().contains("expelling"));
        assertEquals("1979-01-03", expulsion.date().value().substring(0, 10));
        assertEquals(List.of("Fiji"), plainNames(expulsion, "target"));
    }

    @Test
    void theDatelineAgencyIsNoAntecedent() {
        Event recall = find(story, "ReduceRelations", e -> e.label().contains("recalling"));
        assertTrue(plainNames(recall, "source").isEmpty(), plainNames(recall).toString());
        assertTrue(story.events().stream().flatMap(e -> e.participants().stream())
                .noneMatch(p -> p.mention().text().equals("Testwire")), "the agency took part in an event");
    }
}
