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
 * A leaderboard's players ({@link ScoreLines}, wire-dev9): a name before a country in parentheses is a player of that
 * country, never a team, also where nothing else found it. Lines written for this test;
 * the players are invented.
 */
class ResultLinePlayersTest {

    private static ShippedRecognizer names;

    @BeforeAll
    static void load() {
        names = new ShippedRecognizer(LocalDate.of(2005, 10, 21));
    }

    @Test
    void aNameBeforeACountryInParenthesesIsAPlayer() {
        List<EntityMention> ms = names.find("""
                GOLF - STRELSAU OPEN SECOND ROUND SCORES

                STRELSAU 2005-10-21

                Leading second-round scores on Friday in the Strelsau Open :

                135 Jean-Marc Vollrath ( France ) 70 65 , Niclas Fahlstrom ( Sweden ) 67 68

                138 Jarmo Sandevik ( Sweden ) 70 68 , Per-Ulrik Jonsater ( Sweden ) 69 69
                """);
        assertHas(ms, "Jarmo Sandevik", EntityType.PERSON);
        assertNotA(ms, "Jarmo Sandevik", EntityType.ORGANIZATION);
        assertHas(ms, "Jean-Marc Vollrath", EntityType.PERSON);
        assertHas(ms, "Niclas Fahlstrom", EntityType.PERSON);
    }
}
