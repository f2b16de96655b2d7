package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newskg.extract.fact.FactFixtures.describe;
import static org.newskg.extract.fact.FactFixtures.plainNames;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Event;
import org.newskg.extract.Extraction;
import org.newskg.kb.EntityType;

/**
 * On a story written for this test (Strelsau, 2026): a quoted "We agreed ..." said by one of two ministers after
 * their meeting is the act of both (the speaker and the one he met: cue kind {@code mutual}), while a quoted "We
 * strongly oppose ..." by the same speaker stays his alone. On a second one (Hanoi): "the two sides agreed" after
 * talks with a party's general secretary are the two leaders or countries, not a country and the party.
 */
class QuotedWeAndPartySidesTest {

    static Extraction story;
    static Extraction party;

    @BeforeAll
    static void extract() {
        story = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-2026-06-02-quoted-we.txt"));
        party = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-2026-06-03-party-leader-sides.txt"));
    }

    @Test
    void aQuotedWeAgreedAfterAMeetingIsBothSides() {
        Event agreed = FactFixtures.sole(story, "IntentToCooperate", "agreed");
        assertEquals(List.of("John Doe", "Richard Roe"), plainNames(agreed).stream().sorted().toList(), describe(story));
    }

    @Test
    void aQuotedWeOpposeIsTheSpeakerAlone() {
        Event oppose = FactFixtures.sole(story, "Disapproval", "oppose");
        assertEquals(List.of("John Doe"), plainNames(oppose, "source"), describe(story));
    }

    @Test
    void theTwoSidesOfTalksWithAPartyLeaderAreNoParty() {
        Event agreed = FactFixtures.sole(party, "IntentToCooperate", "agreed");
        // (was the leader's country and the party: the party is no side)
        assertEquals(List.of(), agreed.participants().stream().map(p -> p.mention().type())
                .filter(t -> t != EntityType.COUNTRY && t != EntityType.PERSON).toList(), describe(party));
        assertEquals(2, agreed.participants().stream().map(p -> p.mention().name()).distinct().count(), describe(party));
    }
}
