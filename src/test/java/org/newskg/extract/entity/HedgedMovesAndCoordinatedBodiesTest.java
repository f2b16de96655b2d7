package org.newskg.extract.entity;

import static org.newskg.extract.entity.ShippedRecognizer.assertHas;
import static org.newskg.extract.entity.ShippedRecognizer.assertNotA;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.EntityMention;
import org.newskg.kb.EntityType;

/**
 * Names of wire copy, with the shipped model: a share price that moves by "more than" a number still says company; a
 * party's name ends before "of" and its leader's given name; a head and "of" after "and" open a second body's name; a
 * city before an event's head on a sports page names the event, not a team. Sentences written for this test; the
 * names are invented.
 */
class HedgedMovesAndCoordinatedBodiesTest {

    private static ShippedRecognizer names;

    @BeforeAll
    static void load() {
        names = new ShippedRecognizer(LocalDate.of(2008, 9, 15));
    }

    @Test
    void aNameFallingMoreThanTenPercentIsACompany() {
        List<EntityMention> ms = names.find("""
                STRELSAU , Sept 15 ( AP ) -

                Morgan Tilley fell more than 10 percent on the exchange after the broker cut its rating.
                """);
        assertHas(ms, "Morgan Tilley", EntityType.ORGANIZATION);
        assertNotA(ms, "Morgan Tilley", EntityType.PERSON);
    }

    @Test
    void aPartysNameEndsBeforeItsLeader() {
        List<EntityMention> ms = names.find("""
                STRELSAU , Sept 27 ( Reuters ) -

                The Social Union came first, ahead of the Christian Peasant Union of Armin Doe with 24.1 percent, \
                official results showed on Monday.

                The Freedom League of Constand Roe won 2.2 percent.
                """);
        assertHas(ms, "Christian Peasant Union", EntityType.ORGANIZATION);
        assertNotA(ms, "Christian Peasant Union of Armin Doe", EntityType.ORGANIZATION);
        assertHas(ms, "Freedom League", EntityType.ORGANIZATION);
        assertNotA(ms, "Freedom League of Constand Roe", EntityType.ORGANIZATION);
    }

    @Test
    void aHeadAndOfAfterAndOpenASecondBody() {
        List<EntityMention> ms = names.find("""
                STRELSAU , Sept 15 ( AP ) -

                The broker filed for bankruptcy protection on Monday after talks with Barrowdale and Bank of Ruritania failed.
                """);
        assertHas(ms, "Bank of Ruritania", EntityType.ORGANIZATION);
        assertNotA(ms, "Barrowdale and Bank of Ruritania", EntityType.ORGANIZATION);
    }

    @Test
    void aCityBeforeAnEventHeadOnASportsPageIsTheEvent() {
        List<EntityMention> ms = names.find("""
                ATHLETICS - DOE STRIPPED OF GOLD

                STRELSAU , Sept 27 ( Reuter ) -

                Sprinter John Doe was stripped of his title on Tuesday after testing positive for a steroid.

                Officials from Ruritania said the ruling was the biggest scandal of the Strelsau Olympics.
                """);
        assertHas(ms, "Strelsau Olympics", EntityType.EVENT);
        assertNotA(ms, "Strelsau Olympics", EntityType.ORGANIZATION);
    }
}
