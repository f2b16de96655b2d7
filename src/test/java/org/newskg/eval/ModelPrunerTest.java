package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;
import org.junit.jupiter.api.Test;
import org.newskg.extract.entity.NameFinderModels;

class ModelPrunerTest {

    @Test
    void aPrunedQuasiNewtonModelKeepsOnlyWeightedFeaturesAndFindsTheSameNames() throws IOException {
        NerTrainer.Settings s = NerTrainerTest.settings("MAXENT_QN", 60);
        NameSample[] samples = ConllReaderTest.parse(NerTrainerTest.corpus()).stream()
                .map(c -> new NameSample(c.tokenArray(), c.names().toArray(Span[]::new), c.documentStart()))
                .toArray(NameSample[]::new);
        NameFinderModels.allowNewskgFeatures();
        TrainingParameters params = TrainingParameters.defaultParams();
        params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT_QN");
        params.put(TrainingParameters.ITERATIONS_PARAM, 60);
        params.put(TrainingParameters.CUTOFF_PARAM, 1);
        TokenNameFinderModel full = NameFinderME.train("en", null, ObjectStreamUtils.createObjectStream(samples), params,
                new TokenNameFinderFactory(s.features(), s.resources(), new BioCodec()));
        TokenNameFinderModel pruned = ModelPruner.prune(full, s.features(), s.resources());

        int fullCount = features(full).size();
        Map<String, Context> kept = features(pruned);
        assertTrue(kept.size() < fullCount, kept.size() + " of " + fullCount + " features kept");
        assertTrue(kept.values().stream().allMatch(c -> Arrays.stream(c.getParameters()).anyMatch(p -> p != 0)));

        NameFinderME before = new NameFinderME(full);
        NameFinderME after = new NameFinderME(pruned);
        for (String sentence : List.of("Minister Tanaka spoke in Recife today .", "Minister Abebe spoke in Mombasa today .",
                "In Lyon , Minister Silva spoke .")) {
            String[] words = sentence.split(" ");
            Span[] expected = before.find(words);
            Span[] found = after.find(words);
            assertEquals(Arrays.asList(expected), Arrays.asList(found), sentence);
            for (int i = 0; i < found.length; i++) {
                assertEquals(expected[i].getProb(), found[i].getProb(), 1e-12, sentence);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Context> features(TokenNameFinderModel model) {
        AbstractModel maxent = model.getArtifact("nameFinder.model");
        return (Map<String, Context>) maxent.getDataStructures()[1];
    }
}
