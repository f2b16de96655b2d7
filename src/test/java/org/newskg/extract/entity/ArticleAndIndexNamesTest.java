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
 * Two classes the third and fourth wire-news development sets showed, on sentences written for this test: a knowledge
 * base alias holding its article ("the Commonwealth") names the body without it, and stock indices named with no
 * cue after them ("the KOSPI", "the Hang Seng") are indices (miscellaneous), not organizations.
 */
class ArticleAndIndexNamesTest {

    private static ShippedRecognizer names;

    @BeforeAll
    static void load() {
        names = new ShippedRecognizer(LocalDate.of(2004, 3, 9));
    }

    @Test
    void anAliasArticleIsNoPartOfTheName() {
        List<EntityMention> ms = names.find("""
                The Commonwealth said on Friday it would send observers, and the Netherlands offered money.

                Leaders of the Commonwealth met in Harare.
                """);
        assertHas(ms, "Commonwealth", EntityType.ORGANIZATION);
        assertHas(ms, "Netherlands", EntityType.PLACE);
        assertNotA(ms, "The Commonwealth", EntityType.ORGANIZATION);
        assertNotA(ms, "the Commonwealth", EntityType.ORGANIZATION);
        assertNotA(ms, "the Netherlands", EntityType.PLACE);
    }

    @Test
    void aListedIndexWithoutACueIsAWork() {
        List<EntityMention> ms = names.find("""
                Seoul shares slid on Monday, with the KOSPI closing 1.8 percent lower as foreign investors sold chipmakers.

                Taipei's Taiex fell 1.1 percent and Mumbai's Sensex was flat, while the Hang Seng rose 0.4 percent.
                """);
        assertHas(ms, "KOSPI", EntityType.WORK);
        assertNotA(ms, "KOSPI", EntityType.ORGANIZATION);
        assertHas(ms, "Taiex", EntityType.WORK);
        assertHas(ms, "Sensex", EntityType.WORK);
        assertHas(ms, "Hang Seng", EntityType.WORK);
    }
}
