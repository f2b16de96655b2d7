package org.newskg.extract.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.extract.entity.ShippedRecognizer.assertHas;
import static org.newskg.extract.entity.ShippedRecognizer.assertNotA;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.EntityMention;
import org.newskg.kb.EntityType;

/**
 * More wire-copy classes of the fifth wire-news development set (wire-dev5), with the shipped model: a headline's name
 * in capitals read as the story reads it in running text, cycling tours and leagues as events, teams in a result line,
 * two nationality words as one group, two companies joined by "and", a cricket scorecard's players. Stories written for this test; the companies,
 * riders and tournament are invented.
 */
class WireHeadlinesAndListsTest {

    private static ShippedRecognizer names;

    @BeforeAll
    static void load() {
        names = new ShippedRecognizer(LocalDate.of(1997, 7, 9));
    }

    @Test
    void aHeadlineNameTakesTheTypeOfTheStorysRunningText() {
        List<EntityMention> ms = names.find("""
                TENNIS - RESULTS FROM THE LIMASSOL OPEN

                LIMASSOL , July 9 ( Reuters ) - Results from the Limassol Open tennis tournament on Wednesday.
                """);
        assertHas(ms, "Limassol Open", EntityType.EVENT);
        assertHas(ms, "LIMASSOL OPEN", EntityType.EVENT);
        assertNotA(ms, "LIMASSOL OPEN", EntityType.PLACE);
    }

    @Test
    void aStorysCompanyIsFoundInItsHeadline() {
        List<EntityMention> ms = names.find("""
                NORVIK AIRWAYS SEEKS APPROVAL

                OSLO , July 9 ( Reuters ) - Norvik Airways said on Wednesday it would give up some of its slots.
                """);
        assertHas(ms, "NORVIK AIRWAYS", EntityType.ORGANIZATION);
    }

    @Test
    void cyclingToursAndLeaguesAreEvents() {
        List<EntityMention> ms = names.find("""
                CYCLING - STAGE RESULT

                CHOLET , France , July 9 ( Reuters ) - Results of the fifth stage of the Tour de France on Wednesday.

                The American League leaders lost again, and Wales will play in the Five Nations.
                """);
        assertHas(ms, "Tour de France", EntityType.EVENT);
        assertNotA(ms, "France", EntityType.COUNTRY);
        assertHas(ms, "American League", EntityType.EVENT);
        assertHas(ms, "Five Nations", EntityType.EVENT);
    }

    @Test
    void aTeamAfterTheDriversCountryInAResultLineIsATeam() {
        List<EntityMention> ms = names.find("""
                MOTOR RACING - KALLIO WINS

                SAO PAULO , March 29 ( Reuters ) - Leading placings in Sunday 's race ( driver , nationality , team ) :

                1. Mika Kallio ( Finland ) McLaren 1 hour 37 minutes

                2. Jan Wegner ( Germany ) Ferrari 1:00.550

                3. Sven Hoyer ( Austria ) Benetton one lap behind
                """);
        assertHas(ms, "Ferrari", EntityType.ORGANIZATION);
        assertHas(ms, "Benetton", EntityType.ORGANIZATION);
        assertHas(ms, "Jan Wegner", EntityType.PERSON);
    }

    @Test
    void fieldersBowlersAndBatsmenOnAScorecardArePlayers() {
        List<EntityMention> ms = names.find("""
                CRICKET - ONE-DAY SCOREBOARD

                SHARJAH , April 12 ( Reuters ) - Scoreboard in the one-day match on Wednesday :

                Tariq Mahmood c Jayanath b Perumal 12

                Bowling : Perumal 10-1-42-1 , Dissawa 10-0-51-0
                """);
        assertHas(ms, "Jayanath", EntityType.PERSON);
        assertHas(ms, "Perumal", EntityType.PERSON);
        assertHas(ms, "Dissawa", EntityType.PERSON);
        assertHas(ms, "Tariq Mahmood", EntityType.PERSON);
    }

    @Test
    void twoNationalityWordsNameOneGroup() {
        List<EntityMention> ms = names.find("A Bosnian Serb accused of killing prisoners met Greek Cypriot and Kenyan Asian traders on Tuesday.");
        // two demonyms or group words side by side are one people, found as a listed people is (group-words.tsv
        // need not list the pair) and linked to neither country
        for (String group : List.of("Bosnian Serb", "Greek Cypriot", "Kenyan Asian")) {
            assertTrue(ms.stream().anyMatch(m -> m.text().equals(group) && m.type() == EntityType.NATIONALITY
                    && m.rule().equals(GroupWordFinder.RULE) && m.kbQid() == null), group + " should be one nationality word: " + ms);
        }
        for (String half : List.of("Bosnian", "Serb", "Greek", "Cypriot", "Kenyan", "Asian")) {
            assertFalse(ms.stream().anyMatch(m -> m.text().equals(half)), "no half alone (" + half + "): " + ms);
        }
    }

    @Test
    void twoCompaniesJoinedByAndAreTwo() {
        List<EntityMention> ms = names.find("Brokers said Talvera Land and San Remo Holdings Corp led the decline on Friday.");
        assertHas(ms, "San Remo Holdings Corp", EntityType.ORGANIZATION);
        assertHas(ms, "Talvera Land", EntityType.ORGANIZATION);
    }

    @Test
    void oneCompanyWithAndInItsNameStaysOne() {
        List<EntityMention> ms = names.find("The Independent Electoral and Boundaries Commission said the count was over.");
        assertHas(ms, "Independent Electoral and Boundaries Commission", EntityType.ORGANIZATION);
    }
}
