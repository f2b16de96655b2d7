package org.newskg.extract.entity;

import static org.newskg.extract.entity.ShippedRecognizer.assertHas;
import static org.newskg.extract.entity.ShippedRecognizer.assertNotA;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.extract.EntityMention;
import org.newskg.kb.EntityType;

/**
 * Recognition errors of the thirteenth blind wire set (wire-dev13) and wire-dev12, with the shipped model: a capitalized
 * common word inside a name closed by an organization head ("Miners Federation") or a strong law head ("Act"), a
 * country opening a state body's name, and a company's arm named by the company and a country. Sentences written for
 * this test; the names in Java are invented, the sentences naming real countries (which the knowledge base must know)
 * are in {@code src/test/resources/names/state-bodies-and-regional-arms.txt}.
 */
class HeadedNamesAndStateBodiesTest {

    private static final ShippedRecognizer NAMES = new ShippedRecognizer(LocalDate.of(1985, 3, 3));
    private static final Path HOME = Path.of(System.getProperty("newskg.home", "."));

    private static List<String> fixture() throws IOException {
        return Files.readAllLines(HOME.resolve("src/test/resources/names/state-bodies-and-regional-arms.txt"), StandardCharsets.UTF_8);
    }

    @Test
    void aCommonWordInsideAUnionsNameIsPartOfIt() {
        List<EntityMention> ms = NAMES.find("The Strelsau Miners Federation and the Southern Miners Union voted to strike on Sunday.");
        assertHas(ms, "Strelsau Miners Federation", EntityType.ORGANIZATION);
        assertHas(ms, "Southern Miners Union", EntityType.ORGANIZATION);
        assertNotA(ms, "Strelsau", EntityType.ORGANIZATION);
    }

    @Test
    void capitalizedWordsClosedByActNameALaw() {
        List<EntityMention> ms = NAMES.find("President John Doe signed the Fair Tenancy Act on Thursday, and Senator Jane Roe said "
                + "she would amend the Voting Rights Act.");
        assertHas(ms, "Fair Tenancy Act", EntityType.LAW);
        assertHas(ms, "Voting Rights Act", EntityType.LAW);
    }

    @Test
    void aCountryOpeningAStateBodysNameIsAPlace() throws IOException {
        List<EntityMention> ms = NAMES.find(fixture().get(0));
        assertHas(ms, "Netherlands", EntityType.PLACE);
        assertHas(ms, "Environmental Protection Agency", EntityType.ORGANIZATION);
        assertHas(ms, "U.S.", EntityType.PLACE);
        assertHas(ms, "Federal Mining Commission", EntityType.ORGANIZATION);
        // a company's name keeps its country: no state body head
        ms = NAMES.find("The Strelsau Development Bank said the Ruritania Development Bank would lend more.");
        assertHas(ms, "Ruritania Development Bank", EntityType.ORGANIZATION);
        // a body's two-word short name keeps its country (line: the name, a tab, the sentence)
        String[] line = fixture().get(2).split("\t");
        assertHas(NAMES.find(line[1]), line[0], EntityType.ORGANIZATION);
    }

    @Test
    void aCompanyAndACountryWrittenTogetherAreTheCompanysArm() throws IOException {
        // line: the arm's name, a tab, the sentence (a company the knowledge base knows, then a country)
        String[] line = fixture().get(1).split("\t");
        List<EntityMention> ms = NAMES.find(line[1]);
        assertHas(ms, line[0], EntityType.ORGANIZATION);
        assertNotA(ms, line[0].substring(line[0].indexOf(' ') + 1), EntityType.PLACE);
        assertHas(ms, "United States", EntityType.PLACE);
    }
}
