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
 * A sports story's dateline without a year or an agency ("MONTEVIDEO , May 12"), as in the fourth wire-news
 * development set: its place is the story's place, not a team the sports passes make of a city. Written for this test.
 */
class SportsDatelineTest {

    private static ShippedRecognizer names;

    @BeforeAll
    static void load() {
        names = new ShippedRecognizer(LocalDate.of(2003, 5, 12));
    }

    @Test
    void aDatelineWithADayAndNoYearIsNoTeam() {
        List<EntityMention> ms = names.find("""
                SOCCER - NACIONAL HELD IN CUP TIE

                MONTEVIDEO , May 12

                Nacional were held 1-1 by Olimpia in the first leg of their cup tie on Sunday.
                """);
        assertHas(ms, "MONTEVIDEO", EntityType.PLACE);
        assertNotA(ms, "MONTEVIDEO", EntityType.ORGANIZATION);
    }
}
