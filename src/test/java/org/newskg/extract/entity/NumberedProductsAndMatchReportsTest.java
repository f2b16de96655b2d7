package org.newskg.extract.entity;

import static org.newskg.extract.entity.ShippedRecognizer.assertHas;
import static org.newskg.extract.entity.ShippedRecognizer.assertNotA;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.extract.EntityMention;
import org.newskg.kb.EntityType;

/**
 * Errors left by the fifteenth blind wire set (wire-dev15), with the shipped model: a hyphen-joined pair that is not two
 * known places is a company; a model name begun after a glued hyphen takes the word before it; a word and a number are a
 * product when a product noun follows or a company owns them, and a maker's number after the maker is one; clubs in a
 * match report without a desk slug are teams. Sentences written for this test; the invented names are in the code, the
 * real companies, clubs and countries the model must see as such sit in a fixture file.
 */
class NumberedProductsAndMatchReportsTest {

    private static final ShippedRecognizer NAMES = new ShippedRecognizer(LocalDate.of(2005, 5, 26));

    private static List<String> fixture() throws IOException {
        return ShippedRecognizer.fixtureLines("hyphened-companies-and-clubs.txt");
    }

    @Test
    void aHyphenedPairThatIsNoTwoKnownPlacesIsACompany() throws IOException {
        String sentence = fixture().get(0);
        String company = sentence.split(" ")[2] + " " + sentence.split(" ")[3];
        List<EntityMention> ms = NAMES.find(sentence);
        assertHas(ms, company, EntityType.ORGANIZATION);
        assertNotA(ms, company, EntityType.PLACE);
    }

    @Test
    void aModelNameBegunAfterAGluedHyphenTakesTheWordBeforeIt() {
        assertHas(NAMES.find("Nordvik-Busch said it would raise prices ."), "Nordvik-Busch", EntityType.ORGANIZATION);
        assertHas(NAMES.find("Nordvik-Busch said on Monday it would raise prices ."), "Nordvik-Busch", EntityType.ORGANIZATION);
    }

    @Test
    void aWordAndANumberBeforeAProductNounOrOwnedByACompanyAreAProduct() {
        List<EntityMention> ms = NAMES.find("The jet is powered by four Zephyr 900 engines , and Velkor Corp 's Panes 98 runs "
                + "its cockpit .");
        assertHas(ms, "Zephyr 900", EntityType.WORK);
        assertHas(ms, "Panes 98", EntityType.WORK);
        // a maker's number after the maker: the maker stays a company
        List<EntityMention> jet = NAMES.find("Velkor Corp said the Velkor 480 would carry 500 passengers .");
        assertHas(jet, "480", EntityType.WORK);
        assertHas(jet, "Velkor", EntityType.ORGANIZATION);
        // words that take a number and name no product
        List<EntityMention> none = NAMES.find("The alliance said Velkor Corp 's Article 5 applied . Flight 800 crashed .");
        assertNotA(none, "Article 5", EntityType.WORK);
        assertNotA(none, "Flight 800", EntityType.WORK);
        // a price after a company is no model number
        assertNotA(NAMES.find("Velkor Corp said its shares rose to Velkor 480 pence ."), "480", EntityType.WORK);
    }

    @Test
    void clubsOfAMatchReportWithoutADeskSlugAreTeams() throws IOException {
        List<String> lines = fixture();
        List<EntityMention> scored = NAMES.find(lines.get(1));
        assertHas(scored, lines.get(1).split(" ")[0], EntityType.ORGANIZATION);
        assertHas(scored, lines.get(1).split(" ")[2], EntityType.ORGANIZATION);
        String report = lines.get(2);
        String winner = report.split(" ")[0];
        String loser = report.split(" beat ")[1].split(" ")[0];
        List<EntityMention> ms = NAMES.find(report);
        assertHas(ms, winner, EntityType.ORGANIZATION);
        assertHas(ms, loser, EntityType.ORGANIZATION);
        assertNotA(ms, loser, EntityType.PLACE);
        // a vote is no match: the town stays a place
        String vote = lines.get(3);
        String town = vote.substring(vote.lastIndexOf(' ') + 1, vote.length() - 1);
        assertNotA(NAMES.find(vote), town, EntityType.ORGANIZATION);
        // a national side stays its country
        String national = lines.get(4);
        assertNotA(NAMES.find(national), national.split(" ")[2], EntityType.ORGANIZATION);
    }
}
