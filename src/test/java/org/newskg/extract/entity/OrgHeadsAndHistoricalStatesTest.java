package org.newskg.extract.entity;

import static org.newskg.extract.entity.ShippedRecognizer.assertHas;
import static org.newskg.extract.entity.ShippedRecognizer.assertNotA;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newskg.extract.EntityMention;
import org.newskg.kb.EntityType;

/**
 * Leftover recognition errors of the seventeenth blind wire set (wire-dev17): a company name ending in
 * "Entertainment" is an organization (data/lexicon/org-heads.tsv), not a place; a historical state and
 * a news agency's title-case name come from rows of the curated KB (data/kb/curated/gaps.tsv); a given name and one more word the model read as a place, or as an organization after a
 * nationality word, is a person. Sentences written for
 * this test; the invented names are in the code, the real ones sit in a fixture file.
 */
class OrgHeadsAndHistoricalStatesTest {

    private static final ShippedRecognizer NAMES = new ShippedRecognizer(LocalDate.of(1978, 6, 26));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Investors bought shares of Zenda Entertainment in Strelsau on Monday .|Zenda Entertainment",
        "The band 's label , Tarlenheim Entertainment , said the tour would go ahead .|Tarlenheim Entertainment",
    })
    void aNameEndingInAnOrganizationHeadIsOne(String sentence, String org) {
        List<EntityMention> ms = NAMES.find(sentence);
        assertHas(ms, org, EntityType.ORGANIZATION);
        assertNotA(ms, org, EntityType.PLACE);
    }

    /**
     * Two words the model reads as a place (a results list) or an organization after a nationality word (in the fixture
     * file): a person.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "6. Nasir Strelov ( Ruritania ) Ruritania 0:09|Nasir Strelov",
    })
    void aGivenNameAndOneMoreWordIsAPerson(String sentence, String person) {
        assertHas(NAMES.find(sentence), person, EntityType.PERSON);
    }

    @Test
    void curatedKbRowsAndNamesAfterANationality() throws IOException {
        for (String line : ShippedRecognizer.fixtureLines("kb-names-wire17.txt")) {
            String[] parts = line.split("\\|");
            assertHas(NAMES.find(parts[0]), parts[1], EntityType.valueOf(parts[2]));
        }
    }
}
