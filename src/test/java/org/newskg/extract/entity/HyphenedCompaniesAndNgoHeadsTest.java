package org.newskg.extract.entity;

import static org.newskg.extract.entity.ShippedRecognizer.assertHas;
import static org.newskg.extract.entity.ShippedRecognizer.assertNotA;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newskg.kb.EntityType;

/**
 * Recognition errors of the fourteenth blind wire set (wire-dev14), with the shipped model: a hyphenated company
 * before a price move or after a company cue is one name, a currency sign before the number is a price move's unit,
 * and an organization head of several words or one that is a headline label ("Watch", "Without Borders") closes a
 * run of capitalized common words, also three of them opening a sentence. Sentences written for this test; the names
 * are invented.
 */
class HyphenedCompaniesAndNgoHeadsTest {

    private static final ShippedRecognizer NAMES = new ShippedRecognizer(LocalDate.of(2004, 5, 7));

    /** Each sentence and the organization's name in it, which the recognizer must find whole. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // a hyphenated company before a price move is one name
        "Nordvik-Kessel fell 12 pence to 245 pence in Strelsau.|Nordvik-Kessel",
        // a currency sign before the number moves a share price
        "Brandvik gained $ 1.50 to $ 48.75 on Thursday.|Brandvik",
        // "Watch", "Without Borders", "Sans Frontieres" close an organization's name
        "The report by Strelsau Press Watch was published on Friday.|Strelsau Press Watch",
        "Pipers Without Borders, which runs clinics near Zenda, said the camps were full.|Pipers Without Borders",
        "The charity, known by its French name Jardiniers Sans Frontieres, said it had treated children.|Jardiniers Sans Frontieres",
        // three capitalized words and a head opening a sentence are a name
        "Prison Rights Watch said on Friday that guards had beaten inmates.|Prison Rights Watch",
    })
    void findsTheOrganizationWhole(String sentence, String name) {
        assertHas(NAMES.find(sentence), name, EntityType.ORGANIZATION);
    }

    @Test
    void aNameClosedByAHeadOfSeveralWordsIsNotJoinedToTheNameBeforeAnd() {
        var ms = NAMES.find("Aid workers from Varnaid and Jardiniers Sans Frontieres said they feared a cholera outbreak.");
        assertHas(ms, "Jardiniers Sans Frontieres", EntityType.ORGANIZATION);
        assertNotA(ms, "Varnaid and Jardiniers Sans Frontieres", EntityType.ORGANIZATION);
    }

    @Test
    void neitherHalfOfAHyphenatedCompanyNorASumsSubjectIsACompany() {
        assertNotA(NAMES.find("Nordvik-Kessel fell 12 pence to 245 pence in Strelsau."), "Kessel", EntityType.ORGANIZATION);
        assertNotA(NAMES.find("Revenue rose $ 2 billion in the quarter."), "Revenue", EntityType.ORGANIZATION);
    }
}
