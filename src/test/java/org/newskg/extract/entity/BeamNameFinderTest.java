package org.newskg.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.SequenceClassificationModel;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.TokenNameFinder;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.Span;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.TokenClassFeatureGenerator;
import opennlp.tools.util.featuregen.TokenFeatureGenerator;
import opennlp.tools.util.featuregen.WindowFeatureGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * newskg's beam search and weight table against OpenNLP's own beam search over the shipped model, on
 * sentences written for the test: the same names, types and probabilities.
 */
class BeamNameFinderTest {

    private static TokenNameFinderModel model;

    /** Three short written documents (a headline, a dateline, a long sentence with several names). */
    private static final List<List<String>> DOCUMENTS = List.of(
            List.of("PRIME MINISTER OKONJO-IWEALA VISITS ABUJA MARKET",
                    "ABUJA , March 3 ( Reuters ) - Nigerian Finance Minister Wale Edun met officials of the African Development Bank on Tuesday .",
                    "Edun said the bank 's president , Akinwumi Adesina , had promised support for farmers in Kano and Kaduna ."),
            List.of("Chilean President Gabriel Boric and Argentine counterpart Javier Milei spoke by telephone on Sunday , the presidency in Santiago said .",
                    "Boric told Milei that Chile would host a meeting of the Pacific Alliance in Valparaiso in June ."),
            List.of("The European Commission fined Meta Platforms 798 million euros over Facebook Marketplace , Brussels said .",
                    "Margrethe Vestager , who led competition policy , said the fine was \" a clear message \" to Silicon Valley ."));

    @BeforeAll
    static void loadModel() {
        model = NameFinderModels.load(Path.of("data").resolve("models/en-ner.bin"));
    }

    @Test
    void findsWhatOpenNlpsBeamSearchFindsWithTheSameProbabilities() {
        TokenNameFinder ours = NameFinderSource.of(model).newFinder();
        assertInstanceOf(BeamNameFinder.class, ours);
        Reference theirs = new Reference(model);
        int names = 0;
        for (List<String> document : DOCUMENTS) {
            ours.clearAdaptiveData();
            theirs.clearAdaptiveData();
            for (String sentence : document) {
                String[] words = sentence.split(" ");
                Span[] expected = theirs.find(words);
                Span[] found = ours.find(words);
                assertEquals(Arrays.asList(expected), Arrays.asList(found), sentence);
                for (int i = 0; i < found.length; i++) {
                    assertEquals(expected[i].getProb(), found[i].getProb(), 1e-9, sentence);
                }
                names += found.length;
            }
        }
        assertTrue(names >= 15, "the written documents hold many names; found " + names);
    }

    @Test
    void theWeightTableGivesEachFeaturesWeightsAndNothingForUnknownFeatures() {
        AbstractModel maxent = model.getArtifact("nameFinder.model");
        FeatureWeights weights = FeatureWeights.of(maxent);
        Object[] data = maxent.getDataStructures();
        @SuppressWarnings("unchecked")
        Map<String, Context> byFeature = (Map<String, Context>) data[1];
        int checked = 0;
        for (Map.Entry<String, Context> e : byFeature.entrySet()) {
            if (checked++ % 97 != 0) {
                continue;
            }
            double[] expected = new double[weights.outcomeCount()];
            Context c = e.getValue();
            for (int k = 0; k < c.getOutcomes().length; k++) {
                expected[c.getOutcomes()[k]] = c.getParameters()[k];
            }
            double[] found = new double[weights.outcomeCount()];
            weights.addTo(found, new String(e.getKey()));
            assertEquals(Arrays.toString(expected), Arrays.toString(found), e.getKey());
        }
        double[] none = new double[weights.outcomeCount()];
        weights.addTo(none, "w=no-such-word-in-any-training-text");
        assertEquals(Arrays.toString(new double[weights.outcomeCount()]), Arrays.toString(none));
    }

    @Test
    void theSentenceWindowGivesOpenNlpsWindowFeaturesInTheSameOrder() {
        String[] words = "Former Kenyan President Uhuru Kenyatta arrived in Addis Ababa on Monday .".split(" ");
        AdaptiveFeatureGenerator theirs = new WindowFeatureGenerator(new TokenClassFeatureGenerator(true), 2, 2);
        AdaptiveFeatureGenerator ours = new SentenceWindowFeatureGenerator(new TokenClassFeatureGenerator(true), 2, 2);
        AdaptiveFeatureGenerator theirWords = new WindowFeatureGenerator(new TokenFeatureGenerator(true), 2, 2);
        AdaptiveFeatureGenerator ourWords = new SentenceWindowFeatureGenerator(new TokenFeatureGenerator(true), 2, 2);
        for (int i = 0; i < words.length; i++) {
            assertEquals(features(theirs, words, i), features(ours, words, i));
            assertEquals(features(theirWords, words, i), features(ourWords, words, i));
        }
        String[] other = "Talks resumed in Doha .".split(" ");
        assertEquals(features(theirs, other, 0), features(ours, other, 0), "a new sentence is not read from the last one's features");
        // Words met in earlier sentences come from the word cache, at other positions and with other neighbours.
        String[] again = "On Monday Kenyatta arrived in Doha , Former President of Kenyan talks .".split(" ");
        for (int i = 0; i < again.length; i++) {
            assertEquals(features(theirs, again, i), features(ours, again, i));
            assertEquals(features(theirWords, again, i), features(ourWords, again, i));
        }
    }

    private static List<String> features(AdaptiveFeatureGenerator g, String[] words, int i) {
        List<String> out = new ArrayList<>();
        g.createFeatures(out, words, i, null);
        return out;
    }

    /**
     * OpenNLP's BeamSearch over the same model and context generator, each evaluation on fresh scores (as
     * BeamSearch over a GIS model has it; see BeamNameFinder on the quasi-Newton model).
     */
    private static final class Reference {

        private final NameContextGenerator contexts = model.getFactory().createContextGenerator();
        private final SequenceCodec<String> codec = model.getFactory().createSequenceCodec();
        private final SequenceClassificationModel search;

        Reference(TokenNameFinderModel model) {
            MaxentModel maxent = model.getArtifact("nameFinder.model");
            this.search = new BeamSearch(Integer.parseInt(model.getManifestProperty("BeamSize")), new FreshScores(maxent));
        }

        void clearAdaptiveData() {
            contexts.clearAdaptiveData();
        }

        Span[] find(String[] words) {
            Sequence best = search.bestSequence(words, null, contexts, codec.createSequenceValidator());
            String[] outcomes = best.getOutcomes().toArray(String[]::new);
            contexts.updateAdaptiveData(words, outcomes);
            Span[] spans = codec.decode(best.getOutcomes());
            double[] probs = best.getProbs();
            for (int i = 0; i < spans.length; i++) {
                double p = 0;
                for (int t = spans[i].getStart(); t < spans[i].getEnd(); t++) {
                    p += probs[t];
                }
                spans[i] = new Span(spans[i], p / spans[i].length());
            }
            return spans;
        }
    }

    /** A model that evaluates every context on new scores instead of adding to the array it is given. */
    private record FreshScores(MaxentModel model) implements MaxentModel {

        @Override
        public double[] eval(String[] context) {
            return model.eval(context);
        }

        @Override
        public double[] eval(String[] context, double[] probs) {
            return model.eval(context);
        }

        @Override
        public double[] eval(String[] context, float[] values) {
            return model.eval(context, values);
        }

        @Override
        public String getBestOutcome(double[] outcomes) {
            return model.getBestOutcome(outcomes);
        }

        @Override
        public String getAllOutcomes(double[] outcomes) {
            return model.getAllOutcomes(outcomes);
        }

        @Override
        public String getOutcome(int i) {
            return model.getOutcome(i);
        }

        @Override
        public int getIndex(String outcome) {
            return model.getIndex(outcome);
        }

        @Override
        public int getNumOutcomes() {
            return model.getNumOutcomes();
        }
    }
}
