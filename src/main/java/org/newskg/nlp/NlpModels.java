package org.newskg.nlp;

import java.io.IOException;
import java.io.InputStream;
import opennlp.tools.chunker.ChunkerModel;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;
import org.newskg.NewsKgException;

/**
 * The OpenNLP English models (UD English EWT, from the {@code opennlp-models-*-en} artifacts, and the
 * 1.5 Penn Treebank tagger and chunker the chunker needs, from knowitall's {@code opennlp-*-models}), loaded
 * once per process from the classpath. Never from the network: OpenNLP's language-code constructors
 * would download.
 *
 * <pre>{@code
 * NlpModels models = NlpModels.load();          // about a second; do it once
 * NlpAnnotator annotator = models.newAnnotator(); // one per thread
 * }</pre>
 * Models are immutable and thread-safe; the annotators made from them are not.
 */
public final class NlpModels {

    private static final String SENTENCE = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String TOKENS = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    private static final String POS = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    private static final String LEMMAS = "/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";
    private static final String PENN_POS = "/en-pos-maxent.bin";
    private static final String CHUNKER = "/en-chunker.bin";

    private final SentenceModel sentenceModel;
    private final TokenizerModel tokenizerModel;
    private final POSModel posModel;
    private final LemmatizerModel lemmatizerModel;
    private final POSModel pennModel;
    private final ChunkerModel chunkerModel;

    private NlpModels(SentenceModel s, TokenizerModel t, POSModel p, LemmatizerModel l, POSModel penn, ChunkerModel c) {
        this.sentenceModel = s;
        this.tokenizerModel = t;
        this.posModel = p;
        this.lemmatizerModel = l;
        this.pennModel = penn;
        this.chunkerModel = c;
    }

    /** Loads the six models from the classpath; fails with a message naming the missing artifact. */
    public static NlpModels load() {
        return new NlpModels(
                read(SENTENCE, SentenceModel::new),
                read(TOKENS, TokenizerModel::new),
                read(POS, POSModel::new),
                read(LEMMAS, LemmatizerModel::new),
                read(PENN_POS, POSModel::new),
                read(CHUNKER, ChunkerModel::new));
    }

    /** A new annotator using these models; give each thread its own. */
    public NlpAnnotator newAnnotator() {
        return new NlpAnnotator(sentenceModel, tokenizerModel, posModel, lemmatizerModel, pennModel, chunkerModel);
    }

    private interface ModelReader<M> {
        M read(InputStream in) throws IOException;
    }

    private static <M> M read(String resource, ModelReader<M> reader) {
        try (InputStream in = NlpModels.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new NewsKgException("OpenNLP model " + resource
                        + " is not on the classpath (is an opennlp-models-*-en or opennlp-*-models dependency missing?)");
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new NewsKgException("cannot read OpenNLP model " + resource + ": " + e.getMessage(), e);
        }
    }
}
