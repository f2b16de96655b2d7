package org.newskg.extract.entity;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.newskg.extract.entity.ShippedRecognizer.assertHas;
import static org.newskg.extract.entity.ShippedRecognizer.mention;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newskg.extract.EntityMention;
import org.newskg.kb.EntityType;

/**
 * Recognition errors of the eighteenth blind wire set (wire-dev18): a regnal number ends a person's name (NameShapes);
 * "Radio", "Air" and "Operation" open a body's, an airline's and an operation's name (data/lexicon/lead-heads.tsv);
 * "Street" and "Barracks" end a place's name whatever given name opens it (facility-heads.tsv); a name closed by
 * "Agreement" or "Law" is a law (law-heads.tsv); common words alone in an all-caps headline name nothing
 * (ModelCorrections); "Neighbouring" opening a sentence is no part of the name after it (stop-capitals.tsv).
 * Sentences written for this test; the invented names are in the code, the real ones sit in a fixture file.
 */
class RegnalNumbersAndLeadHeadsTest {

    private static final ShippedRecognizer NAMES = new ShippedRecognizer(LocalDate.of(1987, 5, 14));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "King Rudolf III died on Monday .|Rudolf III|PERSON",
        "Strelov said on Radio Zenda that he had acted to prevent bloodshed .|Radio Zenda|ORGANIZATION",
        "Troops will collect rebel weapons under Operation Zenda Harvest once a ceasefire holds .|Operation Zenda Harvest|EVENT",
        "The paper did not appear after soldiers occupied its offices on Gordon Street .|Gordon Street|PLACE",
        "The soldiers were told to return to Queen Victoria Barracks outside the capital .|Queen Victoria Barracks|PLACE",
        "The envoy , who brokered the 2002 Strelsau Agreement that created the union , urged both sides to talk .|Strelsau Agreement|LAW",
        "The fields would pay 82 percent of their value to the state , up from 50 percent under the 2005 Hydrocarbons Law .|Hydrocarbons Law|LAW",
    })
    void namesHeadedOrNumberedAreWhole(String sentence, String name, EntityType root) {
        assertHas(NAMES.find(sentence), name, root);
    }

    @Test
    void anOperationHeadTakesNoConnector() {
        List<EntityMention> ms = NAMES.find("Operation of the Zenda dam resumed on Monday .");
        assertNull(mention(ms, "Operation of the Zenda", EntityType.EVENT), "no operation in " + ms);
    }

    @Test
    void commonWordsInAnAllCapsHeadlineNameNothing() {
        List<EntityMention> ms = NAMES.find("ZENDA ARMY OFFICER SEIZES POWER IN BLOODLESS COUP\n\nStrelov took power on Thursday .");
        for (EntityType root : EntityType.values()) {
            assertNull(mention(ms, "BLOODLESS COUP", root), "BLOODLESS COUP named in " + ms);
        }
    }

    @Test
    void realNamesOfTheSet() throws IOException {
        for (String line : ShippedRecognizer.fixtureLines("names-wire18.txt")) {
            String[] parts = line.split("\\|");
            assertHas(NAMES.find(parts[0]), parts[1], EntityType.valueOf(parts[2]));
        }
    }
}
