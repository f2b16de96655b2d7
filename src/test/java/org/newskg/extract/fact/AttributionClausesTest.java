package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newskg.extract.fact.FactFixtures.by;
import static org.newskg.extract.fact.FactFixtures.texts;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Extraction;
import org.newskg.extract.Statement;

/**
 * What the clause around an attribution says about a statement: "..., a spokeswoman said after the two leaders met"
 * (the clause after the verb says when, the words before it what); "\"...,\" X told a news conference, adding that
 * ..." (the participle speaks for the one quoted); "X telephoned Y on Thursday and urged him to ..." (the day before
 * the verb dates it). A story written for this test (Testwire 2009, Canberra).
 */
class AttributionClausesTest {

    static Extraction canberra;

    @BeforeAll
    static void extract() {
        canberra = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-2009-11-20-canberra-statements.txt"));
    }

    @Test
    void aTimeClauseAfterATrailingAttributionIsNotWhatWasSaid() {
        assertEquals(List.of("Australian Prime Minister Kevin Rudd and New Zealand Prime Minister John Key agreed on Friday"
                + " to set up a joint climate fund for the Pacific islands"), texts(canberra, "Australia"));
        assertEquals("statement:trailing", by(canberra, "Australia").get(0).rule());
    }

    @Test
    void aParticipleAfterAQuotationsAttributionSpeaksForTheOneQuoted() {
        assertEquals(List.of("Australia would put up half of the money", "We will not leave the Pacific islands to face this alone"),
                texts(canberra, "Kevin Rudd"));
    }

    @Test
    void aDayBetweenTheSpeakerAndTheVerbDatesTheStatement() {
        List<Statement> urged = by(canberra, "Frank Bainimarama");
        assertEquals(1, urged.size(), urged.toString());
        assertEquals("2009-11-19", urged.get(0).date().value());
        // "said on Friday that": the day after the verb
        assertEquals("2009-11-20", by(canberra, "Stephen Smith").get(0).date().value());
    }
}
