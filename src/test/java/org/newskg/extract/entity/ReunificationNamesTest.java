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
 * A city standing for its government ("Bonn had promised", "urged Bonn to") is the city, not a person the model
 * guessed, when the knowledge base knows the word as a notable place and as nobody's name; a person's own name stays a
 * person. A lower-case adjective the model took into a name ("a united Germany") is no part of it. Stories written for
 * this test.
 */
class ReunificationNamesTest {

    private static ShippedRecognizer names;

    @BeforeAll
    static void load() {
        names = new ShippedRecognizer(LocalDate.of(1990, 7, 16));
    }

    @Test
    void aCapitalThatActsIsTheCityEverywhereInTheStory() {
        List<EntityMention> ms = names.find("""
                MOSCOW, July 16 (DPA) - Soviet President Mikhail Gorbachev said Soviet troops would leave East German territory \
                within four years and that Bonn had promised to help pay for their housing.

                East German Prime Minister Lothar de Maiziere, who met Chancellor Helmut Kohl in Bonn last week, called the accord \
                a historic step.

                Polish Prime Minister Tadeusz Mazowiecki urged Bonn to guarantee Poland's western border.
                """);
        assertHas(ms, "Bonn", EntityType.PLACE);
        assertNotA(ms, "Bonn", EntityType.PERSON);
    }

    @Test
    void aPersonsFamilyNameThatIsAlsoACityStaysThePerson() {
        List<EntityMention> ms = names.find("""
                WASHINGTON, July 16 (AP) - Senator Margaret Lincoln of Ohio said on Monday the bill would pass. Lincoln told \
                reporters the vote would come next week.
                """);
        assertNotA(ms, "Lincoln", EntityType.PLACE);
    }

    @Test
    void aLowerCaseAdjectiveBeforeACountryIsNoPartOfItsName() {
        List<EntityMention> ms = names.find("""
                BONN, July 16 (DPA) - Chancellor Helmut Kohl said a united Germany would remain in NATO and that a neutral \
                Germany was out of the question.
                """);
        assertNotA(ms, "united Germany", EntityType.PLACE);
        assertHas(ms, "Germany", EntityType.PLACE);
    }
}
