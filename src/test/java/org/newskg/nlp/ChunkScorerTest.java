package org.newskg.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.Random;
import opennlp.tools.chunker.ChunkerContextGenerator;
import opennlp.tools.chunker.ChunkerModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.util.BeamSearchContextGenerator;
import opennlp.tools.util.TokenTag;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The chunker's shortcut gives the very doubles GISModel.eval gives over OpenNLP's own features. */
class ChunkScorerTest {

    private static final String[] SENTENCES = {
        "Kenya 's president met his Peruvian counterpart in Lima on Tuesday and the two signed a trade deal .",
        "\" We will not accept this , \" the foreign minister told reporters after talks that lasted six hours .",
        "Protesters marched through the capital demanding that the government resign",
        "Talks",
        // word pairs met before (the scorer keeps each pair's features across sentences) and twice in one sentence
        "the two signed a trade deal and the two left the capital after talks that lasted six hours",
    };

    static ChunkerModel chunks;
    static POSModel penn;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream c = ChunkScorerTest.class.getResourceAsStream("/en-chunker.bin");
             InputStream p = ChunkScorerTest.class.getResourceAsStream("/en-pos-maxent.bin")) {
            chunks = new ChunkerModel(c);
            penn = new POSModel(p);
        }
    }

    @Test
    void scoresEveryPositionAsTheModelDoesAfterAnyPreviousOutcomes() {
        MaxentModel model = (MaxentModel) chunks.getArtifact("chunker.model");
        ChunkerContextGenerator generator = chunks.getFactory().getContextGenerator();
        ChunkScorer scorer = ChunkScorer.of(model, generator).orElseThrow();
        POSTaggerME tagger = new POSTaggerME(penn, POSTagFormat.PENN);
        Random random = new Random(11);
        int compared = 0;
        for (String sentence : SENTENCES) {
            String[] words = sentence.split(" ");
            TokenTag[] items = TokenTag.create(words, tagger.tag(words));
            BeamDecoder.Scores scores = scorer.sentence(items);
            for (int i = 0; i < words.length; i++) {
                // several random histories per position, some repeated, as the hypotheses of a beam are
                for (int h = 0; h < 12; h++) {
                    String[] previous = new String[i];
                    for (int k = 0; k < i; k++) {
                        previous[k] = model.getOutcome(random.nextInt(h % 3 == 0 ? 2 : model.getNumOutcomes()));
                    }
                    double[] expected = model.eval(generator.getContext(i, items, previous, new Object[0]));
                    assertArrayEquals(expected, scores.at(i, previous), 0.0, sentence + " @" + i);
                    compared++;
                }
            }
        }
        assertTrue(compared > 300, "compared " + compared);
    }

    @Test
    void isOnlyOfferedForTheGeneratorItReproduces() {
        MaxentModel model = (MaxentModel) chunks.getArtifact("chunker.model");
        BeamSearchContextGenerator<TokenTag> other = (i, items, previous, extra) -> new String[] {"w0=" + items[i].token()};
        assertTrue(ChunkScorer.of(model, other).isEmpty());
        assertSame(ChunkScorer.class, ChunkScorer.of(model, chunks.getFactory().getContextGenerator()).orElseThrow().getClass());
    }
}
