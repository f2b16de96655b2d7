package org.newskg.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.Random;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Penn tagger's shortcut gives the very doubles GISModel.eval gives over OpenNLP's own features. */
class PennPosScorerTest {

    // hyphens, capitals, digits, short words (prefixes longer than the word), a word repeated at other positions
    private static final String[] SENTENCES = {
        "Kenya 's president met his Peruvian counterpart in Lima on Tuesday and the two signed a trade deal .",
        "\" We will not accept this , \" the foreign-policy chief told 12 reporters after talks that lasted 6.5 hours .",
        "A B c",
        "Talks",
        "The talks , the first since 2019 , ended in the Kenyan capital .",
    };

    static POSModel penn;
    static POSModel ud;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream p = PennPosScorerTest.class.getResourceAsStream("/en-pos-maxent.bin");
             InputStream u = PennPosScorerTest.class.getResourceAsStream("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin")) {
            penn = new POSModel(p);
            ud = new POSModel(u);
        }
    }

    @Test
    void scoresEveryPositionAsTheModelDoesAfterAnyPreviousTags() {
        MaxentModel model = (MaxentModel) penn.getArtifact("pos.model");
        PennPosScorer scorer = PennPosScorer.of(penn, model, penn.getFactory().getPOSContextGenerator(0)).orElseThrow();
        Random random = new Random(7);
        int compared = 0;
        for (int round = 0; round < 2; round++) {   // the second round reads the words' rows kept from the first
            for (String sentence : SENTENCES) {
                String[] words = sentence.split(" ");
                BeamDecoder.Scores scores = scorer.sentence(words);
                for (int i = 0; i < words.length; i++) {
                    // several histories per position, some repeated, as the hypotheses of a beam are
                    for (int h = 0; h < 8; h++) {
                        String[] previous = new String[i];
                        for (int k = 0; k < i; k++) {
                            previous[k] = model.getOutcome(random.nextInt(h % 3 == 0 ? 2 : model.getNumOutcomes()));
                        }
                        // a fresh generator each time: OpenNLP's keeps a cache by position and tags
                        POSContextGenerator generator = penn.getFactory().getPOSContextGenerator(0);
                        double[] expected = model.eval(generator.getContext(i, words, previous, null));
                        assertArrayEquals(expected, scores.at(i, previous), 0.0, sentence + " @" + i);
                        compared++;
                    }
                }
            }
        }
        assertTrue(compared > 500, "compared " + compared);
    }

    @Test
    void isNotOfferedForTheUdTaggersConfigurableFeatures() {
        MaxentModel model = (MaxentModel) ud.getArtifact("pos.model");
        assertTrue(PennPosScorer.of(ud, model, ud.getFactory().getPOSContextGenerator(3)).isEmpty());
    }
}
