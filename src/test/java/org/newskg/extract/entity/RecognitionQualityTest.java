package org.newskg.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.EntityMention;
import org.newskg.kb.EntityType;

/** Recognition on sentences in the styles of several outlets, most names unknown to the knowledge base. */
class RecognitionQualityTest {

    @BeforeAll
    static void load() throws IOException {
        EntityRecognizerTest.load();
    }

    private static String found(String text) {
        StringBuilder sb = new StringBuilder();
        for (EntityMention m : EntityRecognizerTest.find(text)) {
            sb.append(m.text()).append('=').append(m.type()).append("; ");
        }
        return sb.toString();
    }

    @Test
    void pluralTitlesGovernTwoCoordinatedNames() {
        // A West African summit (written for this test): neither president is in the knowledge base.
        String f = found("Presidents Amara Diallo and Kofi Mensah met in Accra on Monday to discuss cocoa prices.");
        assertTrue(f.contains("Amara Diallo=PERSON; Kofi Mensah=PERSON;"), f);
        assertTrue(f.contains("Accra=CITY"), f);
    }

    @Test
    void aSurnameTheTaggerCallsAVerbStaysInTheTitledName() {
        String f = found("Kenyan President William Ruto and Ugandan President Yoweri Museveni discussed fuel imports in Mombasa.");
        assertTrue(f.contains("William Ruto=PERSON"), f);
        assertTrue(f.contains("Yoweri Museveni=PERSON"), f);
        assertTrue(f.contains("Ugandan=COUNTRY"), f);
        // Title-case headlines do not run a name on into the verb.
        String h = found("Xi Jinping Holds Talks With Putin Over Phone");
        assertTrue(h.contains("Xi Jinping=PERSON; Putin=PERSON;"), h);
    }

    @Test
    void coordinatedOrganizationsStaySeparate() {
        String f = found("Xi said China and Russia should deepen cooperation within the Shanghai Cooperation Organization and BRICS.");
        assertTrue(f.contains("Shanghai Cooperation Organization=ORGANIZATION; BRICS=ORGANIZATION;"), f);
        // Two unknown ones, joined by "and" right after the head of the first.
        String g = found("The Nordic Fisheries Council and Baltic Ports signed the accord in Riga.");
        assertTrue(f.contains("BRICS") && !g.contains("Council and"), g);
    }

    @Test
    void regionsBuiltOnKnownPlacesAreNotTheCountryInside() {
        String f = found("Toyota's first plant in Latin America will supply the Horn of Africa and Southeast Asia, "
                + "but not South Africa or North Korea.");
        assertTrue(f.contains("Latin America=REGION"), f);
        assertTrue(f.contains("Horn of Africa=REGION"), f);
        assertTrue(f.contains("South Africa=COUNTRY"), f);
        assertTrue(f.contains("North Korea=COUNTRY"), f);
        assertTrue(!f.contains("America=COUNTRY"), f);
    }

    @Test
    void companiesKeepTheirAbbreviatedSuffixAndTheirShortForm() {
        // An AP-style business story (written for this test).
        List<EntityMention> ms = EntityRecognizerTest.find("""
                TOKYO, May 21 (AP) -- Toyota Motor Corp. said on Tuesday it would build a battery plant in Guanajuato.
                Shares of Toyota rose 2 percent in Tokyo, and Nippon Kessel Holdings Ltd. fell.
                """);
        EntityMention full = ms.stream().filter(m -> m.text().equals("Toyota Motor Corp.")).findFirst().orElseThrow();
        assertEquals(EntityType.ORGANIZATION, full.type());
        EntityMention shortForm = ms.stream().filter(m -> m.text().equals("Toyota")).findFirst().orElseThrow();
        // The short form names what the full name names; when the KB knows the company, it is the KB's name for it.
        assertTrue(shortForm.name().equals(full.name()) || shortForm.kbQid() != null, shortForm.toString());
        assertEquals(EntityType.ORGANIZATION, shortForm.type());
        assertTrue(ms.stream().anyMatch(m -> m.text().equals("Nippon Kessel Holdings Ltd.") && m.type() == EntityType.ORGANIZATION),
                ms.toString());
        // The all-caps dateline gives the city and the agency, nothing else.
        assertTrue(ms.stream().noneMatch(m -> m.text().contains("May")), ms.toString());
    }

    @Test
    void anAcronymDefinedInTheTextIsFoundBareLater() {
        // A Reuters-style central bank story (written for this test).
        List<EntityMention> ms = EntityRecognizerTest.find("""
                NAIROBI, March 5 (Reuters) - The Central Bank of Kenya (CBK) held its benchmark rate at 13 percent.
                Governor Kamau Thugge said the CBK would meet again in June. Thugge said inflation had eased.
                """);
        List<EntityMention> cbk = ms.stream().filter(m -> m.text().equals("CBK")).toList();
        assertEquals(2, cbk.size(), ms.toString());
        cbk.forEach(m -> assertEquals("Central Bank of Kenya", m.name()));
        assertTrue(ms.stream().filter(m -> m.text().equals("Thugge")).allMatch(m -> m.name().equals("Kamau Thugge")), ms.toString());
        assertTrue(ms.stream().anyMatch(m -> m.text().equals("NAIROBI") && m.type() == EntityType.CITY), ms.toString());
        assertTrue(ms.stream().noneMatch(m -> m.text().equals("Governor Kamau Thugge")), "titles stay outside names");
    }

    @Test
    void languagesAreNotDemonymsOfTheirCountry() {
        // A Kremlin readout in the style of TASS (written for this test).
        String text = "The statement was issued in Chinese and Russian, and Putin "
                + "spoke in Russian with the Chinese leader. Many Kenyans speak Swahili, and the French embassy "
                + "translated the text into French.";
        List<EntityMention> ms = EntityRecognizerTest.find(text);
        List<String> demonyms = ms.stream().filter(m -> m.rule().equals("kb:demonym")).map(EntityMention::text).toList();
        assertEquals(List.of("Chinese", "Kenyans", "French"), demonyms, ms.toString());
        EntityMention leader = ms.stream().filter(m -> m.text().equals("Chinese")).findFirst().orElseThrow();
        assertEquals(text.indexOf("Chinese leader"), leader.begin());
        assertEquals(EntityType.COUNTRY, leader.type());
    }

    @Test
    void aHyphenatedNameWordStaysInsideTheOrganization() {
        // A Caribbean summit story in the style of Reuters (written for this test).
        List<EntityMention> ms = EntityRecognizerTest.find("Mottley said the Caribbean Community wanted cheaper loans "
                + "from the Inter-American Development Bank and the Afro-Asian Rural Development Organization.");
        assertTrue(ms.stream().anyMatch(m -> m.text().equals("Inter-American Development Bank")
                && m.type() == EntityType.ORGANIZATION), ms.toString());
        assertTrue(ms.stream().anyMatch(m -> m.text().equals("Afro-Asian Rural Development Organization")), ms.toString());
    }

    @Test
    void sharesInACompanyAreNotAPlace() {
        // A Nordic shipping story (written for this test): "in" before an unknown name usually cues a place.
        List<EntityMention> ms = EntityRecognizerTest.find("Shares in Nordvik fell 6 percent, and a stake in Kesselborg "
                + "was sold, while the ferry company moved its office to Aarhus and workers protested in Tromsdal.");
        String f = ms.stream().map(m -> m.text() + "=" + m.type()).toList().toString();
        assertTrue(f.contains("Nordvik=ORGANIZATION"), f);
        assertTrue(f.contains("Kesselborg=ORGANIZATION"), f);
        assertTrue(f.contains("Tromsdal=PLACE"), f);
    }
}
