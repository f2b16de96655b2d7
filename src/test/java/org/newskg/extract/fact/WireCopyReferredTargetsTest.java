package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * Whom a directed act is aimed at when its object only refers to someone, and who acts in a clause joined to a
 * reported one, on an AFP-style story written for this test (an expulsion row in central Africa, 1981, people
 * invented): "ordered X, including Y, to leave", "accusing them of", "accused it of", "rejected the charge", "met the
 * country's foreign minister, X,", "X said Y was ..., and accused Z", two visitors' trips and two appeals told apart.
 */
class WireCopyReferredTargetsTest {

    static Extraction row;

    @BeforeAll
    static void extract() {
        row = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-1981-03-12-libreville-expulsion.txt"));
    }

    private static Event find(String type, Predicate<Event> p) {
        return FactFixtures.find(row, type, p);
    }

    @Test
    void anOrderToLeaveReadsOverAnInsertionSetOffByCommas() {
        // "Gabon on Thursday ordered five Cameroonian officials, including the head of the Cameroonian trade mission, to
        // leave the country"; "Cameroon later ordered the Gabonese ambassador, Pierre Nze, to leave the country"
        Event first = find("Expulsion", e -> plainNames(e, "source").contains("Gabon"));
        assertEquals(List.of("Cameroon"), plainNames(first, "target"), describe(row));
        Event second = find("Expulsion", e -> plainNames(e, "source").contains("Cameroon"));
        assertEquals(List.of("Pierre Nze"), plainNames(second, "target"), describe(row));
    }

    @Test
    void theExpulsionsCondemnedAreAimedAtWhoeverExpelled() {
        // "Jean Mbarga condemned the expulsions": the expulsion is only found over the insertion
        Event condemnation = find("Disapproval", e -> e.label().equals("condemned"));
        assertEquals(List.of("Gabon"), plainNames(condemnation, "target"), describe(row));
    }

    @Test
    void themAndItAreThoseTheLastActWasAimedAt() {
        // "..., accusing them of smuggling arms": the officials ordered out, Cameroon's
        Event accusing = find("Disapproval", e -> e.label().equals("accusing"));
        assertEquals(List.of("Cameroon"), plainNames(accusing, "target"), describe(row));
        // "Mbarga condemned the expulsions. Mbarga said the Gabonese government had broken its word, and accused it of
        // violating a 1974 friendship treaty": it is the one condemned
        Event accused = find("Disapproval", e -> e.label().equals("accused") && e.first().sentence() == 2);
        assertEquals(List.of("Gabon"), plainNames(accused, "target"), describe(row));
    }

    @Test
    void theVerbAfterAReportedClauseIsTheReportersAct() {
        // "Marc Ndong said on Wednesday that Cameroon was sheltering the exiles, and accused Yaounde of arming them"
        Event accused = find("Disapproval", e -> e.label().equals("accused") && e.first().sentence() == 4);
        assertEquals(List.of("Marc Ndong"), plainNames(accused, "source"), describe(row));
        // "Mahamat said Chad was ready to mediate, and invited Ndong to visit N'Djamena next month": Mahamat invites
        Event invited = find("Visit", e -> plainNames(e, "source").contains("Marc Ndong"));
        assertEquals(List.of("Ali Mahamat"), plainNames(invited, "target"), describe(row));
    }

    @Test
    void theChargeRejectedIsTheLastAccusation() {
        // "... accused Yaounde of arming them. Mbarga rejected the charge."
        Event rejection = find("Rejection", e -> plainNames(e, "source").contains("Jean Mbarga"));
        assertEquals(List.of("Marc Ndong"), plainNames(rejection, "target"), describe(row));
    }

    @Test
    void aNameSetOffAfterAnOfficeIsTheOneMet() {
        // "met the country's foreign minister, Louis Obame, at the presidential palace"
        Event meeting = find("Meeting", e -> e.label().equals("met"));
        assertEquals(List.of("Ali Mahamat", "Louis Obame"), plainNames(meeting).stream().sorted().toList(), describe(row));
    }

    @Test
    void twoVisitorsTwoTripsAndTwoAppealsOfDifferentActors() {
        // "invited Ndong to visit N'Djamena next month. Mahamat is scheduled to visit Yaounde on Saturday."
        List<Event> visits = events(row, "Visit").stream().filter(e -> e.first().sentence() >= 7).toList();
        assertEquals(2, visits.size(), describe(row));
        // "Obame and Mahamat called for calm. Mahamat said Chad backed dialogue and called on Cameroon to reopen its
        // embassy.": a second act, not the first told again
        List<Event> appeals = events(row, "Appeal");
        assertEquals(2, appeals.size(), describe(row));
        Event onCameroon = appeals.stream().filter(e -> plainNames(e, "target").contains("Cameroon")).findFirst().orElseThrow();
        assertEquals(List.of("Ali Mahamat"), plainNames(onCameroon, "source"), describe(row));
    }
}
