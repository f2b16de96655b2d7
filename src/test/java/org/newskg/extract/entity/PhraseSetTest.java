package org.newskg.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PhraseSetTest {

    @Test
    void findsEveryPhraseWhateverTheFirstWordsCase() {
        Map<String, String> phrases = new HashMap<>();
        for (int n = 0; n < 3_000; n++) {
            phrases.put("office" + n + " of Strelsau", "org");   // enough first words to fill the filter's bits
        }
        phrases.put("Prime Minister", "title");
        phrases.put("spokesperson", "title");
        phrases.put("R&D Unit", "org");
        PhraseSet set = new PhraseSet(phrases);
        String[] words = {"the", "Prime", "Minister", "PRIME", "MINISTER", "Spokesperson", "SPOKESPERSON", "spokesperson",
            "Office17", "of", "Strelsau", "OFFICE2999", "of", "Strelsau", "prime", "Ruritania", "R&D", "Unit", "John"};
        int[] expected = {0, 2, 0, 2, 0, 1, 1, 1, 3, 0, 0, 3, 0, 0, 0, 0, 2, 0, 0};
        for (int i = 0; i < words.length; i++) {
            assertEquals(expected[i], set.longestAt(words, i), words[i] + " at " + i);
        }
        for (int n = 0; n < 3_000; n++) {
            assertEquals(3, set.longestAt(new String[] {"Office" + n, "of", "Strelsau"}, 0), "office" + n);
            assertEquals(0, set.longestAt(new String[] {"Bureau" + n, "of", "Strelsau"}, 0), "bureau" + n);
        }
    }
}
