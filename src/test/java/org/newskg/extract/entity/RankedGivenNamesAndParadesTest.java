package org.newskg.extract.entity;

import static org.newskg.extract.entity.ShippedRecognizer.assertHas;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newskg.kb.EntityType;

/**
 * Names the recognizer cut or dropped after wire-dev19: a given name that is also a title ("Sultan", "Amir") right after
 * a military rank, hyphened or not, opens the officer's name ({@link RankedGivenNames}); a listed given name the tagger
 * calls a noun or an adjective still opens a person's name before a proper noun (PersonPatternFinder); "Parade" heads a
 * site's name (facility-heads.tsv). Sentences written for this test.
 */
class RankedGivenNamesAndParadesTest {

    private static final ShippedRecognizer NAMES = new ShippedRecognizer(LocalDate.of(1991, 3, 3));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Iraqi Lieutenant-General Sultan Hashim Ahmad signed the ceasefire terms at the air base on Sunday .|Sultan Hashim Ahmad|PERSON",
        "General Sultan Hashim Ahmad led the delegation to the talks .|Sultan Hashim Ahmad|PERSON",
        "Major-General Amir Rashid Saleh told reporters the convoy had turned back .|Amir Rashid Saleh|PERSON",
        "Cristiano Ronaldo came on as a substitute but could not break the deadlock .|Cristiano Ronaldo|PERSON",
        "Troops marched past the crowds on Horse Guards Parade in London on Saturday .|Horse Guards Parade|PLACE",
    })
    void namesAfterRanksAndSites(String sentence, String name, EntityType root) {
        assertHas(NAMES.find(sentence), name, root);
    }
}
