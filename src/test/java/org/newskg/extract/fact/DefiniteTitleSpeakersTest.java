package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Extraction;
import org.newskg.extract.Statement;

/**
 * Who speaks and what is said when the speaker is "the 67-year-old president" or "the outgoing president" (the one
 * president the story named before), when "told reporters" has no "that", and when a participle clause stands after
 * the attribution ("..., X said, smiling at the crowd": how it was said, not what). A story written for this test
 * (Testwire 1991, Lusaka).
 */
class DefiniteTitleSpeakersTest {

    static Extraction lusaka;

    @BeforeAll
    static void extract() {
        lusaka = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-1991-11-02-zambia-election.txt"));
        lusaka.statements().forEach(st -> System.out.println("statement: " + st.speaker().name() + " | " + st.text()));
    }

    private static List<String> said(String speaker) {
        return lusaka.statements().stream().filter(st -> st.speaker().name().equals(speaker)).map(Statement::text).toList();
    }

    @Test
    void aDefiniteTitleWithDescribingWordsSpeaksForItsOneHolder() {
        List<String> kaunda = said("Kenneth Kaunda");
        assertTrue(kaunda.contains("We will respect the verdict of the people"), kaunda.toString());
        assertTrue(kaunda.contains("I will hand over power peacefully"), kaunda.toString());
    }

    @Test
    void toldWithoutThatReportsTheClauseAfterTheListener() {
        assertTrue(said("Frederick Chiluba").contains("the transition would be smooth"), said("Frederick Chiluba").toString());
        assertEquals(List.of("the vote had been free and fair"), said("Jimmy Carter"));
    }

    @Test
    void anAsideOrAParticipleAfterTheVerbIsNotWhatWasSaid() {
        List<String> chiluba = said("Frederick Chiluba");
        assertTrue(chiluba.contains("his government would revive the copper mines"), chiluba.toString());
        assertTrue(chiluba.contains("The campaign had been tense"), chiluba.toString());
        assertTrue(chiluba.stream().noneMatch(c -> c.contains("flanked") || c.contains("smiling")), chiluba.toString());
    }
}
