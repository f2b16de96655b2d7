package org.newskg.extract.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.newskg.extract.entity.ShippedRecognizer.assertHas;
import static org.newskg.extract.entity.ShippedRecognizer.assertNotA;
import static org.newskg.extract.entity.ShippedRecognizer.mention;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.EntityMention;
import org.newskg.kb.EntityType;

/**
 * Names of the wire desks with the shipped model, on stories written for this test: teams, result lines, tables and
 * scorers of sports stories, companies of business and market reports, and events named with a nationality word.
 */
class WireDeskNamesTest {

    private static ShippedRecognizer names;

    @BeforeAll
    static void load() {
        names = new ShippedRecognizer(LocalDate.of(1997, 3, 9));
    }

    private static List<EntityMention> find(String body) {
        return names.find(body);
    }


    @Test
    void resultLinesAndTableRowsOfASportsStoryNameTeams() {
        List<EntityMention> ms = find("""
                SOCCER - SCOTTISH LEAGUE RESULTS

                GLASGOW 1997-03-08

                Results of Scottish league matches on Saturday:

                Dundee 1 Motherwell 2

                Kilmarnock 0 Hibernian 0

                Standings (tabulate under played, won, drawn, lost, goals for, against, points):

                Motherwell 26 15 6 5 40 22 51

                Dundee 26 12 7 7 35 30 43
                """);
        assertHas(ms, "Motherwell", EntityType.ORGANIZATION);
        assertHas(ms, "Kilmarnock", EntityType.ORGANIZATION);
        assertHas(ms, "Hibernian", EntityType.ORGANIZATION);
        assertNotA(ms, "Dundee", EntityType.PLACE);
        assertHas(ms, "Dundee", EntityType.ORGANIZATION);
        assertHas(ms, "GLASGOW", EntityType.PLACE);
    }

    @Test
    void citiesNamedAsTeamsAreOrganizationsButAPlaceAfterInStaysAPlace() {
        List<EntityMention> ms = find("""
                BASKETBALL - CELTICS EDGE PAST DETROIT

                BOSTON 1997-03-08

                Antoine Walker scored 31 points as the Boston Celtics beat Detroit 101-98 on Saturday. \
                Detroit have now lost four games in a row. In Houston, the Rockets routed Denver.
                """);
        assertHas(ms, "Boston Celtics", EntityType.ORGANIZATION);
        assertHas(ms, "Detroit", EntityType.ORGANIZATION);
        assertNotA(ms, "Detroit", EntityType.PLACE);
        assertHas(ms, "Houston", EntityType.PLACE);
        assertHas(ms, "Antoine Walker", EntityType.PERSON);
    }

    @Test
    void clubWordsMakeTeamsAndScorersInParenthesesArePlayers() {
        List<EntityMention> ms = find("""
                SOCCER - PORTUGUESE FIRST DIVISION SUMMARIES

                LISBON 1997-03-09

                Sporting Braga 2 (Karoglan 14, Zé Nando 71) Porto 1 (Jardel 38 pen).

                Halftime 1-1. Attendance 21,000.

                Manchester City were held at home by Oldham Athletic.
                """);
        assertHas(ms, "Sporting Braga", EntityType.ORGANIZATION);
        assertHas(ms, "Karoglan", EntityType.PERSON);
        assertHas(ms, "Jardel", EntityType.PERSON);
        assertHas(ms, "Manchester City", EntityType.ORGANIZATION);
        assertHas(ms, "Oldham Athletic", EntityType.ORGANIZATION);
        assertHas(ms, "LISBON", EntityType.PLACE);
    }

    @Test
    void citiesOutsideASportsStoryStayPlaces() {
        List<EntityMention> ms = find("""
                Flooding closes roads in northern England

                LONDON 1997-03-08

                Heavy rain flooded roads between Leeds and Sunderland on Saturday, police said. \
                Leeds 2 Sunderland 0 was the score of a charity match postponed by the rain.
                """);
        assertNotA(ms, "Leeds", EntityType.ORGANIZATION);
        assertNotA(ms, "Sunderland", EntityType.ORGANIZATION);
    }

    @Test
    void aCapitalizedHeadlineWordIsThePersonOfTheStoryWithThatFamilyName() {
        List<EntityMention> ms = find("""
                GOLF - WHITAKER LEADS BY THREE IN DUBAI

                DUBAI 1997-03-08

                American Tom Whitaker shot a seven-under-par 65 on Saturday to take a three-stroke lead.
                """);
        assertHas(ms, "Tom Whitaker", EntityType.PERSON);
        assertHas(ms, "WHITAKER", EntityType.PERSON);
        assertHas(ms, "DUBAI", EntityType.PLACE);
        assertNotA(ms, "DUBAI", EntityType.ORGANIZATION);
    }

    @Test
    void aNameWhosePriceMovesOrThatSaysWhatItWillDoIsACompany() {
        List<EntityMention> ms = find("""
                In London, Halvard Morgenstern jumped 14 pence to 412 pence in London, while Tessaro Kemi eased 2.10 \
                crowns. Ostrava Dynamik fell 1-3/4 to 31-1/2.

                Velkor said it would close two plants in the spring. Velkor shares rose 3 percent.

                Rival Brandt Logistik AG said on Monday it had won a contract in Poland.
                """);
        assertHas(ms, "Halvard Morgenstern", EntityType.ORGANIZATION);
        assertHas(ms, "Ostrava Dynamik", EntityType.ORGANIZATION);
        assertHas(ms, "Velkor", EntityType.ORGANIZATION);
        assertNotA(ms, "Velkor", EntityType.PERSON);
        assertHas(ms, "Brandt Logistik AG", EntityType.ORGANIZATION);
        assertFalse(ms.stream().anyMatch(m -> m.text().contains("Rival")), ms.toString());
    }

    @Test
    void aNationalityWordOpeningAnEventNameIsPartOfIt() {
        List<EntityMention> ms = find("""
                MOTOR RACING - SCHUMACHER WINS BRAZILIAN GRAND PRIX

                Schumacher, who won the Brazilian Grand Prix last year, will also play in the Irish Open golf event.
                """);
        assertHas(ms, "Brazilian Grand Prix", EntityType.EVENT);
        assertHas(ms, "Irish Open", EntityType.EVENT);
        assertNotA(ms, "Brazilian", EntityType.NATIONALITY);
    }

    @Test
    void aGroupWordWithoutACountryIsANationalityWord() {
        List<EntityMention> ms = find("""
                Hutu militias and Zairean soldiers attacked the camps, and Kurdish leaders said 40 Tutsi families had fled.
                """);
        assertHas(ms, "Hutu", EntityType.NATIONALITY);
        assertHas(ms, "Zairean", EntityType.NATIONALITY);
        assertHas(ms, "Kurdish", EntityType.NATIONALITY);
        assertHas(ms, "Tutsi", EntityType.NATIONALITY);
    }

    @Test
    void exchangesNewspapersAndParticlesOfAfricanNames() {
        List<EntityMention> ms = find("""
                Tin fell on the Kuala Lumpur Tin Exchange, the Mainichi Shimbun newspaper said. Prime Minister                 Abubakar wa Mwangi met the envoy on Friday.
                """);
        assertHas(ms, "Kuala Lumpur Tin Exchange", EntityType.ORGANIZATION);
        assertHas(ms, "Mainichi Shimbun", EntityType.ORGANIZATION);
        assertHas(ms, "Abubakar wa Mwangi", EntityType.PERSON);
    }

    @Test
    void aPluralNationalityWordBesideAResultCueIsATeam() {
        List<EntityMention> ms = find("""
                BASEBALL - MAJOR LEAGUE RESULTS

                NEW YORK 1997-05-04

                Jim Thome homered twice as the Indians beat Kansas City 7-2 on Saturday.
                """);
        assertHas(ms, "Indians", EntityType.ORGANIZATION);
        assertHas(ms, "Jim Thome", EntityType.PERSON);
    }
}
