package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newskg.extract.fact.FactFixtures.describe;
import static org.newskg.extract.fact.FactFixtures.plainNames;
import static org.newskg.extract.fact.FactFixtures.with;

import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Event;
import org.newskg.extract.Extraction;

/**
 * Who the sides of an act are in wire copy, on an AFP-style story written for this test (a mediation over Lake
 * Malawi, 2013, under a JOHANNESBURG dateline): "urged both sides" after talks the speaker took part in, a crowd of
 * one nation outside another's embassy, "He" after a subject set off by a relative clause, "the two leaders" after
 * talks told earlier in their own sentence, "who" after an apposition, a quoted nickname before "and his
 * counterpart", "the two presidents" in a quote of a third president, a rank abbreviated in an apposition, "the two
 * countries" after a signing at a summit another leader hosted.
 */
class WireCopySidesTest {

    static Extraction malawi;

    @BeforeAll
    static void extract() {
        malawi = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-2013-05-08-lake-malawi-mediation.txt"));
    }

    private static Event find(String type, Predicate<Event> p) {
        return FactFixtures.find(malawi, type, p);
    }

    @Test
    void bothSidesAreTheOthersOfTheTalksTheSpeakerTookPartIn() {
        // "Malawi's President Joyce Banda and her Tanzanian counterpart Jakaya Kikwete held talks with Mozambican
        // President Armando Guebuza in Maputo ... Guebuza urged both sides to settle the dispute": the countries of
        // the other two ("her Tanzanian counterpart"), not Guebuza's own, nor the dateline's (South Africa)
        Event appeal = find("Appeal", with("Armando Guebuza"));
        assertEquals(List.of("Armando Guebuza"), plainNames(appeal, "source"), describe(malawi));
        assertEquals(List.of("Malawi", "Tanzania"), plainNames(appeal, "target"));
    }

    @Test
    void aNationsCrowdOutsideAnotherCountrysEmbassyIsNoSource() {
        // "About 500 Malawians demonstrated outside the Tanzanian embassy in Lilongwe on Wednesday."
        Event protest = find("Protest", e -> e.label().contains("demonstrated"));
        assertEquals(List.of(), plainNames(protest, "source"), describe(malawi));
        assertEquals(List.of("Tanzania"), plainNames(protest, "target"));
    }

    @Test
    void heContinuesASubjectSetOffByARelativeClauseAndTheTwoLeadersAreThoseOfItsTalks() {
        // "South African President Jacob Zuma, who held talks in Pretoria on Monday with Zambian President Michael
        // Sata, flew to Harare on Tuesday. He then held talks with President-elect Tendai Moyo at State House, and the
        // two leaders agreed to meet again in June."
        Event talks = find("Meeting", with("Tendai Moyo"));
        assertEquals(List.of("Jacob Zuma"), plainNames(talks, "source"), describe(malawi));
        Event agreed = find("IntentToCooperate", with("Jacob Zuma"));
        assertEquals(List.of("Jacob Zuma", "Tendai Moyo"), plainNames(agreed), "the talks of its own sentence, not Sata's");
    }

    @Test
    void whoAfterAnAppositionStandsForThePersonItDescribes() {
        // "Zuma also met Farai Ncube, head of the Southern African Development Community mission in Zimbabwe, who
        // urged South Africa to send more election observers."
        Event appeal = find("Appeal", with("South Africa"));
        assertEquals(List.of("Farai Ncube"), plainNames(appeal, "source"), describe(malawi));
    }

    @Test
    void aQuotedNicknameDoesNotHideTheNameBeforeIt() {
        // "Kenyan Prime Minister Raila Odinga 'Agwambo' and his Tanzanian counterpart Mizengo Pinda on Wednesday agreed"
        Event agreed = find("IntentToCooperate", with("Mizengo Pinda"));
        assertEquals(List.of("Mizengo Pinda", "Raila Odinga"), plainNames(agreed), describe(malawi));
    }

    @Test
    void theTwoPresidentsAQuotedMediatorSpeaksOfAreTwoOthers() {
        // "\"The two presidents have agreed to meet again in Dar es Salaam next month,\" Guebuza told reporters"
        Event planned = find("Meeting", e -> "planned".equals(e.status()));
        assertEquals(List.of("Jakaya Kikwete", "Joyce Banda"), plainNames(planned), describe(malawi));
    }

    @Test
    void anAbbreviatedRankInAnAppositionKeepsTheNameTheSubject() {
        // "Tanzania's army chief, Gen. Davis Mwamunyange, warned Malawi against drilling for oil on the lake."
        Event warning = find("Threat", with("Malawi"));
        assertEquals(List.of("Davis Mwamunyange"), plainNames(warning, "source"), describe(malawi));
    }

    @Test
    void theTwoCountriesAreTheSignersNotTheSummitsHost() {
        // "Burundian President Pierre Nkurunziza and his Rwandan counterpart Paul Kagame signed a border accord in
        // Kampala on Monday. The signing took place at a summit hosted by Ugandan President Yoweri Museveni. The two
        // countries pledged to reopen the Akanyaru crossing."
        Event pledge = find("IntentToCooperate", e -> e.label().contains("pledged"));
        assertEquals(List.of("Burundi", "Rwanda"), plainNames(pledge), describe(malawi));
    }
}
