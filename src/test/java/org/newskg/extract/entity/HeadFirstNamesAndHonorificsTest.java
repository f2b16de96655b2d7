package org.newskg.extract.entity;

import static org.newskg.extract.entity.ShippedRecognizer.assertHas;
import static org.newskg.extract.entity.ShippedRecognizer.assertNotA;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.EntityMention;
import org.newskg.kb.EntityType;

/**
 * Wire-copy classes of the seventh wire-news development set (wire-dev7) and those left open by the earlier ones, with
 * the shipped model: names whose head word comes first ("Banco ... de ...", "Estadio ...", "Jalan ..."), honorifics
 * before a name, particles inside a person's name. Sentences written for this test; the banks, grounds, streets and
 * people are invented.
 */
class HeadFirstNamesAndHonorificsTest {

    private static ShippedRecognizer names;

    @BeforeAll
    static void load() {
        names = new ShippedRecognizer(LocalDate.of(1995, 3, 14));
    }

    @Test
    void aHeadWordOpeningANameTypesIt() {
        List<EntityMention> ms = names.find("""
                LIMA , March 14 ( Reuters ) - Banco Occidental de Fomento said on Tuesday it had agreed to buy a stake in \
                Compania Minera del Sur, and fans gathered at the Estadio Huallaga and along Jalan Merapati.
                """);
        assertHas(ms, "Banco Occidental de Fomento", EntityType.ORGANIZATION);
        assertHas(ms, "Compania Minera del Sur", EntityType.ORGANIZATION);
        assertHas(ms, "Estadio Huallaga", EntityType.PLACE);
        assertHas(ms, "Jalan Merapati", EntityType.PLACE);
        for (String wrong : List.of("Banco Occidental de Fomento", "Compania Minera del Sur")) {
            assertNotA(ms, wrong, EntityType.PERSON);
            assertNotA(ms, wrong, EntityType.PLACE);
        }
    }

    @Test
    void aBuildingTheModelMissedIsStillABuilding() {
        List<EntityMention> ms = names.find("""
                VALDORA , March 14 ( AFP ) - Tanks ringed the Palace of the Constitution on Tuesday as crowds filled \
                the Plaza de la Concordia below.
                """);
        assertHas(ms, "Palace of the Constitution", EntityType.PLACE);
        assertHas(ms, "Plaza de la Concordia", EntityType.PLACE);
    }

    @Test
    void aMalayHonorificIsNoPartOfTheName() {
        List<EntityMention> ms = names.find("""
                KUALA LUMPUR , March 14 ( Reuters ) - Association president Tan Sri Rahim Kassim promised the players a \
                bonus, and Datuk Wira Latif said the team would rest.
                """);
        assertHas(ms, "Rahim Kassim", EntityType.PERSON);
        assertHas(ms, "Wira Latif", EntityType.PERSON);
        assertNotA(ms, "Tan Sri Rahim Kassim", EntityType.PERSON);
        assertNotA(ms, "Datuk Wira Latif", EntityType.PERSON);
    }

    @Test
    void aSpanishArticleAfterDeStaysInsideTheName() {
        List<EntityMention> ms = names.find("""
                LIMA , March 14 ( Reuters ) - Chief executive Jorge Emilio de las Heras said the brewer would build a \
                new plant.
                """);
        assertHas(ms, "Jorge Emilio de las Heras", EntityType.PERSON);
        assertNotA(ms, "Jorge Emilio", EntityType.PERSON);
    }

    @Test
    void aListedLeagueIsNoOrganization() {
        List<EntityMention> ms = names.find("""
                TOKYO , March 14 ( Reuters ) - Results of J-League matches on Saturday were delayed by rain.
                """);
        assertHas(ms, "J-League", EntityType.EVENT);
        assertNotA(ms, "J-League", EntityType.ORGANIZATION);
    }

    @Test
    void aDutchListOpensAPartyAndASubcommanderIsATitle() {
        List<EntityMention> ms = names.find("""
                STRELSAU , May 16 ( Reuters ) - Lijst Jan Vermeer leader Mat Doorn said his party was ready to join a \
                coalition, and the rebels' spokesman, who calls himself Subcommander Ostrovo , demanded land. Monitors \
                were turned back at the Ostrov Tunnel on Friday.
                """);
        assertHas(ms, "Lijst Jan Vermeer", EntityType.ORGANIZATION);
        assertHas(ms, "Ostrovo", EntityType.PERSON);
        assertHas(ms, "Ostrov Tunnel", EntityType.PLACE);
    }
}
