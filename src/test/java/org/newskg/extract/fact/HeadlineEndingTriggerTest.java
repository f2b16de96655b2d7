package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newskg.extract.fact.FactFixtures.describe;
import static org.newskg.extract.fact.FactFixtures.plainNames;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Event;
import org.newskg.extract.Extraction;

/**
 * A directed trigger that ends its headline with a bare object and nothing after it ("...; Colombia recalls
 * ambassador"), on a story written for this test (Managua, 2004): reading the group phrase after the trigger's object
 * must stop at the end of the tokens instead of failing the whole article.
 */
class HeadlineEndingTriggerTest {

    @Test
    void aHeadlineEndingInTheTriggersObjectIsRead() {
        Extraction story = FactFixtures.extractOne(
                FactFixtures.OWN.resolve("testwire-2004-05-17-headline-ending-trigger.txt"));
        Event recalled = FactFixtures.find(story, "ReduceRelations", e -> true);
        assertEquals(List.of("Colombia"), plainNames(recalled, "source"), describe(story));
    }
}
