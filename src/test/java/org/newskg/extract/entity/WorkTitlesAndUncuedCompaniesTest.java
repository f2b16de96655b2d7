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
 * Recognition errors of the seventeenth blind wire set (wire-dev17), with the shipped model: a quoted title that a
 * work noun marks (before it, after it, as its last word), that follows a possessive or that stands in a list with
 * such a title is a work, and so is a name after a drug noun; a company that wire copy names with no cue is found from
 * data/lexicon/companies.tsv. Sentences written for this test; the invented names are in the code, the real companies
 * sit in a fixture file.
 */
class WorkTitlesAndUncuedCompaniesTest {

    private static final ShippedRecognizer NAMES = new ShippedRecognizer(LocalDate.of(2009, 1, 26));

    /** Each sentence and the work in it, which the recognizer must find whole. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // a work noun before the quoted title
        "Jane Doe 's 1999 novel \" Ashes of Zenda \" is still banned in Strelsau .|Ashes of Zenda",
        // a work noun after it
        "The band topped the charts with \" Red River \" , their first single , on Monday .|Red River",
        // a possessive before it
        "John Doe 's \" Zenda Nights \" sold a million copies .|Zenda Nights",
        // a drug noun before a bare name, and the names of a list after one
        "A form of the malaria drug Zendamax went on sale in Strelsau on Monday .|Zendamax",
        "Parasites have become resistant to drugs such as quinine and Ruritol .|Ruritol",
    })
    void findsTheWork(String sentence, String work) {
        assertHas(NAMES.find(sentence), work, EntityType.WORK);
    }

    @Test
    void quotedTitlesListedWithAMarkedOneAreWorks() {
        List<EntityMention> ms = NAMES.find("The jury singled out the \" Strelsau Trilogy \" -- \" Red Gate \" , \" Palace of "
                + "Winter \" and \" Iron Gate \" -- which follows a family of bakers .");
        for (String work : List.of("Strelsau Trilogy", "Red Gate", "Palace of Winter", "Iron Gate")) {
            assertHas(ms, work, EntityType.WORK);
        }
    }

    @Test
    void aQuotedSentenceIsNoTitle() {
        assertNotA(NAMES.find("\" Zenda is my lucky city , \" he said ."), "Zenda is my lucky city", EntityType.WORK);
    }

    @Test
    void aCompanyListedInTheLexiconIsOneWithNoCue() throws IOException {
        for (String line : ShippedRecognizer.fixtureLines("companies-without-cue.txt")) {
            String[] parts = line.split("\\|");
            assertHas(NAMES.find(parts[0]), parts[1], EntityType.ORGANIZATION);
        }
    }
}
