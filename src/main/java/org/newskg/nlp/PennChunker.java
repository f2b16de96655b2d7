package org.newskg.nlp;

import opennlp.tools.chunker.ChunkerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.util.TokenTag;

/**
 * The 1.5 Penn Treebank tagger and the chunker it feeds (the chunker was trained on real Penn tags; the UD tagger's
 * Penn output is lossy, so a second tagger runs), for {@link PennLayer}s to call when a sentence's tags are first
 * asked for.
 *
 * <pre>{@code
 * PennChunker tools = new PennChunker(pennModel, chunkerModel);
 * String[] tags = tools.tags(words);
 * String[] chunks = tools.chunks(words, tags);   // B-NP, I-NP, B-VP, ...
 * }</pre>
 * Thread-safe (the OpenNLP tools inside are not, so each call holds this object's lock); still, give each
 * annotator its own, so that threads never wait for each other.
 */
final class PennChunker {

    private static final Object[] NO_CONTEXT = new Object[0];

    private final PosTagger tagger;
    private final SequenceTagger<TokenTag> chunker;

    PennChunker(POSModel penn, ChunkerModel chunks) {
        this.tagger = new PosTagger(penn, POSTagFormat.PENN);
        this.chunker = SequenceTagger.chunks(chunks);
    }

    synchronized String[] tags(String[] words) {
        return ProgressiveTags.correct(words, tagger.tag(words));
    }

    synchronized String[] chunks(String[] words, String[] tags) {
        return chunker.tag(TokenTag.create(words, tags), NO_CONTEXT).toArray(new String[0]);
    }
}
