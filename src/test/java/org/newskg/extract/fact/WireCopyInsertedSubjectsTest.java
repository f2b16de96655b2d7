package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newskg.extract.fact.FactFixtures.describe;
import static org.newskg.extract.fact.FactFixtures.plainNames;

import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Event;
import org.newskg.extract.Extraction;

/**
 * Who acts when words are set off between a subject and its verb, and whom "the two men" and an honorific name, on a
 * Reuters-style story written for this test (a river accord in South America, 1974, people invented): "X, speaking at
 * the airport before flying back to Y, accused", "X, who led ..., speaking to reporters ..., rejected", "Brazil's
 * defence minister, General X, met", "a meeting with Mrs. X", "the two men would meet again" after a demand on a country,
 * "criticized the tour" (the traveller's).
 */
class WireCopyInsertedSubjectsTest {

    static Extraction accord;

    @BeforeAll
    static void extract() {
        accord = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-1974-06-28-asuncion-river-accord.txt"));
    }

    private static Event find(String type, Predicate<Event> p) {
        return FactFixtures.find(accord, type, p);
    }

    @Test
    void aParticiplesPhraseWithAGerundInsideIsSetOff() {
        // "Blanco, speaking at the airport before flying back to Montevideo, accused Argentina of blocking the accord."
        Event accusation = find("Disapproval", e -> plainNames(e, "target").contains("Argentina"));
        assertEquals(List.of("Juan Blanco"), plainNames(accusation, "source"), describe(accord));
    }

    @Test
    void twoInsertionsOneAfterTheOther() {
        // "Carlos Ortiz, who led his country's delegation, speaking to reporters before flying back to Buenos Aires,
        // rejected the charge."
        Event rejection = find("Rejection", e -> e.label().equals("rejected"));
        assertEquals(List.of("Carlos Ortiz"), plainNames(rejection, "source"), describe(accord));
        assertEquals(List.of("Juan Blanco"), plainNames(rejection, "target"), describe(accord));
    }

    @Test
    void aNameSetOffAfterItsOfficeWithARank() {
        // "Brazil's defence minister, General Jose Campos, met Benitez at the Lopez Palace on Thursday."
        Event meeting = find("Meeting", e -> e.label().equals("met"));
        assertEquals(List.of("Jose Campos"), plainNames(meeting, "source"), describe(accord));
    }

    @Test
    void anHonorificsFullStopEndsNoNounPhrase() {
        // "Blanco held a final meeting with Mrs. Benitez on Friday morning." (told of the same talks as "signed ... after
        // three days of talks", whose participants the clause's subject gives, it may be joined to them)
        Event meeting = find("Meeting", e -> e.evidence().stream().anyMatch(ev -> ev.sentence() == 4));
        assertEquals(List.of("Juan Blanco", "Raquel Benitez"), plainNames(meeting).stream().sorted().toList(), describe(accord));
    }

    @Test
    void theTwoMenAreTheLastTwoPeopleOfOneEvent() {
        // "Hugo Banzer welcomed the accord and demanded that Argentina open its ports. Officials said the two men would
        // meet again in Montevideo in August.": not Banzer and Argentina
        Event meeting = find("Meeting", e -> e.label().equals("meet"));
        assertEquals(List.of("Juan Blanco", "Raquel Benitez"), plainNames(meeting).stream().sorted().toList(), describe(accord));
    }

    @Test
    void theTourCriticizedIsAimedAtTheTraveller() {
        // "Blanco, who arrived in Asuncion on Tuesday, is on a four-nation tour of the region. Argentina's foreign ministry
        // criticized the tour."
        Event criticism = find("Disapproval", e -> e.label().equals("criticized"));
        assertEquals(List.of("Juan Blanco"), plainNames(criticism, "target"), describe(accord));
    }
}
