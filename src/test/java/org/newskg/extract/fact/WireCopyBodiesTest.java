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
 * Bodies and governments acting under a common noun, on an AFP-style story written for this test (the European Union
 * and Togo, 1998): "European Union leaders", "the military government", "the bloc", the country of "a French
 * proposal", "the opposition leader X".
 */
class WireCopyBodiesTest {

    static Extraction lome;

    @BeforeAll
    static void extract() {
        lome = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-1998-06-03-lome-sanctions.txt"));
    }

    @Test
    void leadersOfABodyActForIt() {
        // "European Union leaders on Wednesday imposed sanctions on Togo"
        Event sanctions = FactFixtures.find(lome, "Sanction", e -> e.label().contains("sanctions"));
        assertEquals(List.of("European Union"), plainNames(sanctions, "source"), describe(lome));
        assertEquals(List.of("Togo"), plainNames(sanctions, "target"), describe(lome));
    }

    @Test
    void theMilitaryGovernmentIsTheCountryJustNamed() {
        // "..., a day after the military government arrested the opposition leader Gilchrist Olympio"
        Event arrest = FactFixtures.find(lome, "Coercion", e -> e.label().contains("arrested"));
        assertEquals(List.of("Togo"), plainNames(arrest, "source"), describe(lome));
        assertEquals(List.of("Gilchrist Olympio"), plainNames(arrest, "target"), "the person the common noun describes: " + describe(lome));
    }

    @Test
    void theBlocIsTheBodyNamedBefore() {
        // "The bloc has already frozen development aid to the country."
        Event frozen = FactFixtures.find(lome, "ReduceRelations", e -> e.label().contains("frozen"));
        assertEquals(List.of("European Union"), plainNames(frozen, "source"), describe(lome));
    }

    @Test
    void aDemonymBeforeTheThingRejectedNamesItsCountry() {
        // "Koffi Panou on Wednesday rejected a French proposal to send observers"
        Event rejection = FactFixtures.find(lome, "Rejection", e -> e.label().contains("rejected"));
        assertEquals(List.of("France"), plainNames(rejection, "target"), describe(lome));
    }

    @Test
    void aSubjectBeforeAnAppositionAndADayActs() {
        // "Germany, Togo's biggest aid donor, on Tuesday froze new economic aid."
        Event frozen = FactFixtures.find(lome, "ReduceRelations", e -> e.label().equals("froze"));
        assertEquals(List.of("Germany"), plainNames(frozen, "source"), describe(lome));
    }

    @Test
    void aCapitalOpeningTheSentenceActsAndTheCapitalActedOnIsNoPlace() {
        // "Riyadh cut ties with Tehran in 1987 after protesters stormed its embassy in Tehran."
        Event cut = FactFixtures.find(lome, "ReduceRelations", e -> e.label().contains("cut ties"));
        assertEquals(List.of("Riyadh"), plainNames(cut, "source"), describe(lome));
        assertEquals(List.of("Tehran"), plainNames(cut, "target"), describe(lome));
        assertEquals(null, cut.place(), "Tehran is acted on: " + describe(lome));
    }
}
