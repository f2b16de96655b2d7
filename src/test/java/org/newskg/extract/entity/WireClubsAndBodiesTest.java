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
 * Wire-copy names of the classes the third wire-news development set (wire-dev3) showed, with the shipped model, on
 * stories written for this test: clubs of a sports story the model reads as places or persons, leagues and cups,
 * chambers of parliament and other bodies, and companies the tagger does not know.
 */
class WireClubsAndBodiesTest {

    private static ShippedRecognizer names;

    @BeforeAll
    static void load() {
        names = new ShippedRecognizer(LocalDate.of(1999, 11, 6));
    }

    @Test
    void aPlaceTheKnowledgeBaseDoesNotKnowIsATeamInASportsStoryButNotAGround() {
        List<EntityMention> ms = names.find("""
                SOCCER - AUSTRIAN LEAGUE REPORT

                VIENNA 1999-11-06

                Sturm Graz stretched their lead at the top to five points on Saturday, while Grazer AK were held 1-1 by \
                Austria Salzburg and Tirol Innsbruck drew with Ried.

                Hajduk Split and Slavia Prague meet in a friendly at Elland Road next week before the Dubai Cup.
                """);
        assertHas(ms, "Austria Salzburg", EntityType.ORGANIZATION);
        assertHas(ms, "Hajduk Split", EntityType.ORGANIZATION);
        assertHas(ms, "Slavia Prague", EntityType.ORGANIZATION);
        assertNotA(ms, "Slavia Prague", EntityType.PLACE);
        assertHas(ms, "Elland Road", EntityType.PLACE);
        assertHas(ms, "Dubai Cup", EntityType.EVENT);
        assertHas(ms, "VIENNA", EntityType.PLACE);
    }

    @Test
    void aListedClubIsATeamInASportsStoryWhateverWasFoundOnItsWords() {
        List<EntityMention> ms = names.find("""
                SOCCER - SCHALKE HOLD BAYERN AS HERTHA SLIP

                BONN 1998-10-03

                Schalke held leaders Bayern Munich to a goalless draw in Gelsenkirchen on Saturday, while Hertha lost 2-1 \
                at home to Arminia Bielefeld in front of 40,000 fans.

                Bayern coach Ottmar Hitzfeld, who grew up in Dortmund, said his side would rest players before the \
                Champions League match against Manchester United.

                The result leaves Bayern two points clear at the top of the Bundesliga.
                """);
        assertHas(ms, "SCHALKE", EntityType.ORGANIZATION);
        assertHas(ms, "BAYERN", EntityType.ORGANIZATION);
        assertHas(ms, "Bayern Munich", EntityType.ORGANIZATION);
        assertHas(ms, "Arminia Bielefeld", EntityType.ORGANIZATION);
        assertHas(ms, "Bayern", EntityType.ORGANIZATION);
        assertNotA(ms, "Bayern", EntityType.PLACE);
        assertHas(ms, "Dortmund", EntityType.PLACE);
        assertHas(ms, "Ottmar Hitzfeld", EntityType.PERSON);
        assertHas(ms, "Bundesliga", EntityType.EVENT);
        assertHas(ms, "Champions League", EntityType.EVENT);
    }

    @Test
    void aListedClubsTownAtTheEndOfAStageIsAPlace() {
        List<EntityMention> ms = names.find("""
                CYCLING - ZUELLE WINS STAGE

                MADRID 1996-09-12

                Alex Zuelle of Switzerland won the 12th stage, a 190-km ride from Valladolid to Salamanca, on Thursday.
                """);
        assertHas(ms, "Salamanca", EntityType.PLACE);
        assertNotA(ms, "Salamanca", EntityType.ORGANIZATION);
    }

    @Test
    void chambersOfParliamentAreOrganizations() {
        List<EntityMention> ms = names.find("The Rajya Sabha passed the bill after the Lok Sabha cleared it last week, and "
                + "Ukraine's Verkhovna Rada debated a similar law.");
        assertHas(ms, "Rajya Sabha", EntityType.ORGANIZATION);
        assertHas(ms, "Lok Sabha", EntityType.ORGANIZATION);
        assertHas(ms, "Verkhovna Rada", EntityType.ORGANIZATION);
    }

    @Test
    void aNationalityWordInsideAListedInstitutionIsPartOfItsName() {
        List<EntityMention> ms = names.find("Deputies adopted a constitution that replaces the Supreme Soviet with a two-chamber "
                + "parliament.");
        assertHas(ms, "Supreme Soviet", EntityType.ORGANIZATION);
        assertNotA(ms, "Soviet", EntityType.PLACE);
    }

    @Test
    void theBritishSpellingOfTheOsceIsTheOsce() {
        List<EntityMention> ms = names.find("Monitors from the Organisation for Security and Cooperation in Europe said the vote "
                + "was flawed.");
        assertHas(ms, "Organisation for Security and Cooperation in Europe", EntityType.ORGANIZATION);
        assertNotA(ms, "Europe", EntityType.PLACE);
    }

    @Test
    void anUnknownCapitalizedNounAfterACompanyDescriptorIsTheCompany() {
        List<EntityMention> ms = names.find("South African power utility Eskom said it would cut supply, and the state utility "
                + "Zesco of Zambia followed.");
        assertHas(ms, "Eskom", EntityType.ORGANIZATION);
        assertHas(ms, "Zesco", EntityType.ORGANIZATION);
        assertHas(ms, "Zambia", EntityType.PLACE);
    }
}
