package org.newskg.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Random;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The UD tagger's shortcut gives the very doubles GISModel.eval gives over OpenNLP's own (cached) features. */
class UdPosScorerTest {

    // hyphens, capitals, initials, digits, short words, letters beyond ASCII, a word repeated at other positions
    private static final String[] SENTENCES = {
        "Ruritania 's president met his Borduvian counterpart in Strelsau on Tuesday and the two signed a trade deal .",
        "\" We will not accept this , \" the foreign-policy chief told 12 reporters after talks that lasted 6.5 hours .",
        "A B c",
        "Talks",
        "J. Doe , the ÉCOLE 's head , flew to İzmir on 3rd May ; co-op shares rose 1,200 % !",
        "The talks , the first since 2019 , ended in the Ruritanian capital .",
    };

    static POSModel ud;
    static POSModel penn;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream u = UdPosScorerTest.class.getResourceAsStream("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin");
             InputStream p = UdPosScorerTest.class.getResourceAsStream("/en-pos-maxent.bin")) {
            ud = new POSModel(u);
            penn = new POSModel(p);
        }
    }

    @Test
    void scoresEveryPositionAsTheModelDoesWithTheGeneratorsCache() {
        MaxentModel model = (MaxentModel) ud.getArtifact("pos.model");
        UdPosScorer scorer = UdPosScorer.of(model, ud.getFactory().getPOSContextGenerator(3)).orElseThrow();
        Random random = new Random(11);
        int compared = 0;
        for (int round = 0; round < 2; round++) {   // the second round reads the words' rows kept from the first
            for (String sentence : SENTENCES) {
                String[] words = sentence.split(" ");
                BeamDecoder.Scores scores = scorer.sentence(words);
                // one generator per sentence, asked in the beam's order: its cache keeps the first history's features
                POSContextGenerator generator = ud.getFactory().getPOSContextGenerator(3);
                for (int i = 0; i < words.length; i++) {
                    for (int h = 0; h < 3; h++) {
                        String[] previous = new String[i];
                        for (int k = 0; k < i; k++) {
                            previous[k] = model.getOutcome(random.nextInt(model.getNumOutcomes()));
                        }
                        double[] expected = model.eval(generator.getContext(i, words, previous, null));
                        assertArrayEquals(expected, scores.at(i, previous), 0.0, sentence + " @" + i + " history " + h);
                        compared++;
                    }
                }
            }
        }
        assertTrue(compared > 300, "compared " + compared);
    }

    @Test
    void writesTheGeneratorsFeatureStrings() {
        POSContextGenerator generator = ud.getFactory().getPOSContextGenerator(3);
        for (String sentence : SENTENCES) {
            String[] words = sentence.split(" ");
            String[] tags = new String[words.length];
            Arrays.fill(tags, "NOUN");
            for (int i = 0; i < words.length; i++) {
                String[] previous = Arrays.copyOf(tags, i);
                assertEquals(Arrays.asList(generator.getContext(i, words, previous, null)),
                        UdPosScorer.features(words, i, previous), sentence + " @" + i);
            }
        }
    }

    @Test
    void tagsAsOpenNlpsTagger() {
        PosTagger fast = new PosTagger(ud, opennlp.tools.postag.POSTagFormat.UD);
        POSTaggerME own = new POSTaggerME(ud, opennlp.tools.postag.POSTagFormat.UD);
        for (String sentence : SENTENCES) {
            String[] words = sentence.split(" ");
            assertArrayEquals(own.tag(words), fast.tag(words), sentence);
        }
    }

    @Test
    void isNotOfferedForThePennTaggersFeatures() {
        MaxentModel model = (MaxentModel) penn.getArtifact("pos.model");
        assertTrue(UdPosScorer.of(model, penn.getFactory().getPOSContextGenerator(0)).isEmpty());
    }
}
