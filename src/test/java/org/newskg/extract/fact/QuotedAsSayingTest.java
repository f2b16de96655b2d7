package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.extract.fact.FactFixtures.by;
import static org.newskg.extract.fact.FactFixtures.texts;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Extraction;
import org.newskg.extract.Statement;

/**
 * "The newspaper quoted X as saying that ...", "X was quoted as saying ...": the speaker is the person quoted, not
 * the medium that quotes. A story written for this test (Testwire 2008, Uganda and Kenya), published the morning after its dateline.
 */
class QuotedAsSayingTest {

    static Extraction kampala;

    @BeforeAll
    static void extract() {
        kampala = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-2008-02-20-kampala-quoted.txt"));
    }

    @Test
    void theObjectOfQuotedIsTheSpeaker() {
        assertEquals(List.of("the blockade of the Mombasa road was costing the region millions of dollars a day"),
                texts(kampala, "Yoweri Museveni"));
        assertTrue(kampala.statements().stream().noneMatch(s -> s.speaker().name().contains("New Vision")),
                kampala.statements().toString());
    }

    @Test
    void thePassiveSubjectIsTheSpeaker() {
        assertEquals(List.of("his party would return to the negotiating table in Nairobi next week"), texts(kampala, "Raila Odinga"));
    }

    @Test
    void aQuotedStatementHasItsRule() {
        List<Statement> museveni = by(kampala, "Yoweri Museveni");
        assertEquals(1, museveni.size(), museveni.toString());
        assertEquals("statement:quoted-as", museveni.get(0).rule());
    }

    @Test
    void anUndatedStatementIsDatedByTheDatelineNotByTheNextMorningsPublication() {
        // Published on the 20th at dawn under a "KAMPALA, Feb 19" dateline: what was said is of the 19th.
        List<Statement> odinga = by(kampala, "Raila Odinga");
        assertEquals(1, odinga.size(), odinga.toString());
        assertEquals("2008-02-19", odinga.get(0).date().value());
    }
}
