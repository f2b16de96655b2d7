package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newskg.extract.fact.FactFixtures.find;
import static org.newskg.extract.fact.FactFixtures.plainNames;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Event;
import org.newskg.extract.Extraction;

/**
 * Subjects read over what stands between them and their acts, on a wire story written for this test (Testwire 2011,
 * Ruritania and Borduria, invented people): a day the chunker glues to a past verb after the dateline, an apposition
 * set off by commas inside the first of two coordinated verbs' clause, and a day between a verb and its infinitive.
 */
class SubjectsOverTimesAndAppositionsTest {

    static Extraction story;

    @BeforeAll
    static void extract() {
        story = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-2011-09-02-strelsau-envoy-expelled.txt"));
    }

    @Test
    void aDayBetweenSubjectAndPastVerbIsSteppedOver() {
        // "Doe on Friday expelled": the chunker reads "Friday expelled Borduria's ambassador" as one noun phrase
        Event expelled = find(story, "Expulsion", e -> e.label().contains("expelled"));
        assertEquals(List.of("John Doe"), plainNames(expelled, "source"));
    }

    @Test
    void theSecondOfTwoVerbsAfterADayKeepsTheSubject() {
        Event suspended = find(story, "ReduceRelations", e -> e.label().contains("suspended"));
        assertEquals(List.of("John Doe"), plainNames(suspended, "source"));
    }

    @Test
    void anAppositionInTheFirstClauseDoesNotHideTheSubject() {
        // "Doe named his adviser, Roe, as special envoy and telephoned Novak": the caller is Doe, not the one named
        Event call = find(story, "PhoneCall", e -> e.label().contains("telephoned"));
        assertEquals(List.of("John Doe"), plainNames(call, "source"));
        assertEquals(List.of("Jan Novak"), plainNames(call, "target"));
    }

    @Test
    void aDayBetweenAVoteAndItsInfinitiveIsSteppedOver() {
        Event sanctions = find(story, "Sanction", e -> "163".equals(e.cameo()));
        assertEquals(List.of("Council of the Northern League"), plainNames(sanctions, "source"));
    }
}
