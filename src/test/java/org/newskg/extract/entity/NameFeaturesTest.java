package org.newskg.extract.entity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newskg.kb.EntityType;
import org.newskg.kb.KnowledgeBase;

/** The feature generator of the word lists, the lists built from the KB and lexicons, headline casing, MISC types. */
class NameFeaturesTest {

    private static final Path DATA = Path.of(System.getProperty("newskg.home", ".")).resolve("data");

    private static NameLists sample() {
        return NameLists.of(Map.of(
                "loc", List.of(List.of("Port", "Louis"), List.of("Nairobi")),
                "title", List.of(List.of("Prime", "Minister")),
                "first", List.of(List.of("Amina"))));
    }

    private static List<String> features(NameListFeatureGenerator g, String[] tokens, int i) {
        List<String> f = new ArrayList<>();
        g.createFeatures(f, tokens, i, new String[0]);
        return f;
    }

    @Test
    void listedPhrasesMarkTheirWordsAndTheirNeighbours() {
        NameListFeatureGenerator g = new NameListFeatureGenerator(sample());
        String[] s = {"Prime", "Minister", "Amina", "Hassan", "flew", "to", "Port", "Louis"};
        assertEquals(List.of("nl=title:B", "nl>>first"), features(g, s, 0));
        assertEquals(List.of("nl<title", "nl=first:B"), features(g, s, 2));
        assertEquals(List.of("nl<first"), features(g, s, 3));
        assertEquals(List.of("nl>loc"), features(g, s, 5));
        assertEquals(List.of("nl=loc:B"), features(g, s, 6));
        assertEquals(List.of("nl=loc:I"), features(g, s, 7));
        assertEquals(List.of("nl>>loc"), features(g, s, 4));
    }

    @Test
    void allCapsWordsAreLookedUpInTitleCaseAndLowerCaseWordsAreNot() {
        NameListFeatureGenerator g = new NameListFeatureGenerator(sample());
        assertEquals(List.of("nl=loc:B"), features(g, new String[] {"NAIROBI", ","}, 0));
        assertEquals(List.of(), features(g, new String[] {"nairobi", "streets"}, 0));
    }

    /**
     * The lists skip words no phrase holds with a bit filter; every phrase of a large list (so that the filter's bits
     * are crowded) must still be found, written as it is and in capitals, and a phrase whose last word is unknown not.
     */
    @Test
    void everyPhraseOfALargeListIsFoundPastTheFilter() {
        List<List<String>> phrases = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            phrases.add(i % 3 == 0 ? List.of("Nor" + i) : List.of("Port" + i, "Ville" + (i * 7), "Est" + i % 11));
        }
        NameLists lists = NameLists.of(Map.of("loc", phrases));
        for (int i = 0; i < phrases.size(); i += 7) {
            List<String> p = phrases.get(i);
            List<String> words = new ArrayList<>(List.of("in"));
            words.addAll(p);
            words.add("today");
            List<List<String>> f = lists.annotate(words.toArray(String[]::new));
            assertEquals(List.of("nl>loc"), f.get(0), p::toString);
            assertEquals(List.of("nl=loc:B"), f.get(1), p::toString);
            List<String> shouted = new ArrayList<>(List.of("IN"));
            p.forEach(w -> shouted.add(w.toUpperCase(java.util.Locale.ROOT)));
            assertEquals(List.of("nl=loc:B"), lists.annotate(shouted.toArray(String[]::new)).get(1), p::toString);
            if (p.size() > 1) {
                assertEquals(List.of(), lists.annotate(new String[] {p.get(0), p.get(1), "Elsewhere"}).get(0), p::toString);
            }
        }
    }

    @Test
    void theListsSurviveTheModelSerializer() throws IOException {
        NameLists lists = sample();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new NameLists.Serializer().serialize(lists, out);
        String text = out.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(text.contains("loc\tPort Louis\n"), text);
        NameLists back = new NameLists.Serializer().create(new ByteArrayInputStream(out.toByteArray()));
        assertEquals(lists.size(), back.size());
        String[] s = {"In", "Port", "Louis"};
        assertEquals(lists.annotate(s), back.annotate(s));
    }

    @Test
    void theBundledKnowledgeBaseAndLexiconsGiveTypedLists() {
        NameLists lists = (NameLists) NerDictionaries.build(KnowledgeBase.load(DATA), DATA).get(NerDictionaries.RESOURCE);
        // a country of the KB, a demonym, a title of the lexicon
        List<List<String>> f = lists.annotate(new String[] {"Kenyan", "President", "visited", "Russia"});
        assertTrue(f.get(0).contains("nl=misc:B"), f.toString());
        assertTrue(f.get(1).contains("nl=title:B"), f.toString());
        assertTrue(f.get(3).contains("nl=loc:B"), f.toString());
    }

    @Test
    void headlinesAndDatelinesAreShownToTheModelInTitleCase() {
        assertArrayEquals(new String[] {"Floods", "in", "Mozambique", "Kill", "Dozens"},
                StatisticalLayer.shown(new String[] {"FLOODS", "IN", "MOZAMBIQUE", "KILL", "DOZENS"}));
        assertArrayEquals(new String[] {"Port", "Louis", ",", "May", "2", "(", "AFP", ")"},
                StatisticalLayer.shown(new String[] {"PORT", "LOUIS", ",", "May", "2", "(", "AFP", ")"}));
        String[] plain = {"The", "UN", "met", "in", "Geneva", "."};
        assertArrayEquals(plain, StatisticalLayer.shown(plain));
    }

    @Test
    void miscNamesAreTypedAsEventsLawsNationalitiesOrWorks() {
        MiscTyper t = new MiscTyper(CueLexicon.load(DATA));
        String[] w = {"the", "Paris", "Agreement", "and", "the", "Treaty", "of", "Lisbon", "Kenyan", "Titanic", "Asian", "Games"};
        String[] tags = {"DET", "PROPN", "PROPN", "CCONJ", "DET", "PROPN", "ADP", "PROPN", "ADJ", "PROPN", "ADJ", "PROPN"};
        assertEquals(EntityType.LAW, t.typeOf(w, tags, 1, 3));
        assertEquals(EntityType.LAW, t.typeOf(w, tags, 5, 8));
        assertEquals(EntityType.NATIONALITY, t.typeOf(w, tags, 8, 9));
        assertEquals(EntityType.WORK, t.typeOf(w, tags, 9, 10));
        assertEquals(EntityType.EVENT, t.typeOf(w, tags, 10, 12));
        assertFalse(t.typeOf(w, tags, 9, 10) == EntityType.NATIONALITY);
    }
}
