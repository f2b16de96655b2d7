package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.extract.fact.FactFixtures.date;
import static org.newskg.extract.fact.FactFixtures.describe;
import static org.newskg.extract.fact.FactFixtures.events;
import static org.newskg.extract.fact.FactFixtures.plainNames;
import static org.newskg.extract.fact.FactFixtures.sole;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Event;
import org.newskg.extract.Extraction;

/**
 * Acts of a border row on a wire story written for this test (Testwire 1995, an island clash, invented people): a
 * protest made to someone or as the purpose of a summons (a complaint, no demonstration; a march to an embassy still
 * one), fire exchanged, land occupied, a poisoning, a consulate closed and contacts suspended, an apology and a
 * welcome, a summit told by a participle, sanctions only talked over.
 */
class ProtestsFireAndTopicsTest {

    static Extraction row;

    @BeforeAll
    static void extract() {
        row = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-1995-12-18-island-row.txt"));
    }

    @Test
    void aProtestMadeToSomeoneOrByASummonsIsNoDemonstration() {
        // "summoned X to protest", "protested to Y": no demonstration; "marched to the embassy ... to protest" is one
        assertEquals(List.of("marched"), events(row, "Protest").stream().map(Event::label).toList(), describe(row));
        Event complaint = sole(row, "Disapproval", "protested");
        assertEquals("114", complaint.cameo());
        assertEquals(List.of("John Doe"), plainNames(complaint, "source"));
        assertEquals(List.of("Richard Roe"), plainNames(complaint, "target"));
        assertEquals(1, events(row, "Disapproval").stream().filter(e -> e.label().equals("summoned")).count());
    }

    @Test
    void fireExchangedAndLandOccupiedAreFighting() {
        assertCoded("Fight", "exchanged", "190", "1995-12-16");
        assertCoded("Fight", "occupied", "192", "1995-11");
    }

    @Test
    void aPoisoningIsAnAssault() {
        assertCoded("Assault", "poisoned", "182", "1995-12-15");
    }

    @Test
    void aConsulateClosedAndContactsSuspendedAcrossAHyphenReduceRelations() {
        assertCoded("ReduceRelations", "closed", "160", "1995-12-17");
        // "suspended high-level contacts": the hyphen ends no noun phrase
        assertCoded("ReduceRelations", "suspended", "160", "1995-12-18");
    }

    @Test
    void remorseInQuotationMarksIsAnApologyAndADeclarationWelcomedIsEndorsed() {
        Event apology = sole(row, "DiplomaticCooperation", "expressed");
        assertEquals("055", apology.cameo());
        assertEquals(List.of("Max Mustermann"), plainNames(apology, "source"));
        Event welcome = sole(row, "DiplomaticCooperation", "welcomed");
        assertEquals("051", welcome.cameo());
        assertEquals(List.of("Erika Mustermann"), plainNames(welcome, "source"));
    }

    @Test
    void ministersMeetingAtASummitAttendTheSummitOnly() {
        assertTrue(events(row, "Meeting").isEmpty(), "'meeting at a summit' is the summit:\n" + describe(row));
        assertEquals(2, events(row, "Summit").size(), describe(row));
    }

    @Test
    void sanctionsToBeDiscussedAreNoSanctions() {
        assertTrue(events(row, "Sanction").isEmpty(), "'to discuss new sanctions':\n" + describe(row));
    }

    /** The one event of this type whose label holds the word, with its CAMEO code and day. */
    private static void assertCoded(String type, String word, String cameo, String day) {
        Event e = sole(row, type, word);
        assertEquals(cameo, e.cameo(), word);
        assertEquals(day, date(e), word);
    }
}
