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
 * "X criticised the government, saying ...": a reporting participle after a clause whose verb reports nothing speaks
 * for that clause's subject; "X tweeted late in the day that ...": the content starts after the time phrase's
 * "that"; "X rejected A and announced that ...": the coordinated reporting verb shares the subject. A story written
 * for this test (Testwire 2019, Harare).
 */
class ParticipleStatementsTest {

    static Extraction harare;

    @BeforeAll
    static void extract() {
        harare = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-2019-01-16-harare-participles.txt"));
    }

    @Test
    void theSubjectOfTheClauseBeforeTheParticipleSpeaks() {
        assertEquals(List.of("the 150 percent fuel price rise would hurt the poorest families"),
                texts(harare, "Movement for Democratic Change"));
        List<Statement> mdc = by(harare, "Movement for Democratic Change");
        assertEquals("statement:participle", mdc.get(0).rule());
        assertEquals("say", mdc.get(0).verb());
    }

    @Test
    void aThatAfterTheParticipleIsNotPartOfTheContent() {
        assertEquals(List.of("the country could no longer pay for imported fuel"), texts(harare, "Mthuli Ncube"));
    }

    @Test
    void theListenerOfTellingIsNoContent() {
        assertTrue(texts(harare, "Nelson Chamisa").contains("the unions had been ignored"), texts(harare, "Nelson Chamisa").toString());
    }

    @Test
    void aQuotationNamingTheObjectOfCalledIsAStatement() {
        assertEquals(List.of("a declaration of war on the poor", "the unions had been ignored"), texts(harare, "Nelson Chamisa"));
        // a one-word quotation is a scare quote, not a statement
        assertTrue(harare.statements().stream().noneMatch(s -> s.text().contains("frank\"")), harare.statements().toString());
    }

    @Test
    void aTweetIsAStatementAndItsTimePhraseIsNoContent() {
        assertEquals(List.of("the talks with the unions had been frank and useful"), texts(harare, "Emmerson Mnangagwa"));
    }

    @Test
    void aReportingVerbCoordinatedWithAnotherVerbSharesItsSubject() {
        assertEquals(List.of("its members would stay at home for three days"), texts(harare, "Zimbabwe Congress of Trade Unions"));
        assertEquals("statement:coordinated", by(harare, "Zimbabwe Congress of Trade Unions").get(0).rule());
    }

    @Test
    void aLaterReportingVerbReportsTheCoordinatedOneToo() {
        // "... and warned the unions against violence, presidential spokesman X said": the warning is reported, not said
        assertTrue(harare.statements().stream().noneMatch(s -> s.text().contains("against violence")),
                harare.statements().toString());
    }

    @Test
    void aParticipleAfterASubjectThatIsNoSpeakerReportsNothing() {
        assertTrue(harare.statements().stream().noneMatch(s -> s.text().contains("pressure on households")),
                harare.statements().toString());
        assertEquals(6, harare.statements().size(), harare.statements().toString());
    }
}
