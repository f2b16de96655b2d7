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
 * Participants in sentence shapes of wire copy, on a story written for this test (people invented): a trip told by a
 * second verb after "and" with a modal ("is to fly to X and will travel on to Y for talks with Z"), a comma closing an
 * opening phrase (not a list), an apposition a participle qualifies, ambassadors of a body, a protest's demand after a
 * comma naming a capital.
 */
class SubjectShapesTest {

    static Extraction story;

    @BeforeAll
    static void extract() {
        story = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-1986-02-11-participant-shapes.txt"));
    }

    private static Event find(String type, Predicate<Event> p) {
        return FactFixtures.find(story, type, p);
    }

    @Test
    void talksAfterASecondVerbWithAModalAreTheFirstVerbsSubjects() {
        // "He is to fly to London on Saturday and will travel on to Washington next week for talks with Secretary of
        // State Walter Brand."
        Event talks = find("Meeting", e -> e.evidence().get(0).sentence() == 1);
        assertEquals(List.of("Arne Lindqvist", "Walter Brand"), plainNames(talks), describe(story));
    }

    @Test
    void theFirstTripIsNotToThePartnerOfTheSecond() {
        Event london = find("Visit", e -> e.label().contains("fly"));
        assertEquals(List.of("Arne Lindqvist"), plainNames(london), describe(story));
    }

    @Test
    void aCommaClosingAnOpeningPhraseJoinsNoSubjects() {
        // "In his talks with Lindqvist, Brand called on Norway to reconsider the ban."
        Event appeal = find("Appeal", e -> plainNames(e).contains("Walter Brand"));
        assertEquals(List.of("Walter Brand"), plainNames(appeal, "source"), describe(story));
    }

    @Test
    void anAppositionAParticipleQualifiesIsSteppedOver() {
        // "Petros Kallis, the Cypriot president ousted in a coup on January 15, met Secretary General Hans Morel in New
        // York on Friday and appealed to the Security Council"
        Event met = find("Meeting", e -> plainNames(e).contains("Hans Morel"));
        assertEquals(List.of("Hans Morel", "Petros Kallis"), plainNames(met), describe(story));
        Event appeal = find("Appeal", e -> e.label().contains("appealed"));
        assertEquals(List.of("Petros Kallis"), plainNames(appeal, "source"), describe(story));
    }

    @Test
    void aBodysAmbassadorsMeetForIt() {
        // "NATO ambassadors held an emergency meeting in Brussels on Monday"
        Event meeting = find("Meeting", e -> e.evidence().get(0).sentence() == 4);
        assertEquals(List.of("NATO"), plainNames(meeting), describe(story));
    }

    @Test
    void aProtestsDemandSetOffByACommaNamesItsTarget() {
        // "Several hundred students protested near the parliament on Tuesday, demanding that Washington respect the ban."
        Event protest = find("Protest", e -> true);
        assertEquals(List.of("United States"), plainNames(protest, "target"), describe(story));
    }
}
