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
 * Names with the shipped model in an election story written for this test: a person named with a particle before her
 * apposition, a newspaper after its descriptor (not the person of the clause's verb and title after it), a prize read
 * whole by its head word, and a movement's adjective as a group word.
 */
class ApposedNamesAndHeadsTest {

    private static List<EntityMention> ms;

    @BeforeAll
    static void load() {
        ms = new ShippedRecognizer(LocalDate.of(1990, 2, 26)).find("""
                MANAGUA, Nicaragua (AP) -- Violeta Barrios de Chamorro, the publisher of the opposition newspaper La \
                Prensa, defeated President Daniel Ortega in Sunday's election, ending more than a decade of Sandinista rule.

                Costa Rican President Oscar Arias, who won the 1987 Nobel Peace Prize for his regional peace plan, said the \
                election showed that the plan had worked.
                """);
        ms.forEach(m -> System.out.println("mention: " + m));
    }

    @Test
    void aNameWithAParticleBeforeItsAppositionIsOnePerson() {
        assertHas(ms, "Violeta Barrios de Chamorro", EntityType.PERSON);
        assertNotA(ms, "Violeta Barrios de Chamorro", EntityType.ORGANIZATION);
    }

    @Test
    void aNameBeforeTheClausesVerbAndATitleIsNoPersonInApposition() {
        assertHas(ms, "La Prensa", EntityType.ORGANIZATION);
        assertNotA(ms, "La Prensa", EntityType.PERSON);
        assertHas(ms, "Daniel Ortega", EntityType.PERSON);
    }

    @Test
    void aPrizeIsReadWholeByItsHeadWord() {
        assertHas(ms, "Nobel Peace Prize", EntityType.EVENT);
        assertNotA(ms, "Nobel Peace", EntityType.PERSON);
    }

    @Test
    void aMovementsAdjectiveIsAGroupWord() {
        assertHas(ms, "Sandinista", EntityType.NATIONALITY);
    }
}
