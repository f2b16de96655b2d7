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
 * protest made to someone or as the purpose of a summons (a complaint, no demonstration), fire exchanged, land
 * occupied, a poisoning, a consulate closed and contacts suspended, an apology and a welcome, a summit told by a
 * participle, sanctions only talked over.
 */
class ProtestsFireAndTopicsTest {

    static Extraction row;

    @BeforeAll
    static void extract() {
        row = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-1995-12-18-island-row.txt"));
    }

    @Test
    void aProtestMadeToSomeoneOrByASummonsIsNoDemonstration() {
        assertTrue(events(row, "Protest").isEmpty(), "'summoned X to protest', 'protested to Y':\n" + describe(row));
        Event complaint = sole(row, "Disapproval", "protested");
        assertEquals("114", complaint.cameo());
        assertEquals(List.of("John Doe"), plainNames(complaint, "source"));
        assertEquals(List.of("Richard Roe"), plainNames(complaint, "target"));
        assertEquals(1, events(row, "Disapproval").stream().filter(e -> e.label().equals("summoned")).count());
    }

    @Test
    void fireExchangedAndLandOccupiedAreFighting() {
        Event fire = sole(row, "Fight", "exchanged");
        assertEquals("190", fire.cameo());
        assertEquals("1995-12-16", date(fire));
        Event occupied = sole(row, "Fight", "occupied");
        assertEquals("192", occupied.cameo());
        assertEquals("1995-11", date(occupied));
    }

    @Test
    void aPoisoningIsAnAssault() {
        Event poisoned = sole(row, "Assault", "poisoned");
        assertEquals("182", poisoned.cameo());
        assertEquals("1995-12-15", date(poisoned));
    }

    @Test
    void aConsulateClosedAndContactsSuspendedAcrossAHyphenReduceRelations() {
        Event closed = sole(row, "ReduceRelations", "closed");
        assertEquals("160", closed.cameo());
        assertEquals("1995-12-17", date(closed));
        Event suspended = sole(row, "ReduceRelations", "suspended");
        assertEquals("160", suspended.cameo(), "'suspended high-level contacts': the hyphen ends no noun phrase");
        assertEquals("1995-12-18", date(suspended));
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
}
