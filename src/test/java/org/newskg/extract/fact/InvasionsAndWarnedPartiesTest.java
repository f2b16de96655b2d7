package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newskg.extract.fact.FactFixtures.describe;
import static org.newskg.extract.fact.FactFixtures.plainNames;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Event;
import org.newskg.extract.Extraction;

/**
 * What a condemnation of an earlier act and a warning about a third party are aimed at, on a story written for this
 * test (Cairo, 1990): "condemned the invasion" after "troops of X invaded Y" is aimed at X; "warned that Britain
 * would halt arms sales to Iraq", said by Britain's own minister, and "warned that lenders could freeze credits to
 * Jordan" are aimed at whom the act would strike.
 */
class InvasionsAndWarnedPartiesTest {

    static Extraction story;

    @BeforeAll
    static void extract() {
        story = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-1990-08-03-invasion-warnings.txt"));
    }

    @Test
    void condemningTheInvasionIsAimedAtTheInvader() {
        Event condemned = FactFixtures.find(story, "Disapproval", e -> true);
        assertEquals(List.of("Hosni Mubarak"), plainNames(condemned, "source"), describe(story));
        assertEquals(List.of("Iraq"), plainNames(condemned, "target"));
    }

    @Test
    void aWarningThatOnesOwnCountryWouldActIsAimedAtWhomTheActWouldStrike() {
        Event threat = FactFixtures.find(story, "Threat", e -> plainNames(e, "source").contains("Douglas Hurd"));
        assertEquals(List.of("Douglas Hurd"), plainNames(threat, "source"), describe(story));
        assertEquals(List.of("Iraq"), plainNames(threat, "target"));
    }

    @Test
    void aWarningWithoutANamedSubjectIsAimedAtWhomTheActWouldStrike() {
        Event threat = FactFixtures.find(story, "Threat", e -> plainNames(e, "source").contains("Toshiki Kaifu"));
        assertEquals(List.of("Toshiki Kaifu"), plainNames(threat, "source"), describe(story));
        assertEquals(List.of("Jordan"), plainNames(threat, "target"));
    }
}
