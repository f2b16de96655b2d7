package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newskg.extract.fact.FactFixtures.texts;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Extraction;

/**
 * "X told reporters the consortium, led by A and B, had failed to ...": the reported clause's subject carries an aside
 * set off by commas before its verb, and the clause is still what was said. A story written for this test.
 */
class SetOffSubjectStatementsTest {

    static Extraction story;

    @BeforeAll
    static void extract() {
        story = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-1998-06-16-lusaka-copper-sale.txt"));
    }

    @Test
    void aClauseWhoseSubjectCarriesAParticiplesAsideIsWhatWasSaid() {
        assertEquals(List.of("We will now open talks with other bidders",
                "the consortium, led by Anglo American Corporation and Noranda of Canada, had failed to match "
                + "the government's asking price for the Nkana and Nchanga mines"), texts(story, "Valentine Chitalu"));
    }
}
