package org.newskg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicInteger;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.postag.DefaultPOSSequenceValidator;
import opennlp.tools.postag.POSDictionary;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.TagDictionary;
import org.junit.jupiter.api.Test;

/** The validator that keeps the tag dictionary's answer per word answers as OpenNLP's own, and looks up once per word. */
class PosValidatorTest {

    private static final String[] TAGS = {"NNP", "NN", "VB", "VBD", "DT", "IN", "JJ"};

    @Test
    void answersAsTheDefaultValidatorWhateverTheOrderOfQuestions() {
        POSDictionary dictionary = new POSDictionary(false);
        dictionary.put("strelsau", "NNP");
        dictionary.put("the", "DT");
        dictionary.put("met", "VBD", "VBN");
        DefaultPOSSequenceValidator own = new DefaultPOSSequenceValidator(dictionary);
        PosValidator kept = PosValidator.of((TagDictionary) dictionary);
        // the same word twice (as the same string and as an equal one), words in and out of the dictionary, any case
        String[] words = {"Ministers", "met", "in", "Strelsau", "the", "THE", new String("the"), "met", "Ruritania", "met"};
        int valid = 0;
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < words.length; i++) {
                for (String tag : TAGS) {
                    boolean expected = own.validSequence(i, words, new String[i], tag);
                    assertEquals(expected, kept.validSequence(i, words, new String[i], tag), words[i] + " as " + tag);
                    valid += expected ? 1 : 0;
                }
                // back to an earlier word: the held answer is another word's, so the dictionary is asked again
                assertEquals(own.validSequence(1, words, null, "VBD"), kept.validSequence(1, words, null, "VBD"));
                assertEquals(own.validSequence(1, words, null, "NN"), kept.validSequence(1, words, null, "NN"));
            }
        }
        assertEquals(2 * (3 * TAGS.length + 7), valid, "unknown words take any tag, known ones theirs");
    }

    @Test
    void asksTheDictionaryOncePerDistinctWord() {
        AtomicInteger asked = new AtomicInteger();
        TagDictionary counting = new TagDictionary() {
            @Override
            public String[] getTags(String word) {
                asked.incrementAndGet();
                return word.equals("met") ? new String[] {"VBD"} : null;
            }

            @Override
            public boolean isCaseSensitive() {
                return true;
            }
        };
        PosValidator v = PosValidator.of(counting);
        String[] words = {"Ministers", "met", "today"};
        for (int i = 0; i < words.length; i++) {
            for (String tag : TAGS) {
                v.validSequence(i, words, null, tag);   // every extension of every hypothesis asks
            }
        }
        assertEquals(3, asked.get());
        assertEquals(false, v.validSequence(1, words, null, "NN"));
        assertEquals(true, v.validSequence(1, words, null, "VBD"));
        assertEquals(3, asked.get(), "a word met before (another word held since) is not asked again");
        assertEquals(true, v.validSequence(0, new String[] {"Strelsau"}, null, "NN"));
        assertEquals(4, asked.get(), "a new word is asked");
        assertTrue(PosValidator.of((TagDictionary) null).validSequence(0, words, null, "NN"), "no dictionary: any tag");
    }

    @Test
    void theShippedPennModelGetsIt() throws IOException {
        try (InputStream in = PosValidatorTest.class.getResourceAsStream("/en-pos-maxent.bin")) {
            POSModel penn = new POSModel(in);
            assertInstanceOf(PosValidator.class, PosValidator.of(penn));
        }
    }
    @Test
    void answersByIndexAsByName() {
        POSDictionary dictionary = new POSDictionary(false);
        dictionary.put("strelsau", "NNP");
        dictionary.put("met", "VBD", "VBN");
        dictionary.put("the", "DT");
        GISModel model = new GISModel(new Context[0], new String[0], TAGS);
        PosValidator byName = PosValidator.of((TagDictionary) dictionary);
        PosValidator byIndex = PosValidator.of((TagDictionary) dictionary);
        assertTrue(byIndex.indexesLike(model));
        // words in and out of the dictionary, the same word again as another string, back to an earlier word; the
        // questions by index interleaved with questions by name, which may move the validator to another word
        String[] words = {"Ministers", "met", "in", "Strelsau", "the", new String("the"), "met", "Ruritania", "met"};
        int valid = 0;
        for (int i = 0; i < words.length; i++) {
            for (int o = TAGS.length - 1; o >= 0; o--) {
                boolean expected = byName.validSequence(i, words, null, TAGS[o]);
                assertEquals(expected, byIndex.valid(i, words, -1, o), words[i] + " as " + TAGS[o]);
                assertEquals(expected, byIndex.validSequence(i, words, null, TAGS[o]), words[i] + " as " + TAGS[o]);
                assertEquals(expected, byIndex.valid(i, words, o, o), words[i] + " as " + TAGS[o] + ", asked again");
                valid += expected ? 1 : 0;
                assertEquals(byName.validSequence(1, words, null, "NN"), byIndex.valid(1, words, -1, 1), "met as NN");
            }
        }
        assertEquals(3 * TAGS.length + 6, valid, "unknown words take any tag, known ones theirs");
        assertTrue(PosValidator.of((TagDictionary) null).valid(0, words, -1, 0), "no dictionary: any tag");
    }
}
