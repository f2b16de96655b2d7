package org.newskg.extract.entity;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.extract.entity.ShippedRecognizer.assertHas;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.EntityMention;
import org.newskg.kb.EntityType;

/**
 * A name never ends with the lower-case word that joins it to what follows, on sentences written for this test: in
 * "accused Ottawa of \"an act of piracy\"" the statistical model took "Ottawa of" for the name, and the target of the
 * accusation was lost (the tenth events development set, 2026-12-05).
 */
class TrailingJoinWordTest {

    private static ShippedRecognizer names;

    @BeforeAll
    static void load() {
        names = new ShippedRecognizer(LocalDate.of(1995, 3, 10));
    }

    @Test
    void theNameEndsBeforeOf() {
        List<EntityMention> ms = names.find("""
                Fisheries Minister Luis Atienza accused Ottawa of "an act of piracy" and urged the European Union to act.

                In a statement, the ministry accused Lithuania of "seriously undermining" the talks, and Rwanda closed \
                its border, accusing Uganda of arresting its citizens.
                """);
        assertHas(ms, "Ottawa", EntityType.PLACE);
        assertHas(ms, "Lithuania", EntityType.PLACE);
        assertHas(ms, "Uganda", EntityType.PLACE);
        assertTrue(ms.stream().noneMatch(m -> m.text().endsWith(" of")), ms.toString());
    }
}
