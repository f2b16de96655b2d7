package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Event;
import org.newskg.extract.Extraction;

/**
 * "the Thai premier" after "Thai Prime Minister X": two titles of one top office (data/kb/position-kinds.tsv) name the
 * same holder. A story written for this test (Testwire 1990, Bangkok).
 */
class SameOfficeTitlesTest {

    static Extraction bangkok;

    @BeforeAll
    static void extract() {
        bangkok = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-1990-05-14-bangkok-premiers.txt"));
    }

    @Test
    void thePremierIsThePrimeMinisterNamedBefore() {
        Event signing = FactFixtures.sole(bangkok, "Agreement", "agreement");
        assertEquals(List.of("Chatichai Choonhavan", "Mahathir Mohamad"), FactFixtures.plainNames(signing).stream().sorted().toList());
    }

    @Test
    void aTitleWordTheTaggerCallsAnAdjectiveStillEndsTheSubject() {
        // "The Malaysian premier later met X": "premier" before an adverb is tagged ADJ, yet it is the subject's head
        Event meeting = FactFixtures.find(bangkok, "Meeting", FactFixtures.with("Siddhi Savetsila"));
        assertEquals(List.of("Mahathir Mohamad", "Siddhi Savetsila"), FactFixtures.plainNames(meeting).stream().sorted().toList());
    }
}
