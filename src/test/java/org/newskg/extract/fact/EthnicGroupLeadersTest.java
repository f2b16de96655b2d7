package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Extraction;
import org.newskg.kb.EntityType;

/**
 * "Bosnian Serb leader X", "Turkish Cypriot leader Y": two nationality words in a row name one people, not two
 * countries, so the leader of a people leads no country. The countries' own leaders keep theirs. A story written for
 * this test (Testwire 1996, Belgrade).
 */
class EthnicGroupLeadersTest {

    static Extraction story;

    @BeforeAll
    static void extract() {
        story = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-1996-04-02-ethnic-leaders.txt"));
    }

    private static List<String> roles(String person) {
        return FactFixtures.roles(story, person);
    }

    @Test
    void aPeopleNamedByTwoNationalityWordsIsOneNationalityMention() {
        for (String people : List.of("Bosnian Serb", "Turkish Cypriot", "Greek Cypriot", "Kosovo Albanian")) {
            assertTrue(story.entities().stream().anyMatch(m -> m.text().equals(people) && m.type() == EntityType.NATIONALITY),
                    people + " in " + story.entities());
        }
        assertTrue(story.entities().stream().noneMatch(m -> m.text().equals("Serb") || m.text().equals("Cypriot")),
                story.entities().toString());
    }

    @Test
    void theLeaderOfAPeopleLeadsNoCountry() {
        assertEquals(List.of("Leader of -"), roles("Radovan Karadzic"));
        assertEquals(List.of("Leader of -"), roles("Rauf Denktash"));
        assertEquals(List.of("Leader of -"), roles("Ibrahim Rugova"));
    }

    @Test
    void theCountriesOwnLeadersKeepTheirCountry() {
        assertEquals(List.of("President of Serbia"), roles("Slobodan Milosevic"));
        assertEquals(List.of("Prime Minister of Greece"), roles("Costas Simitis"));
    }
}
