package org.newskg.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.Random;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.util.BeamSearchContextGenerator;
import org.junit.jupiter.api.Test;

/** The cheaper evaluation gives the very doubles GISModel.eval gives, for the taggers' and lemmatizer's contexts. */
class GisEvalTest {

    private static final String[] SENTENCES = {
        "Ghana 's foreign minister met her Chilean counterpart in Accra on Friday , officials said .",
        "The talks , which lasted six hours , ended without an agreement on fishing quotas",
        "\" We are not going to accept this , \" said Ana Lopez , a spokeswoman for the ministry .",
    };

    @Test
    void evaluatesAsTheModelForPosTagsAndLemmas() throws IOException {
        POSModel ud = new POSModel(resource("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin"));
        POSModel penn = new POSModel(resource("/en-pos-maxent.bin"));
        LemmatizerModel lemmas = new LemmatizerModel(resource("/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin"));
        int compared = 0;
        for (POSModel pos : new POSModel[] {ud, penn}) {
            compared += compare((MaxentModel) pos.getArtifact("pos.model"), pos.getFactory().getPOSContextGenerator(3),
                    null);
        }
        POSTaggerME tagger = new POSTaggerME(ud, POSTagFormat.UD);
        for (String s : SENTENCES) {
            compared += compare((MaxentModel) lemmas.getArtifact("lemmatizer.model"),
                    lemmas.getFactory().getContextGenerator(), tagger.tag(s.split(" ")));
        }
        assertTrue(compared > 100, "compared " + compared);
    }

    private static int compare(MaxentModel model, BeamSearchContextGenerator<String> generator, String[] tags) {
        GisEval eval = GisEval.of(model).orElseThrow();
        Random random = new Random(5);
        int compared = 0;
        for (String sentence : SENTENCES) {
            String[] words = sentence.split(" ");
            if (tags != null && tags.length != words.length) {
                continue;
            }
            for (int i = 0; i < words.length; i++) {
                String[] previous = new String[i];
                for (int k = 0; k < i; k++) {
                    previous[k] = model.getOutcome(random.nextInt(model.getNumOutcomes()));
                }
                String[] context = generator.getContext(i, words, previous, tags == null ? null : new Object[] {tags});
                double[] expected = model.eval(context, new double[model.getNumOutcomes()]);
                assertArrayEquals(expected, eval.eval(context), 0.0, sentence + " @" + i);
                // again, now that its exponentials are remembered
                assertArrayEquals(expected, eval.eval(context), 0.0, sentence + " @" + i + ", again");
                compared++;
            }
        }
        return compared;
    }

    private static InputStream resource(String name) {
        return GisEvalTest.class.getResourceAsStream(name);
    }
}
