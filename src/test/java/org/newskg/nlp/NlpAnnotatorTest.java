package org.newskg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.ingest.Article;

/** Sentences, Penn tags and chunks from the real OpenNLP models. */
class NlpAnnotatorTest {

    static NlpAnnotator annotator;

    @BeforeAll
    static void load() {
        annotator = NlpModels.load().newAnnotator();
    }

    private static AnnotatedText annotate(String text) {
        return annotator.annotate(new Article("t", null, null, null, null, null, null, "en", text, "test"));
    }

    private static Token token(Sentence s, String word) {
        return s.tokens().stream().filter(t -> t.text().equals(word)).findFirst().orElseThrow();
    }

    @Test
    void aLemmaDoesNotDependOnWhatTheAnnotatorSawBefore() {
        String first = "The minister left the meeting early. Talks on the leaves of the treaty found no end; she saw them off.";
        String second = "Protesters found the minister, who left after meetings that saw leaves falling and lives lost.";
        NlpAnnotator fresh = NlpModels.load().newAnnotator();
        List<String> alone = lemmas(fresh.annotate(article(second)));
        annotator.annotate(article(first));
        assertEquals(alone, lemmas(annotator.annotate(article(second))));
    }

    private static Article article(String text) {
        return new Article("t", null, null, null, null, null, null, "en", text, "test");
    }

    private static List<String> lemmas(AnnotatedText text) {
        return text.sentences().stream().flatMap(s -> s.tokens().stream()).map(Token::lemma).toList();
    }

    @Test
    void chunksGroupTheSubjectTheLightVerbAndTheObject() {
        Sentence s = annotate("Peruvian President Alan Garcia on Monday held lengthy talks with Bolivian leaders.").sentences().get(0);
        assertEquals("B-NP", token(s, "Peruvian").chunk());
        assertEquals("I-NP", token(s, "Garcia").chunk());
        assertEquals("PP", token(s, "on").chunkType());
        assertEquals("B-VP", token(s, "held").chunk());
        assertEquals("VBD", token(s, "held").penn());
        assertEquals("NP", token(s, "talks").chunkType());
        assertEquals("B-PP", token(s, "with").chunk());
    }

    @Test
    void aPassiveKeepsItsPastParticiple() {
        Sentence s = annotate("The envoy was received by the emir in Doha.").sentences().get(0);
        assertEquals("VBN", token(s, "received").penn());
        assertEquals("VP", token(s, "was").chunkType());
    }

    @Test
    void anAbbreviatedMonthBeforeItsDayEndsNoSentence() {
        List<Sentence> sentences = annotate("LIMA, Feb. 13 (Andina) - Peru and Chile met. They agreed.").sentences();
        assertEquals(2, sentences.size(), sentences.toString());
        assertEquals("LIMA, Feb. 13 (Andina) - Peru and Chile met.", sentences.get(0).text());
    }

    @Test
    void anAbbreviationWrittenBeforeNamesEndsNoSentence() {
        List<Sentence> sentences = annotate("The leaders will meet in St. Petersburg in June. Gen. Amadou Sow "
                + "said the talks with Sen. Jane Q. Roe of Ohio went well. They ended on Friday.").sentences();
        assertEquals(3, sentences.size(), sentences.toString());
        assertEquals("The leaders will meet in St. Petersburg in June.", sentences.get(0).text());
        assertEquals("Gen. Amadou Sow said the talks with Sen. Jane Q. Roe of Ohio went well.", sentences.get(1).text());
    }

    @Test
    void anInitialismBeforeACapitalizedWordEndsNoSentenceUnlessASentenceOpensThere() {
        List<Sentence> sentences = annotate("Kenyan Prime Minister Raila Odinga met U.S. President Barack Obama on "
                + "Friday and urged the U.N. Security Council to act. He flew home to the U.K. The talks were cordial.").sentences();
        assertEquals(3, sentences.size(), sentences.toString());
        assertEquals("Kenyan Prime Minister Raila Odinga met U.S. President Barack Obama on Friday and urged the U.N. "
                + "Security Council to act.", sentences.get(0).text());
        assertEquals("He flew home to the U.K.", sentences.get(1).text());
    }

    @Test
    void aLongInitialismIsOneTokenAndItsFullStopsEndNoSentence() {
        List<Sentence> sentences = annotate("STRELSAU, R.U.R. (AP) - Jews in the R.U.R., officials said, met John Doe. "
                + "He flew home to the R.U.R. The talks were cordial.").sentences();
        assertEquals(3, sentences.size(), sentences.toString());
        List<String> words = sentences.get(0).tokens().stream().map(Token::text).toList();
        assertEquals(List.of("STRELSAU", ",", "R.U.R.", "(", "AP", ")", "-", "Jews", "in", "the", "R.U.R.", ","),
                words.subList(0, 12), "not 'R.U.', 'R', '.': " + words);
        assertEquals("R.U.R.", sentences.get(1).tokens().get(sentences.get(1).tokens().size() - 1).text());
    }

    @Test
    void tokensWithoutChunksStandOutsideAny() {
        Token t = new Token(0, 3, "met", "VERB", "meet");
        assertEquals("O", t.chunkType());
        assertEquals("", t.penn());
    }
}
