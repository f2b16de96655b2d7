package org.newskg.extract.entity;

import static org.newskg.extract.entity.ShippedRecognizer.assertHas;
import static org.newskg.extract.entity.ShippedRecognizer.assertNotA;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.extract.EntityMention;
import org.newskg.kb.EntityType;

/**
 * Names the recognizer missed or mistyped in the twentieth blind wire set (wire-dev20) and leftovers of wire-dev12 and
 * wire-dev19: a given name opening three words closed by an event head is no person (PersonPatternFinder); "Grounds"
 * heads a site (facility-heads.tsv); African clubs in a sports story (clubs.tsv); continental cups (event-names.tsv).
 * Sentences written for this test.
 */
class WireDev20NamesTest {

    private static final ShippedRecognizer NAMES = new ShippedRecognizer(LocalDate.of(1988, 9, 12));

    @Test
    void aGivenNameOpeningAnEventOrBodyNameIsNoPerson() {
        List<EntityMention> ms = NAMES.find("Martin Luther King of the Southern Christian Leadership Conference and Roy Wilkins of the "
                + "National Association for the Advancement of Colored People watched in the East Room .");
        assertNotA(ms, "Christian Leadership Conference", EntityType.PERSON);
        assertNotA(ms, "Southern Christian Leadership Conference", EntityType.PERSON);
        assertNotA(ms, "Victoria Falls Summit", EntityType.PERSON);
    }

    @Test
    void groundsHeadASite() {
        List<EntityMention> ms = NAMES.find("About 300,000 people gathered at the Tallinn Song Festival Grounds on Sunday to sing .");
        assertHas(ms, "Tallinn Song Festival Grounds", EntityType.PLACE);
        assertNotA(ms, "Song Festival Grounds", EntityType.PERSON);
    }

    @Test
    void africanClubsAndCupsInASportsStory() {
        List<EntityMention> ms = NAMES.find("""
                SOCCER - ALGERIA BEAT SENEGAL IN CAIRO FINAL

                CAIRO 2019-07-19

                Algeria beat Senegal 1-0 in the Africa Cup of Nations final at the Cairo International Stadium on Friday.

                Fans of Wydad Casablanca and Esperance Tunis joined Algerian supporters in the streets after the game.
                """);
        assertHas(ms, "Africa Cup of Nations", EntityType.EVENT);
        assertHas(ms, "Wydad Casablanca", EntityType.ORGANIZATION);
        assertHas(ms, "Esperance Tunis", EntityType.ORGANIZATION);
        assertNotA(ms, "Wydad Casablanca", EntityType.PERSON);
    }
}
