package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.extract.fact.FactFixtures.date;
import static org.newskg.extract.fact.FactFixtures.describe;
import static org.newskg.extract.fact.FactFixtures.place;
import static org.newskg.extract.fact.FactFixtures.plainNames;
import static org.newskg.extract.fact.FactFixtures.sole;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Event;
import org.newskg.extract.Extraction;
import org.newskg.extract.Participant;

/**
 * Where and when events happened when the text says it indirectly: a capital named by its country, a participle set
 * off before the verb, a building whose head word is in lower case, a meeting named after its city, an arrival told in
 * a relative clause; and the dates of acts told as what came before another, and of plans with no day of their own.
 */
class WireCopyPlacesTest {

    static Extraction story;

    @BeforeAll
    static void extract() {
        story = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-1993-03-05-capitals-and-backgrounds.txt"));
    }

    @Test
    void aCapitalNamedByItsCountrysDemonymIsTheCapitalCity() {
        assertEquals("Addis Ababa", place(sole(story, "Visit", "arrived")), "'who arrived in the Ethiopian capital'\n" + describe(story));
    }

    @Test
    void aCapitalNamedByItsCountrysPossessiveIsTheCapitalCity() {
        assertEquals("Khartoum", place(sole(story, "Meeting", "met")), "'met in Sudan's capital'\n" + describe(story));
    }

    @Test
    void whatASubjectDoesAfterArrivingSomewhereInARelativeClauseHappensThere() {
        assertEquals("Addis Ababa", place(FactFixtures.find(story, "Meeting", e -> e.label().equals("talks"))),
                "'Moi, who arrived in the Ethiopian capital on Wednesday, held talks with Meles': not the dateline's Rome");
    }

    @Test
    void aVerbalActTakesThePlaceOfAParticipleSetOffBeforeIt() {
        assertEquals("Vienna", place(sole(story, "Appeal", "urged")), "'Andreatta, speaking in Vienna on Thursday, urged'");
    }

    @Test
    void aBuildingWhoseHeadWordIsInLowerCaseIsNamedWhole() {
        assertEquals("Ballhaus palace", place(sole(story, "Meeting", "received")), "'received ... at the Ballhaus palace'");
    }

    @Test
    void aMeetingNamedAfterACityIsHeldThereAndWhoJoinsItTakesPart() {
        Event talks = sole(story, "Meeting", "Geneva talks");
        assertEquals("Geneva", place(talks), "'will join the Geneva talks on Monday'");
        assertEquals(List.of("Beniamino Andreatta"), plainNames(talks));
        assertEquals("planned", talks.status());
        assertEquals("1993-03-08", date(talks));
    }

    @Test
    void anActBegunOnADaySetOffBeforeTheAspectVerbHasItsSubject() {
        Event deporting = sole(story, "Coercion", "deporting");
        assertEquals(List.of("Italy"), plainNames(deporting, Participant.SOURCE), "'Italy on Friday began deporting'");
        assertEquals("1993-03-05", date(deporting));
    }

    @Test
    void anActToldInAnAfterClauseTakesTheMonthOfTheClauseItLedTo() {
        assertEquals("1993-01", date(sole(story, "Expulsion", "expelled")),
                "'recalled its ambassador in January after Turkey expelled two Greek diplomats': not the story's day");
    }

    @Test
    void aPlannedMeetingWithNoDayOfItsOwnIsUndated() {
        Event again = sole(story, "Meeting", "meet");
        assertEquals("planned", again.status());
        assertNull(date(again), "'would meet again in Nairobi': no day is said");
        assertEquals("Nairobi", place(again));
    }

    @Test
    void whereADemonstrationWasHeldIsNoTargetOfIt() {
        Event rally = sole(story, "Protest", "demonstrated");
        assertTrue(List.of("Rome", "Piazza Venezia").contains(place(rally)), "'demonstrated in Rome's Piazza Venezia'\n" + describe(story));
        assertTrue(rally.participants().stream().noneMatch(p -> p.mention().name().equals("Rome")), "the city is where, not at whom");
    }

    @Test
    void aCapitalReadFromItsCountryIsAMentionOfTheCityForTheLinker() {
        assertTrue(story.entities().stream().anyMatch(m -> m.rule().equals(CapitalReferences.RULE)
                && m.text().equals("capital") && m.name().equals("Khartoum") && m.kbQid() != null), story.entities().toString());
    }
}
