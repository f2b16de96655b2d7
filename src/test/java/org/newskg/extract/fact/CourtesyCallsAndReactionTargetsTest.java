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
 * Participants of a PTI-style story written for this test (people invented): "called on President X" as a courtesy
 * call and "called on X to ..." as an appeal, the members of a body as its voice, a summit's attendees, and the target
 * of a reaction to an act whose actor is named before ("X's bid ... opposed the bid", "the decision of X").
 */
class CourtesyCallsAndReactionTargetsTest {

    static Extraction story;

    @BeforeAll
    static void extract() {
        story = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-2014-05-20-courtesy-reactions.txt"));
    }

    private static Event find(String type, Predicate<Event> p) {
        return FactFixtures.find(story, type, p);
    }

    @Test
    void callingOnAPersonWithNothingAskedIsACourtesyCall() {
        // "Ram Bahadur Thapa called on President Anand Mishra at Rashtrapati Bhavan here on Tuesday"
        Event call = find("Meeting", e -> plainNames(e).contains("Anand Mishra"));
        assertEquals(List.of("Anand Mishra", "Ram Bahadur Thapa"), plainNames(call).stream().sorted().toList(), describe(story));
        assertTrue(events(story, "Appeal").stream().noneMatch(e -> plainNames(e).contains("Anand Mishra")), describe(story));
    }

    @Test
    void callingOnSomeoneToActStaysAnAppeal() {
        // "Thapa also called on India to reopen ...", "Mohan Karki called on Thapa to resign"
        Event country = find("Appeal", e -> plainNames(e, "target").contains("India"));
        assertEquals(List.of("Ram Bahadur Thapa"), plainNames(country, "source"), describe(story));
        Event person = find("Appeal", e -> plainNames(e, "source").contains("Mohan Karki"));
        assertEquals(List.of("Ram Bahadur Thapa"), plainNames(person, "target"), describe(story));
    }

    @Test
    void anActOwnedByANameBeforeIsAimedAtThatName() {
        // "Japan's bid for a permanent seat on the Security Council was discussed. China has opposed the bid."
        Event opposed = find("Disapproval", e -> e.label().contains("opposed"));
        assertEquals(List.of("Japan"), plainNames(opposed, "target"), describe(story));
        // "Indonesia's decision to ban exports of nickel ore took effect in January. ... Kenji Arai criticized the decision"
        Event criticized = find("Disapproval", e -> plainNames(e, "source").contains("Kenji Arai"));
        assertEquals(List.of("Indonesia"), plainNames(criticized, "target"), describe(story));
    }

    @Test
    void theDecisionOfANameIsAimedAtThatName() {
        // "Thapa on Monday condemned the decision of the Chinese government to close the Tatopani border crossing"
        Event condemned = find("Disapproval", e -> plainNames(e, "source").contains("Ram Bahadur Thapa"));
        assertEquals(List.of("People's Republic of China"), plainNames(condemned, "target"), describe(story));
    }

    @Test
    void condemningABombingAimsAtWhoeverBombedThoughTheNounIsAnotherForceClass() {
        // "Pakistani aircraft bombed a border post near the town of Wagah on Sunday. Foreign Minister Narayan Koirala condemned the bombing."
        Event condemned = find("Disapproval", e -> plainNames(e, "source").contains("Narayan Koirala"));
        assertEquals(List.of("Pakistan"), plainNames(condemned, "target"), describe(story));
    }

    @Test
    void leadersOfABodysMemberStatesSpeakForTheBody() {
        // "Leaders of the Association of Southeast Asian Nations member states pledged on Monday to fight piracy together"
        Event pledge = find("IntentToCooperate", e -> e.label().contains("pledged"));
        assertEquals(List.of("Association of Southeast Asian Nations"), plainNames(pledge), describe(story));
    }

    @Test
    void aSummitsAttendeesTakePartBesideItsHost() {
        // "The summit, hosted by Malaysian Prime Minister Najib Razak and attended by Indonesian President Susilo Bambang
        // Yudhoyono and Thai Prime Minister Yingluck Shinawatra, opened in Kuala Lumpur on Sunday"
        Event summit = find("Summit", e -> plainNames(e).contains("Najib Razak"));
        assertEquals(List.of("Najib Razak", "Susilo Bambang Yudhoyono", "Yingluck Shinawatra"),
                plainNames(summit).stream().sorted().toList(), describe(story));
    }

    @Test
    void aNounForAnActAimsAtTheLastActToldByItsVerb() {
        // "The Commonwealth on Saturday suspended Fiji from the organization. ... Kaliopate Tavola rejected the suspension."
        Event rejected = find("Rejection", e -> plainNames(e, "source").contains("Kaliopate Tavola"));
        assertEquals(List.of("Commonwealth of Nations"), plainNames(rejected, "target"), describe(story));
        // "Indian coast guards seized a Nepalese cargo boat ... Bamdev Gautam condemned the seizure."
        Event condemned = find("Disapproval", e -> plainNames(e, "source").contains("Bamdev Gautam"));
        assertEquals(List.of("India"), plainNames(condemned, "target"), describe(story));
    }

    @Test
    void aJudgedActOfANationIsAimedAtItsCountry() {
        // "Information Minister Minendra Rijal called the Chinese ban \"unacceptable\""
        Event judged = find("Disapproval", e -> plainNames(e, "source").contains("Minendra Rijal"));
        assertEquals(List.of("People's Republic of China"), plainNames(judged, "target"), describe(story));
    }

    @Test
    void anActAfterACallInItsSentenceIsAimedAtTheOtherSide() {
        // "Thapa spoke by telephone with Chinese Premier Li Keqiang on Monday and demanded the reopening of the crossing"
        Event demand = find("Demand", e -> plainNames(e, "source").contains("Ram Bahadur Thapa"));
        assertEquals(List.of("Li Keqiang"), plainNames(demand, "target"), describe(story));
    }
}
