package org.newskg.extract.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.newskg.extract.entity.ShippedRecognizer.assertHas;
import static org.newskg.extract.entity.ShippedRecognizer.assertNotA;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.EntityMention;
import org.newskg.kb.EntityType;

/**
 * Wire-copy names of the classes the second wire-news development set (wire-dev2) showed, with the shipped model, on
 * stories written for this test: institutions named by one word or their seat, stock indices, two companies joined by
 * "and", a spaced full stop, and the sides of cricket scorecards, cycling results and motor racing reports.
 */
class WireBodiesAndSidesTest {

    private static ShippedRecognizer names;

    @BeforeAll
    static void load() {
        names = new ShippedRecognizer(LocalDate.of(1997, 2, 14));
    }

    private static List<EntityMention> find(String body) {
        return names.find(body);
    }


    @Test
    void institutionsNamedByOneWordOrTheirSeatAreOrganizations() {
        List<EntityMention> ms = find("""
                The Bundesbank kept its rates on hold on Thursday, and dealers said the Fed would do the same next week. \
                In Moscow, the Kremlin said the talks had failed. On Wall Street, bond prices firmed. \
                Treasury Minister Lamberto Dini said the lira was stable.
                """);
        assertHas(ms, "Bundesbank", EntityType.ORGANIZATION);
        assertHas(ms, "Fed", EntityType.ORGANIZATION);
        assertHas(ms, "Kremlin", EntityType.ORGANIZATION);
        assertNotA(ms, "Kremlin", EntityType.PLACE);
        assertHas(ms, "Wall Street", EntityType.PLACE);
        assertNotA(ms, "Treasury", EntityType.ORGANIZATION);
        assertHas(ms, "Lamberto Dini", EntityType.PERSON);
    }

    @Test
    void namesBeforeIndexOrAverageAreStockIndices() {
        List<EntityMention> ms = find("""
                The Nikkei average rose 1.2 percent on Friday and the Merval index slipped 0.4 percent. \
                In New York, the Dow Jones industrial average closed 12 points lower.
                """);
        assertHas(ms, "Nikkei", EntityType.WORK);
        assertHas(ms, "Merval", EntityType.WORK);
        assertHas(ms, "Dow Jones", EntityType.WORK);
        assertNotA(ms, "Dow Jones", EntityType.PERSON);
    }

    @Test
    void aWordThatIsNoEnglishBeforeAndIsACompanyOfItsOwn() {
        List<EntityMention> ms = find("""
                Nordvalbank and Rheinische Hypotheken Bank both raised their dividends on Monday. \
                Nordvalbank, the larger of the two, said profits rose 12 percent. \
                In Washington, the Food and Drug Administration approved the drug.
                """);
        assertHas(ms, "Nordvalbank", EntityType.ORGANIZATION);
        assertHas(ms, "Rheinische Hypotheken Bank", EntityType.ORGANIZATION);
        assertNotA(ms, "Nordvalbank and Rheinische Hypotheken Bank", EntityType.ORGANIZATION);
        assertHas(ms, "Food and Drug Administration", EntityType.ORGANIZATION);
        assertFalse(ms.stream().filter(m -> m.text().startsWith("Nordvalbank")).count() < 2, "Nordvalbank twice: " + ms);
    }

    @Test
    void aFullStopStandingApartIsNoPartOfACompanysName() {
        List<EntityMention> ms = find("The order went to Kitamura Seiki Corp .");
        assertHas(ms, "Kitamura Seiki Corp", EntityType.ORGANIZATION);
        assertFalse(ms.stream().anyMatch(m -> m.text().endsWith(" .")), "no name ends in a spaced full stop: " + ms);
    }

    /** Without initials: the sentence splitter cuts "( M. Walker 92" after the initial, which no rule here mends. */
    @Test
    void cricketSidesBeforeTheirRunsAndBowlersInTheScorecard() {
        List<EntityMention> ms = find("""
                CRICKET - COUNTY CHAMPIONSHIP SCORES

                LONDON 1997-06-13

                At Canterbury: Kent 287 (Walker 92, Ward 44; Such 5-71). Worcestershire 96-2 (Hick 50 not out).

                At Chester-le-Street: Durham 204 and 30-0.
                """);
        assertHas(ms, "Kent", EntityType.ORGANIZATION);
        assertHas(ms, "Worcestershire", EntityType.ORGANIZATION);
        assertHas(ms, "Durham", EntityType.ORGANIZATION);
        assertHas(ms, "Such", EntityType.PERSON);
        assertHas(ms, "Hick", EntityType.PERSON);
    }

    @Test
    void aRidersTeamFollowsHisCountryAndARacingTeamOwnsItsDriver() {
        List<EntityMention> ms = find("""
                CYCLING - STAGE RESULTS

                VALENCIA, Spain 1997-09-10

                1. Marco Ferretti (Italy) Carrera 4 hours 10 minutes 2 seconds

                2. Juan Ortega (Spain) Kelme same time

                MOTOR RACING - HAKKINEN FASTEST IN PRACTICE

                Stewart's Jan Magnussen was seventh, ahead of Olivier Panis of Prost.
                """);
        assertHas(ms, "Carrera", EntityType.ORGANIZATION);
        assertHas(ms, "Kelme", EntityType.ORGANIZATION);
        assertHas(ms, "VALENCIA", EntityType.PLACE);
        assertHas(ms, "Stewart", EntityType.ORGANIZATION);
        assertHas(ms, "Prost", EntityType.ORGANIZATION);
        assertHas(ms, "Jan Magnussen", EntityType.PERSON);
    }

    @Test
    void aNameWhoseSharePriceMovesIsACompanyWhateverTheModelReadItAs() {
        List<EntityMention> ms = find("""
                Drugs group Wellman Hartley eased four pence.

                In London, Hamish Fraser jumped 14 pence to 331 pence after Hamish Fraser reported strong half-year figures.
                """);
        assertHas(ms, "Wellman Hartley", EntityType.ORGANIZATION);
        assertNotA(ms, "Wellman Hartley", EntityType.PLACE);
        assertNotA(ms, "Hamish Fraser", EntityType.PLACE);
        assertNotA(ms, "Hamish Fraser", EntityType.PERSON);
        assertHas(ms, "Hamish Fraser", EntityType.ORGANIZATION);
    }

    @Test
    void aPartyOfAMinisterEndsBeforeTheTitle() {
        List<EntityMention> ms = find("The motion was backed by the conservative True Path Party of Foreign Minister Tansu Ciller.");
        assertHas(ms, "True Path Party", EntityType.ORGANIZATION);
        assertHas(ms, "Tansu Ciller", EntityType.PERSON);
    }

    @Test
    void democratsCloseAPartysNameWhichEndsBeforeItsLeader() {
        List<EntityMention> ms = find("The opposition Social Democrats of Jan Kowalczyk took 25 seats, and the Christian Democrats won 13.");
        assertHas(ms, "Social Democrats", EntityType.ORGANIZATION);
        assertHas(ms, "Christian Democrats", EntityType.ORGANIZATION);
        assertHas(ms, "Jan Kowalczyk", EntityType.PERSON);
    }
}
