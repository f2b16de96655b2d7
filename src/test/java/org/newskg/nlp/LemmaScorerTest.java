package org.newskg.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.Random;
import opennlp.tools.lemmatizer.LemmatizerContextGenerator;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.BeamSearchContextGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The lemmatizer's remembered scores are the very doubles GISModel.eval gives, however often a triple recurs. */
class LemmaScorerTest {

    private static final String[][] SENTENCES = {
        {"Ministers", "met", "in", "Lima", "and", "said", "the", "talks", "went", "well", "."},
        {"The", "talks", "ended", ";", "the", "ministers", "said", "nothing", "."},
        {"Talks"},
    };
    private static final String[][] TAGS = {
        {"NOUN", "VERB", "ADP", "PROPN", "CCONJ", "VERB", "DET", "NOUN", "VERB", "ADV", "PUNCT"},
        {"DET", "NOUN", "VERB", "PUNCT", "DET", "NOUN", "VERB", "PRON", "PUNCT"},
        {"NOUN"},
    };

    static LemmatizerModel lemmas;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = LemmaScorerTest.class.getResourceAsStream("/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin")) {
            lemmas = new LemmatizerModel(in);
        }
    }

    @Test
    void scoresEveryPositionAsTheModelDoesAfterAnyPreviousOutcome() {
        MaxentModel model = (MaxentModel) lemmas.getArtifact("lemmatizer.model");
        LemmatizerContextGenerator generator = lemmas.getFactory().getContextGenerator();
        LemmaScorer scorer = LemmaScorer.of(model, generator).orElseThrow();
        Random random = new Random(3);
        int compared = 0;
        for (int round = 0; round < 3; round++) {   // later rounds are answered from memory
            for (int s = 0; s < SENTENCES.length; s++) {
                String[] words = SENTENCES[s];
                Object[] extra = {TAGS[s]};
                BeamDecoder.Scores scores = scorer.sentence(words, extra);
                for (int i = 0; i < words.length; i++) {
                    for (int h = 0; h < 6; h++) {
                        String[] previous = new String[i];
                        for (int k = 0; k < i; k++) {
                            previous[k] = model.getOutcome(random.nextInt(h % 2 == 0 ? 3 : model.getNumOutcomes()));
                        }
                        double[] expected = model.eval(generator.getContext(i, words, previous, extra));
                        assertArrayEquals(expected, scores.at(i, previous), 0.0, String.join(" ", words) + " @" + i);
                        compared++;
                    }
                }
            }
        }
        assertTrue(compared > 300, "compared " + compared);
    }

    @Test
    void refillsTheArraysItForgetsButNotThoseOfThePositionAtHand() {
        MaxentModel model = (MaxentModel) lemmas.getArtifact("lemmatizer.model");
        LemmatizerContextGenerator generator = lemmas.getFactory().getContextGenerator();
        LemmaScorer scorer = LemmaScorer.of(model, generator).orElseThrow();
        int n = 2_600;   // two misses a position: the memory (4,096 arrays) is emptied past its middle
        String[] words = new String[n];
        String[] tags = new String[n];
        for (int i = 0; i < n; i++) {
            words[i] = "word" + i;
            tags[i] = i % 2 == 0 ? "NOUN" : "VERB";
        }
        Object[] extra = {tags};
        BeamDecoder.Scores scores = scorer.sentence(words, extra);
        Set<double[]> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        boolean refilled = false;
        for (int i = 1; i < n; i++) {
            String[] afterA = new String[i];
            String[] afterB = new String[i];
            afterA[i - 1] = model.getOutcome(0);
            afterB[i - 1] = model.getOutcome(1);
            double[] a = scores.at(i, afterA);
            double[] expectedA = model.eval(generator.getContext(i, words, afterA, extra));
            assertArrayEquals(expectedA, a, 0.0, "@" + i);
            double[] b = scores.at(i, afterB);   // may empty the memory: a is still read at this position
            assertNotSame(a, b);
            assertArrayEquals(model.eval(generator.getContext(i, words, afterB, extra)), b, 0.0, "@" + i);
            assertArrayEquals(expectedA, a, 0.0, "@" + i);
            refilled |= !seen.add(a) | !seen.add(b);
        }
        assertTrue(refilled, "no array refilled");
    }

    @Test
    void isOnlyOfferedForTheGeneratorItReproduces() {
        MaxentModel model = (MaxentModel) lemmas.getArtifact("lemmatizer.model");
        BeamSearchContextGenerator<String> other = (i, words, previous, extra) -> new String[] {"w0=" + words[i]};
        assertTrue(LemmaScorer.of(model, other).isEmpty());
        assertSame(LemmaScorer.class, LemmaScorer.of(model, lemmas.getFactory().getContextGenerator()).orElseThrow().getClass());
    }
}
