package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Extraction;
import org.newskg.extract.Statement;

/**
 * Where and how the words were said is no part of them: "said in London she was pleased", "said at a news conference in
 * The Hague on Monday that", "told reporters in Rome the deal would help", "Gonzalez, speaking in Madrid, said"; and "who"
 * after a name speaks for it ("Brian Mulroney, who told her Canada would"); talks "that began in Moscow" were held
 * there. A story
 * written for this test (Testwire 1990, London).
 */
class PlacedAttributionsTest {

    static Extraction reactions;

    @BeforeAll
    static void extract() {
        reactions = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-1990-07-17-unification-reactions.txt"));
        reactions.statements().forEach(st -> System.out.println("statement: " + st.speaker().name() + " | " + st.text()));
    }

    private static List<String> said(String speaker) {
        return reactions.statements().stream().filter(st -> st.speaker().name().equals(speaker)).map(Statement::text).toList();
    }

    @Test
    void aPlaceAfterTheVerbIsWhereItWasSaid() {
        assertEquals(List.of("she was pleased that a united Germany would stay in the Western alliance"), said("Margaret Thatcher"));
        assertEquals(List.of("the agreement was good news for Europe"), said("François Mitterrand"));
    }

    @Test
    void anOccasionItsPlaceAndItsDayAreNotWhatWasSaid() {
        assertEquals(List.of("the talks had gone well"), said("Hans van den Broek"));
        assertEquals(List.of("Brussels would host the foreign ministers in September"), said("Wilfried Martens"));
    }

    @Test
    void theListenersPlaceIsNotWhatTheyWereTold() {
        assertEquals(List.of("the deal would help stability on the continent"), said("Giulio Andreotti"));
    }

    @Test
    void aParticipleAsideBetweenSpeakerAndVerbKeepsTheSpeaker() {
        assertEquals(List.of("the accord was a historic step"), said("Felipe González"));
    }

    @Test
    void whoAfterANameSpeaksForIt() {
        assertEquals(List.of("Canada would keep its troops in Germany"), said("Brian Mulroney"));
    }

    @Test
    void talksThatBeganInACityTookPlaceThere() {
        List<String> places = FactFixtures.events(reactions, "Meeting").stream().filter(e -> e.label().equals("talks"))
                .map(FactFixtures::place).toList();
        assertTrue(places.contains("Moscow"), "'two days of talks that began in Moscow': not the dateline's London " + places);
    }
}
