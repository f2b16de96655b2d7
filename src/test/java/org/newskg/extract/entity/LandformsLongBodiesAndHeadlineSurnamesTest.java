package org.newskg.extract.entity;

import static org.newskg.extract.entity.ShippedRecognizer.assertHas;
import static org.newskg.extract.entity.ShippedRecognizer.assertNotA;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newskg.kb.EntityType;

/**
 * Recognition errors left over from the sixteenth blind wire set (wire-dev16), with the shipped model: a landform head
 * ("Icefall", "Glacier", "Massif"; place-heads.tsv) makes a place, a foreign head opening a name ("Federation"; lead-heads.tsv)
 * and a purpose after "for" with "and" ("for ... Trade and Development"; portfolio-heads.tsv) keep a body's name whole, a
 * capitalized "Al" after a kinship particle goes on with a person's name, and an all-caps headline word that is the
 * first word of a person the story names is that person. Sentences written for this test; the names are invented.
 */
class LandformsLongBodiesAndHeadlineSurnamesTest {

    private static final ShippedRecognizer NAMES = new ShippedRecognizer(LocalDate.of(2009, 9, 11));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The climbers crossed the Khumbu Icefall after midnight.|Khumbu Icefall",
        "They camped below the Zenda Glacier on Tuesday.|Zenda Glacier",
        "The Tarlenheim Massif rises above the valley.|Tarlenheim Massif",
    })
    void aLandformHeadMakesAPlace(String sentence, String name) {
        var ms = NAMES.find(sentence);
        assertHas(ms, name, EntityType.PLACE);
        assertNotA(ms, name, EntityType.PERSON);
        assertNotA(ms, name, EntityType.ORGANIZATION);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The Federation Internationale du Ski Alpin said the race was cancelled.|Federation Internationale du Ski Alpin",
        "The Organisation for Ruritanian Trade and Development said growth would slow.|Organisation for Ruritanian Trade and Development",
    })
    void aLongBodysNameIsFoundWhole(String sentence, String name) {
        assertHas(NAMES.find(sentence), name, EntityType.ORGANIZATION);
    }

    @Test
    void ofWithTwoWordsAndAPlaceStillJoinsTwoNames() {
        var ms = NAMES.find("The Organization of American States and Canada said the vote was fair.");
        assertNotA(ms, "Organization of American States and Canada", EntityType.ORGANIZATION);
    }

    @Test
    void aCapitalizedAlAfterBinGoesOnWithThePersonsName() {
        var ms = NAMES.find("Sheikh Karim bin Hassan Al Rudolf met the delegation in Strelsau.");
        assertHas(ms, "Karim bin Hassan Al Rudolf", EntityType.PERSON);
    }

    @Test
    void aHeadlineWordThatIsTheFirstWordOfAPersonInTheStoryIsThatPerson() {
        var ms = NAMES.find("LI WINS VOTE IN ZENDA\n\nLi Wei-ming won the vote in Zenda on Sunday, officials said.");
        assertHas(ms, "LI", EntityType.PERSON);
    }
}
