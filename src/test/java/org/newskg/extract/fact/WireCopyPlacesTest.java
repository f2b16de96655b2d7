package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.newskg.extract.fact.FactFixtures.describe;
import static org.newskg.extract.fact.FactFixtures.place;
import static org.newskg.extract.fact.FactFixtures.sole;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Extraction;

/** Where events happened, on wire stories written for these tests. */
class WireCopyPlacesTest {

    static Extraction raids;

    @BeforeAll
    static void extractAll() {
        raids = own("testwire-1994-03-10-kenya-somalia-raids.txt");
    }

    private static Extraction own(String file) {
        return FactFixtures.extractOne(FactFixtures.OWN.resolve(file));
    }

    @Test
    void aPlaceInWhatAVerbalActIsAboutIsNotWhereTheActWasMade() {
        assertNull(place(sole(raids, "Appeal", "called for")), "'called for a ceasefire in Somalia'\n" + describe(raids));
        assertNull(place(sole(raids, "Sanction", "banned")), "'banned new investment in Somalia'");
        assertNull(place(sole(raids, "Disapproval", "condemned")), "'condemned the killing of herdsmen near Baidoa'");
    }

    @Test
    void aVerbalActMadeHereIsMadeInTheDatelinesCity() {
        assertEquals("Nairobi", place(sole(raids, "IntentToCooperate", "pledged")), "'pledged here'");
    }
}
