package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.extract.fact.FactFixtures.describe;
import static org.newskg.extract.fact.FactFixtures.events;
import static org.newskg.extract.fact.FactFixtures.plainNames;

import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Event;
import org.newskg.extract.Extraction;

/**
 * Reactions and coordinated acts of a wire story, on an AFP-style story written for this test (a border row in
 * southern Africa, 2003, people invented): "rejected the accusation" past another act told in between, two verbs
 * sharing one subject, "X, speaking after a meeting with Y, urged", a capital sending troops, "urged them" and "urged both countries".
 */
class WireCopyReactionsTest {

    static Extraction row;

    @BeforeAll
    static void extract() {
        row = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-2003-11-20-caprivi-row.txt"));
    }

    private static Event find(String type, Predicate<Event> p) {
        return FactFixtures.find(row, type, p);
    }

    @Test
    void theAccusationRejectedIsTheLastAccusationNotTheLastAct() {
        // "Kgosana ... accused Zimbabwe of sheltering rebels. Namibia and Botswana agreed on Wednesday to set up a joint
        // border commission. ... Mushonga rejected the accusation"
        Event rejection = find("Rejection", e -> e.label().contains("rejected"));
        assertEquals(List.of("Tendai Mushonga"), plainNames(rejection, "source"), describe(row));
        assertEquals(List.of("Mompati Kgosana"), plainNames(rejection, "target"), describe(row));
    }

    @Test
    void twoVerbsOfOneSubjectAreTwoActsOfThatSubject() {
        // "Mushonga also condemned the European Union's travel ban and accused Britain of leading a campaign"
        List<Event> disapprovals = events(row, "Disapproval").stream()
                .filter(e -> plainNames(e, "source").contains("Tendai Mushonga")).toList();
        assertEquals(2, disapprovals.size(), describe(row));
        Event accusation = disapprovals.stream().filter(e -> e.label().contains("accused")).findFirst().orElseThrow();
        assertEquals(List.of("United Kingdom"), plainNames(accusation, "target"), describe(row));
        Event condemnation = disapprovals.stream().filter(e -> e.label().contains("condemned")).findFirst().orElseThrow();
        assertTrue(!plainNames(condemnation).contains("United Kingdom"), "Britain is accused, not what is condemned: "
                + describe(row));
    }

    @Test
    void aParticipleAfterTheSubjectTellsTheSubjectsMeeting() {
        // "Thabo Mbeki, speaking after a meeting with Namibian President Sam Nujoma, urged both sides"
        Event meeting = find("Meeting", e -> plainNames(e).contains("Sam Nujoma"));
        assertEquals(List.of("Sam Nujoma", "Thabo Mbeki"), plainNames(meeting).stream().sorted().toList(), describe(row));
    }

    @Test
    void aCapitalSendingTroopsIsItsCountry() {
        // "Harare sent two brigades to its western border on Tuesday"
        Event troops = find("ForcePosture", e -> e.label().contains("sent"));
        assertEquals(List.of("Zimbabwe"), plainNames(troops, "source"), describe(row));
    }

    @Test
    void themAfterTwoPeopleSpokenWithIsThoseTwo() {
        // "dos Santos spoke by telephone with Kgosana and Mushonga on Friday and urged them to end the dispute"
        Event appeal = find("Appeal", e -> e.label().contains("urged") && plainNames(e, "source").contains("Jose Eduardo dos Santos"));
        assertEquals(List.of("Mompati Kgosana", "Tendai Mushonga"), plainNames(appeal, "target"), describe(row));
    }

    @Test
    void bothCountriesAsObjectAreTheTwoOfTheLastEventTold() {
        // "Namibia and Zimbabwe signed a border accord in Botswana in 1999. The African Union urged both countries to respect
        // the accord": the two who signed, not the last two countries named
        Event appeal = find("Appeal", e -> e.label().contains("urged") && plainNames(e, "source").contains("African Union"));
        assertEquals(List.of("Namibia", "Zimbabwe"), plainNames(appeal, "target"), describe(row));
    }
}
