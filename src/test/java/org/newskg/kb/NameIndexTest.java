package org.newskg.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link NameIndex#isKeyPrefix}: every key of whole words a name starts with, and nothing else, whatever the index's size. */
class NameIndexTest {

    private static final String[] SYLLABLES = {"ru", "ri", "ta", "nia", "strel", "sau", "zen", "da", "doe", "jo", "hn",
        "kar", "vo", "lin", "mar", "en", "bad", "grav", "or", "ost"};

    private static String word(Random random) {
        StringBuilder w = new StringBuilder();
        for (int n = 1 + random.nextInt(3); n > 0; n--) {
            w.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    private static NameIndex index(List<List<String>> names) {
        List<NameEntry> entries = new ArrayList<>();
        int q = 1;
        for (List<String> words : names) {
            String name = String.join(" ", words);
            KbEntry e = new KbEntry("Q" + q++, name, EntityType.CITY, List.of(), null, List.of());
            entries.add(new NameEntry(e, name, words, NameKind.LABEL));
        }
        return new NameIndex(entries);
    }

    @Test
    void aPrefixOfWholeWordsIsOneAndNothingElseIs() {
        NameIndex index = index(List.of(List.of("Strelsau"), List.of("People", "s", "Republic", "of", "Ruritania")));
        assertTrue(index.isKeyPrefix("strelsau"));
        assertTrue(index.isKeyPrefix("people"));
        assertTrue(index.isKeyPrefix("people s republic"));
        assertTrue(index.isKeyPrefix("people s republic of ruritania"));
        assertFalse(index.isKeyPrefix("peop"));
        assertFalse(index.isKeyPrefix("republic"));
        assertFalse(index.isKeyPrefix("people s republic of ruritania today"));
        assertFalse(index.isKeyPrefix("Strelsau"));   // keys are lower case
        assertFalse(index.isKeyPrefix(""));
    }

    @Test
    void aLargeIndexAnswersAsItsSetOfPrefixes() {
        for (int size : new int[] {10, 2_000, 40_000}) {
            Random random = new Random(size);
            List<List<String>> names = new ArrayList<>();
            Set<String> expected = new HashSet<>();
            for (int n = 0; n < size; n++) {
                List<String> words = new ArrayList<>();
                for (int w = 1 + random.nextInt(4); w > 0; w--) {
                    words.add(word(random));
                    expected.add(NameKey.key(words));
                }
                names.add(words);
            }
            NameIndex index = index(names);
            for (String key : expected) {
                assertTrue(index.isKeyPrefix(key), key);
            }
            int found = 0;
            for (int n = 0; n < 50_000; n++) {
                List<String> words = new ArrayList<>();
                for (int w = 1 + random.nextInt(3); w > 0; w--) {
                    words.add(word(random));
                }
                String key = NameKey.key(words);
                assertEquals(expected.contains(key), index.isKeyPrefix(key), key);
                found += expected.contains(key) ? 1 : 0;
            }
            assertTrue(found > 0 && found < 50_000, "the probes mix prefixes and others: " + found);
        }
    }
}
