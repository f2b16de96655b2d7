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
 * An all-caps headline naming a person by the family name with its particles ("DE LA VEGA QUITS") takes the reading
 * of the person the story names in full, whatever the knowledge base makes of a particle ("LA"). Story written for
 * this test; the names are invented.
 */
class HeadlineParticleNamesTest {

    private static ShippedRecognizer names;

    @BeforeAll
    static void load() {
        names = new ShippedRecognizer(LocalDate.of(2001, 12, 20));
    }

    @Test
    void aFamilyNameWithParticlesInAHeadlineIsThePerson() {
        List<EntityMention> ms = names.find("""
                DE LA VEGA QUITS AS RURITANIA RIOTS SPREAD

                STRELSAU , Dec 20 ( AP ) -

                Fernando de la Vega resigned on Thursday after riots in which 22 people died , and fled the palace by \
                helicopter .
                """);
        assertHas(ms, "DE LA VEGA", EntityType.PERSON);
        assertNotA(ms, "LA", EntityType.PLACE);
    }
}
