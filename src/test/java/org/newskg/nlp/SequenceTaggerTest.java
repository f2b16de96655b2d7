package org.newskg.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import opennlp.tools.chunker.ChunkerME;
import opennlp.tools.chunker.ChunkerModel;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.util.TokenTag;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.ingest.Article;

/** The faster taggers decide exactly as OpenNLP's own *ME tools, on real articles and the real models. */
class SequenceTaggerTest {

    private static final String OWN_TEXT = """
            OSLO, March 3 - Norway's prime minister met the visiting Chilean foreign minister on Monday and the two
            signed an agreement on salmon farming, officials said. "We have been working on this for years," she told
            reporters. The ministers will meet again in Santiago in May; talks on fishing quotas were postponed.
            Protesters gathered outside the parliament, where lawmakers were debating a bill that would raise taxes.
            """;

    static List<String[]> sentences = new ArrayList<>();
    static POSModel ud;
    static POSModel penn;
    static LemmatizerModel lemmas;
    static ChunkerModel chunks;

    @BeforeAll
    static void load() throws IOException {
        ud = new POSModel(resource("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin"));
        penn = new POSModel(resource("/en-pos-maxent.bin"));
        lemmas = new LemmatizerModel(resource("/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin"));
        chunks = new ChunkerModel(resource("/en-chunker.bin"));
        NlpAnnotator annotator = NlpModels.load().newAnnotator();
        List<String> texts = new ArrayList<>(List.of(OWN_TEXT));
        try (Stream<Path> files = Files.list(Path.of("data/articles"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(f));
            }
        }
        for (String text : texts) {
            Article a = new Article("t", null, null, null, null, null, null, "en", text, "test");
            for (Sentence s : annotator.annotate(a).sentences()) {
                sentences.add(s.tokens().stream().map(Token::text).toArray(String[]::new));
            }
        }
        assertTrue(sentences.size() > 40, "too few sentences to compare: " + sentences.size());
    }

    private static InputStream resource(String name) {
        return SequenceTaggerTest.class.getResourceAsStream(name);
    }

    @Test
    void tagsAsPosTaggerMeInBothFormats() {
        POSTaggerME udMe = new POSTaggerME(ud, POSTagFormat.UD);
        POSTaggerME pennMe = new POSTaggerME(penn, POSTagFormat.PENN);
        PosTagger udOwn = new PosTagger(ud, POSTagFormat.UD);
        PosTagger pennOwn = new PosTagger(penn, POSTagFormat.PENN);
        for (String[] words : sentences) {
            assertArrayEquals(udMe.tag(words), udOwn.tag(words), String.join(" ", words));
            assertArrayEquals(pennMe.tag(words), pennOwn.tag(words), String.join(" ", words));
        }
    }

    @Test
    void lemmatizesAndChunksAsTheMeTools() {
        POSTaggerME udMe = new POSTaggerME(ud, POSTagFormat.UD);
        POSTaggerME pennMe = new POSTaggerME(penn, POSTagFormat.PENN);
        LemmatizerME lemmaMe = new LemmatizerME(lemmas);
        ChunkerME chunkMe = new ChunkerME(chunks);
        SequenceTagger<String> lemmaOwn = SequenceTagger.lemmas(lemmas);
        SequenceTagger<TokenTag> chunkOwn = SequenceTagger.chunks(chunks);
        for (String[] words : sentences) {
            String[] tags = udMe.tag(words);
            String[] pennTags = pennMe.tag(words);
            assertArrayEquals(lemmaMe.lemmatize(words, tags),
                    LemmatizerME.decodeLemmas(words, lemmaOwn.tag(words, new Object[] {tags}).toArray(new String[0])));
            assertArrayEquals(chunkMe.chunk(words, pennTags),
                    chunkOwn.tag(TokenTag.create(words, pennTags), new Object[0]).toArray(new String[0]));
        }
    }

    @Test
    void theBeamThresholdIsTheSortedScoresKthLargest() {
        Random random = new Random(7);
        for (int round = 0; round < 500; round++) {
            double[] scores = new double[1 + random.nextInt(30)];
            for (int i = 0; i < scores.length; i++) {
                scores[i] = random.nextInt(8) / 8.0;   // many ties, as among equal probabilities
            }
            int k = 1 + random.nextInt(12);
            double[] sorted = scores.clone();
            Arrays.sort(sorted);
            assertEquals(sorted[Math.max(0, sorted.length - k)], BeamDecoder.kthLargest(scores, k), Arrays.toString(scores));
        }
    }

    @Test
    void refilledCandidatesAreThoseANewObjectFinds() {
        Random random = new Random(11);
        for (int k : new int[] {1, 3, 10}) {
            BeamDecoder.Candidates reused = BeamDecoder.Candidates.reusable(k);
            for (int round = 0; round < 300; round++) {
                // ties make more candidates than k, so the refilled arrays must grow and then shrink again
                double[] scores = new double[1 + random.nextInt(40)];
                for (int i = 0; i < scores.length; i++) {
                    scores[i] = random.nextInt(round % 2 == 0 ? 3 : 50) / 64.0 + 1e-3;
                }
                BeamDecoder.Candidates fresh = BeamDecoder.Candidates.of(scores, k);
                assertSame(reused, reused.fill(scores));
                assertEquals(fresh.k(), reused.k());
                assertEquals(fresh.min(), reused.min(), Arrays.toString(scores));
                assertEquals(fresh.count(), reused.count(), Arrays.toString(scores));
                assertTrue(fresh.count() >= Math.min(k, scores.length));
                for (int c = 0; c < fresh.count(); c++) {
                    assertEquals(fresh.outcome(c), reused.outcome(c));
                    // a log remembered for the last array is not given for this one
                    assertEquals(StrictMath.log(scores[fresh.outcome(c)]), reused.log(c, scores));
                    assertEquals(fresh.log(c, scores), reused.log(c, scores));
                }
            }
        }
    }

    @Test
    void aCustomTagFormatIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new PosTagger(ud, POSTagFormat.CUSTOM));
    }
}
