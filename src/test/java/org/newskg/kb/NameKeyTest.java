package org.newskg.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NameKeyTest {

    private static String key(String s) {
        return NameKey.key(NameKey.split(s));
    }

    @Test
    void variantsOfOneNameShareAKey() {
        assertEquals(key("US"), key("U.S."));
        assertEquals(key("China"), key("China's"));
        assertEquals(key("China"), key("China’s"));
        assertEquals(key("Bogotá"), key("Bogota"));
        assertEquals(key("Guinea-Bissau"), key("Guinea Bissau"));
        assertEquals(key("Shanghai Co-operation Organisation"), key("Shanghai Co operation Organisation"));
        assertEquals(key("Washington, D.C."), key("Washington DC"));
        assertEquals(key("ＵＳ"), key("US"));
    }

    @Test
    void splitSeparatesHyphensCommasAndPossessives() {
        assertEquals(List.of("Guinea", "-", "Bissau"), NameKey.split("Guinea-Bissau"));
        assertEquals(List.of("Washington", ",", "D.C."), NameKey.split("Washington, D.C."));
        assertEquals(List.of("China", "'s"), NameKey.split("China's"));
        assertEquals(List.of(), NameKey.split("   "));
    }

    @Test
    void caseRuleKeepsPronounsAndSentenceInitialWordsApartFromAcronyms() {
        assertTrue(NameKey.caseCompatible(List.of("US"), List.of("US")));
        assertFalse(NameKey.caseCompatible(List.of("US"), List.of("us")));
        assertFalse(NameKey.caseCompatible(List.of("US"), List.of("Us")));
        assertTrue(NameKey.caseCompatible(List.of("Beijing"), List.of("BEIJING")));
        assertFalse(NameKey.caseCompatible(List.of("Beijing"), List.of("beijing")));
        assertTrue(NameKey.caseCompatible(List.of("von", "der", "Leyen"), List.of("Von", "der", "Leyen")));
        assertFalse(NameKey.caseCompatible(List.of("the", "world"), List.of("the", "world")), "no capital, no name");
        assertFalse(NameKey.caseCompatible(List.of("A", "B"), List.of("A")));
    }

    @Test
    void punctuationAndPossessiveAloneHaveNoLetters() {
        assertEquals("", NameKey.letters("'s"));
        assertEquals("", NameKey.letters("-"));
        assertEquals("Xian", NameKey.letters("Xi'an"));
        assertTrue(NameKey.isAllCaps("U.S."));
        assertFalse(NameKey.isAllCaps("..."));
    }

    @Test
    void lettersOfWordsNotInAsciiAreRememberedAndStayTheComputedOnes() {
        Map<String, String> expected = Map.of("Strelsáu", "Strelsau", "Zenda’s", "Zenda", "’s", "", "—", "",
                "“Tarlenheim", "Tarlenheim", "ﬁve", "five", "Ruritània’S", "Ruritania", "Hentzau-Élphberg", "HentzauElphberg");
        for (int round = 0; round < 2; round++) {
            for (Map.Entry<String, String> e : expected.entrySet()) {
                assertEquals(e.getValue(), NameKey.letters(e.getKey()), e.getKey());
                assertEquals(e.getValue(), NameKey.unicodeLetters(e.getKey()), e.getKey());
            }
        }
        // remembered: the same string again, not a new one (two normalizations and a regex each time before)
        assertSame(NameKey.letters("Strelsáu"), NameKey.letters("Strelsáu"));
        // more words than the memory holds: it is emptied, and the answers stay right
        for (int i = 0; i <= NameKey.NON_ASCII_LIMIT; i++) {
            assertEquals("Zenda" + i, NameKey.letters("Zénda" + i));
        }
        expected.forEach((word, letters) -> assertEquals(letters, NameKey.letters(word), word));
    }

    @Test
    void theFastKeyAndWordsAgreeWithTheGeneralOnes() {
        for (String name : List.of("the U.S.'s", "People's Republic of China", "Guinea-Bissau", "Abdullah II of Jordan",
                "Bogotá", "George W. Bush", "Washington, D.C.", "China 's", "AT&T", "al-Sharaa", "  Rio  Grande ",
                "Côte d'Ivoire", "O'Neill", "-")) {
            assertEquals(NameKey.key(NameKey.split(name)), NameKey.keyOf(name), name);
            assertEquals(NameKey.significant(NameKey.split(name)), NameKey.words(name), name);
        }
    }

    @Test
    void looseKeysJoinTransliterationsButNotOtherNames() {
        assertEquals(LooseKey.of(NameKey.words("Fouad Seniora")), LooseKey.of(NameKey.words("Fouad Siniora")));
        assertEquals(LooseKey.of(NameKey.words("Farouk al-Shareh")), LooseKey.of(NameKey.words("Farouk al-Sharaa")));
        assertEquals(LooseKey.of(NameKey.words("Muammar Gaddafi")), LooseKey.of(NameKey.words("Moammar Gadhafi")));
        assertNotEquals(LooseKey.of(NameKey.words("Paris")), LooseKey.of(NameKey.words("Peru")));
        assertNotEquals(LooseKey.of(NameKey.words("Hassan Rouhani")), LooseKey.of(NameKey.words("Hassan Nasrallah")));
        assertNotEquals(LooseKey.of(NameKey.words("Lima")), LooseKey.of(NameKey.words("Rome")));
    }

    @Test
    void aLooseMatchSpellsEachWordAlike() {
        assertTrue(LooseKey.spelledAlike(NameKey.words("Farouk al-Shareh"), NameKey.words("Farouk al-Sharaa")));
        assertTrue(LooseKey.spelledAlike(NameKey.words("Mohammed Ali"), NameKey.words("Muhammad Ali")));
        assertTrue(LooseKey.spelledAlike(NameKey.words("Moammar Gadhafi"), NameKey.words("Muammar Gaddafi")));
        // the same skeleton ("k tnk"), not the same name: vowels are most of a Japanese name
        assertEquals(LooseKey.of(NameKey.words("Kakuei Tanaka")), LooseKey.of(NameKey.words("Keiko Tanaka")));
        assertFalse(LooseKey.spelledAlike(NameKey.words("Kakuei Tanaka"), NameKey.words("Keiko Tanaka")));
    }
}
