package org.newskg.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.kb.KnowledgeBase;

/** The word-class features of the name finder and the English vocabulary they read. */
class WordClassFeatureGeneratorTest {

    private static final Path DATA = Path.of(System.getProperty("newskg.home", ".")).resolve("data");

    private static final WordClasses SAMPLE = WordClasses.of(List.of("arrest", "river", "not", "police"), List.of("Kipling", "Lagos"));

    private static List<String> features(WordClassFeatureGenerator g, String[] tokens, int i) {
        List<String> f = new ArrayList<>();
        g.createFeatures(f, tokens, i, new String[0]);
        return f;
    }

    @Test
    void capitalizedWordsAreTypedByCaseAndVocabulary() {
        WordClassFeatureGenerator g = new WordClassFeatureGenerator(SAMPLE);
        String[] s = {"Police", "Arrest", "Okonkwo", "in", "LAGOS", "NOT", "Kipling", "42", "river"};
        assertEquals(List.of("wc=Cc"), features(g, s, 1));
        assertEquals(List.of("wc=C"), features(g, s, 2), "an unknown capitalized word: a name candidate");
        assertEquals(List.of("wc=l"), features(g, s, 3));
        assertEquals(List.of("wc=Ap"), features(g, s, 4), "all capitals are looked up in title case");
        assertEquals(List.of("wc=Ac"), features(g, s, 5));
        assertEquals(List.of("wc=Cp"), features(g, s, 6));
        assertEquals(List.of(), features(g, s, 7));
        assertEquals(List.of("wc=lc"), features(g, s, 8));
    }

    @Test
    void aLowerCaseWordIsNeverMarkedProperAndOneLetterIsNoAcronym() {
        WordClassFeatureGenerator g = new WordClassFeatureGenerator(SAMPLE);
        assertEquals("l", g.wordClass("kipling"));
        assertEquals("C", g.wordClass("A"));
        assertNull(g.wordClass("-"));
    }

    @Test
    void theVocabularySurvivesTheModelSerializer() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new WordClasses.Serializer().serialize(SAMPLE, out);
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("common\tarrest\n"), text);
        assertTrue(text.contains("proper\tKipling\n"), text);
        WordClasses back = new WordClasses.Serializer().create(new ByteArrayInputStream(out.toByteArray()));
        assertEquals(SAMPLE.size(), back.size());
        assertTrue(back.isCommon("ARREST"));
        assertTrue(back.isProper("Lagos"));
        assertFalse(back.isProper("Okonkwo"));
    }

    @Test
    void theBundledLexiconsGiveTheVocabularyOfTheDefaultModel() {
        WordClasses words = (WordClasses) NerDictionaries.build(KnowledgeBase.load(DATA), DATA).get(NerDictionaries.WORDS);
        assertTrue(words.isCommon("Arrest"));
        assertTrue(words.isCommon("minister"));
        assertTrue(words.isProper("Moscow"));
        assertFalse(words.isCommon("Ngozi"));
        assertTrue(words.size() > 50_000, "size " + words.size());
    }
}
