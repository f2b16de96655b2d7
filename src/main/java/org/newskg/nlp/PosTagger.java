package org.newskg.nlp;

import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTagFormatMapper;

/**
 * Tags words with parts of speech in a chosen format (UD or Penn), as OpenNLP's {@code POSTaggerME} does (its format
 * guessed from the model's tags, converted when it differs), decoded by {@link BeamDecoder}.
 *
 * <pre>{@code
 * PosTagger penn = new PosTagger(pennModel, POSTagFormat.PENN);
 * String[] tags = penn.tag(new String[] {"Ministers", "met", "."});
 * }</pre>
 * Not thread-safe: one per thread.
 */
final class PosTagger {

    private final SequenceTagger<String> tagger;
    private final POSTagFormat format;
    private final POSTagFormatMapper mapper;

    PosTagger(POSModel model, POSTagFormat format) {
        if (format == POSTagFormat.CUSTOM) {
            throw new IllegalArgumentException("a tagger needs a known tag format (UD or PENN), got " + format);
        }
        this.tagger = SequenceTagger.pos(model);
        this.format = format;
        // The mapper's constructor is protected; POSTaggerME builds it from the model's tags in the same way.
        this.mapper = new POSTagFormatMapper(tagger.outcomes()) { };
    }

    String[] tag(String[] words) {
        List<String> tags = tagger.tag(words, null);
        return mapper.getGuessedFormat() == format ? tags.toArray(new String[0]) : mapper.convertTags(tags);
    }
}
