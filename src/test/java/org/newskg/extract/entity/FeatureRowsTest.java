package org.newskg.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.BigramNameFeatureGenerator;
import opennlp.tools.util.featuregen.PrefixFeatureGenerator;
import opennlp.tools.util.featuregen.PreviousMapFeatureGenerator;
import opennlp.tools.util.featuregen.SentenceFeatureGenerator;
import opennlp.tools.util.featuregen.SuffixFeatureGenerator;
import opennlp.tools.util.featuregen.TokenClassFeatureGenerator;
import opennlp.tools.util.featuregen.WindowFeatureGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rows of each word's features, found by word and from parts, against the weights of the very feature strings
 * the model's generators make: the same sums, bit for bit, word by word, across sentences and documents.
 */
class FeatureRowsTest {

    private static TokenNameFinderModel model;
    private static FeatureWeights weights;

    /** Documents of sentences written for the test; words recur at other positions, in capitals and in other documents. */
    private static final List<List<String>> DOCUMENTS = List.of(
            List.of("KENYAN PRESIDENT RUTO VISITS ADDIS ABABA",
                    "NAIROBI , June 4 ( AFP ) - Kenyan President William Ruto arrived in Addis Ababa on Monday .",
                    "Ruto met Ethiopian Prime Minister Abiy Ahmed at the African Union headquarters ."),
            List.of("Abiy Ahmed said the talks in Addis Ababa with Ruto were \" frank \" .",
                    "The African Union 's chairperson , Moussa Faki Mahamat , joined them on Tuesday ."),
            List.of("Ruto flew back to Nairobi .", "", "Naïve São Tomé officials — and Łódź 's mayor — said nothing ."));

    @BeforeAll
    static void loadModel() {
        model = NameFinderModels.load(Path.of("data").resolve("models/en-ner.bin"));
        weights = FeatureWeights.of((AbstractModel) model.getArtifact(NameFinderModels.WEIGHTS_ENTRY));
    }

    @Test
    void theShippedModelsFeaturesGiveTheSameSums() {
        assertSameSums(model.getFactory().createFeatureGenerators(), model.getFactory().createFeatureGenerators());
    }

    @Test
    void openNlpsOwnWindowAndPrefixGeneratorsGiveTheSameSums() {
        // Generators FeatureRows reads by word or by parts, and one it runs as it is (the sentence generator).
        AdaptiveFeatureGenerator[] gs = {
            new WindowFeatureGenerator(new TokenClassFeatureGenerator(true), 2, 2),
            new SentenceWindowFeatureGenerator(new TokenClassFeatureGenerator(true), 1, 2),
            new PrefixFeatureGenerator(3), new SuffixFeatureGenerator(3), new PreviousMapFeatureGenerator(),
            new BigramNameFeatureGenerator(), new SentenceFeatureGenerator(true, true)};
        AdaptiveFeatureGenerator[] again = {
            new WindowFeatureGenerator(new TokenClassFeatureGenerator(true), 2, 2),
            new SentenceWindowFeatureGenerator(new TokenClassFeatureGenerator(true), 1, 2),
            new PrefixFeatureGenerator(3), new SuffixFeatureGenerator(3), new PreviousMapFeatureGenerator(),
            new BigramNameFeatureGenerator(), new SentenceFeatureGenerator(true, true)};
        assertSameSums(new opennlp.tools.util.featuregen.AggregatedFeatureGenerator(gs),
                new opennlp.tools.util.featuregen.AggregatedFeatureGenerator(again));
    }

    private static void assertSameSums(AdaptiveFeatureGenerator reference, AdaptiveFeatureGenerator generator) {
        FeatureRows rows = FeatureRows.of(generator, null, weights);
        int words = 0;
        int nonZero = 0;
        for (int round = 0; round < 2; round++) {
            for (List<String> document : DOCUMENTS) {
                reference.clearAdaptiveData();
                rows.clearAdaptiveData();
                for (String sentence : document) {
                    String[] tokens = sentence.isEmpty() ? new String[0] : sentence.split(" ");
                    rows.startSentence(tokens);
                    for (int i = 0; i < tokens.length; i++) {
                        List<String> features = new ArrayList<>();
                        reference.createFeatures(features, tokens, i, null);
                        double[] expected = new double[weights.outcomeCount()];
                        features.forEach(f -> weights.addTo(expected, f));
                        double[] found = new double[weights.outcomeCount()];
                        rows.addTo(found, tokens, i);
                        assertEquals(bits(expected), bits(found), tokens[i] + " in " + sentence);
                        words++;
                        nonZero += Arrays.stream(found).anyMatch(d -> d != 0) ? 1 : 0;
                    }
                    // Outcomes that vary by word, so that the previous-decision features vary.
                    String[] outcomes = new String[tokens.length];
                    for (int i = 0; i < tokens.length; i++) {
                        outcomes[i] = weights.outcome((tokens[i].length() + i) % weights.outcomeCount());
                    }
                    reference.updateAdaptiveData(tokens, outcomes);
                    rows.updateAdaptiveData(tokens, outcomes);
                }
            }
        }
        assertTrue(nonZero > words / 2, nonZero + " of " + words + " words have known features");
    }

    private static String bits(double[] scores) {
        StringBuilder sb = new StringBuilder();
        for (double d : scores) {
            sb.append(Long.toHexString(Double.doubleToLongBits(d))).append(' ');
        }
        return sb.toString();
    }

    @Test
    void aFeatureGivenInPartsHasTheRowOfTheWholeString() {
        AbstractModel maxent = model.getArtifact(NameFinderModels.WEIGHTS_ENTRY);
        @SuppressWarnings("unchecked")
        Map<String, Context> byFeature = (Map<String, Context>) maxent.getDataStructures()[1];
        int checked = 0;
        for (String f : byFeature.keySet()) {
            if (checked++ % 53 != 0) {
                continue;
            }
            int whole = weights.row(f);
            int a = Math.min(f.length(), 2);
            int b = Math.min(f.length(), a + f.length() / 3);
            int c = Math.min(f.length(), b + 1);
            assertEquals(whole, weights.row(f.substring(0, a), f.substring(a, b), f.substring(b, c), f.substring(c)), f);
            assertEquals(whole, weights.row(f.substring(0, b), f.substring(b)), f);
            assertEquals(whole, weights.row("", f), f);
        }
        assertEquals(-1, weights.row("w=", "no-such-word-in-any-training-text"));
        assertEquals(-1, weights.row("pw,w=", "Łódź", ",", "'s-no-such-pair"));
        String longWord = "w=" + "x".repeat(200);
        assertEquals(weights.row(longWord), weights.row("w=", "x".repeat(200)));
    }
}
