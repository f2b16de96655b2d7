package org.newskg.nlp;

import java.util.List;
import java.util.function.BiFunction;
import opennlp.tools.chunker.ChunkerContextGenerator;
import opennlp.tools.chunker.ChunkerModel;
import opennlp.tools.chunker.ChunkerME;
import opennlp.tools.lemmatizer.LemmatizerContextGenerator;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.SequenceClassificationModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.util.BeamSearchContextGenerator;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.TokenTag;
import opennlp.tools.util.model.BaseModel;

/**
 * What OpenNLP's {@code POSTaggerME}, {@code LemmatizerME} and {@code ChunkerME} do to tag a sentence (the model's
 * own context generator, validator and beam size), decoded by {@link BeamDecoder} instead of OpenNLP's slower beam
 * search, with the same outcomes.
 *
 * <pre>{@code
 * SequenceTagger<String> lemmas = SequenceTagger.lemmas(lemmatizerModel);
 * List<String> scripts = lemmas.tag(words, new Object[] {posTags});   // edit scripts; see LemmatizerME.decodeLemmas
 * }</pre>
 * Not thread-safe (OpenNLP's context generators keep a cache): one per thread.
 */
final class SequenceTagger<T> {

    private final SequenceClassificationModel decoder;
    private final BeamSearchContextGenerator<T> contexts;
    private final SequenceValidator<T> validator;
    // A shortcut to the same scores for one sentence and its extra context, where one exists (ChunkScorer,
    // LemmaScorer, PennPosScorer, UdPosScorer); else null.
    private final BiFunction<T[], Object[], BeamDecoder.Scores> shortcut;

    private SequenceTagger(SequenceClassificationModel decoder, BeamSearchContextGenerator<T> contexts,
                           SequenceValidator<T> validator) {
        this(decoder, contexts, validator, null);
    }

    private SequenceTagger(SequenceClassificationModel decoder, BeamSearchContextGenerator<T> contexts,
                           SequenceValidator<T> validator, BiFunction<T[], Object[], BeamDecoder.Scores> shortcut) {
        this.decoder = decoder;
        this.contexts = contexts;
        this.validator = validator;
        this.shortcut = decoder instanceof BeamDecoder ? shortcut : null;
    }

    /** Part-of-speech tags in the model's own tag set (see {@link PosTagger} for another format). */
    static SequenceTagger<String> pos(POSModel model) {
        int beam = beamSize(model, POSTaggerME.DEFAULT_BEAM_SIZE);
        POSContextGenerator contexts = model.getFactory().getPOSContextGenerator(beam);
        BiFunction<String[], Object[], BeamDecoder.Scores> shortcut = model.getArtifact("pos.model") instanceof MaxentModel maxent
                ? PennPosScorer.of(model, maxent, contexts).<BiFunction<String[], Object[], BeamDecoder.Scores>>map(
                        s -> (words, extra) -> s.sentence(words))
                        .or(() -> UdPosScorer.of(maxent, contexts).map(s -> (words, extra) -> s.sentence(words)))
                        .orElse(null)
                : null;
        return new SequenceTagger<>(decoder(model, "pos.model", beam, model.getPosSequenceModel()),
                contexts, PosValidator.of(model), shortcut);
    }

    /** Lemma edit scripts; the extra context is {@code new Object[] {posTags}}. */
    static SequenceTagger<String> lemmas(LemmatizerModel model) {
        int beam = beamSize(model, LemmatizerME.DEFAULT_BEAM_SIZE);
        LemmatizerContextGenerator contexts = model.getFactory().getContextGenerator();
        BiFunction<String[], Object[], BeamDecoder.Scores> shortcut = model.getArtifact("lemmatizer.model") instanceof MaxentModel maxent
                ? LemmaScorer.of(maxent, contexts).<BiFunction<String[], Object[], BeamDecoder.Scores>>map(s -> s::sentence).orElse(null)
                : null;
        return new SequenceTagger<>(decoder(model, "lemmatizer.model", beam, model.getLemmatizerSequenceModel()),
                contexts, model.getFactory().getSequenceValidator(), shortcut);
    }

    /** Chunk tags (B-NP, I-NP, ...) of token-tag pairs ({@link TokenTag#create}). */
    static SequenceTagger<TokenTag> chunks(ChunkerModel model) {
        int beam = beamSize(model, ChunkerME.DEFAULT_BEAM_SIZE);
        ChunkerContextGenerator contexts = model.getFactory().getContextGenerator();
        BiFunction<TokenTag[], Object[], BeamDecoder.Scores> shortcut = model.getArtifact("chunker.model") instanceof MaxentModel maxent
                ? ChunkScorer.of(maxent, contexts).<BiFunction<TokenTag[], Object[], BeamDecoder.Scores>>map(s -> (items, extra) -> s.sentence(items)).orElse(null)
                : null;
        SequenceClassificationModel decoder = decoder(model, "chunker.model", beam, model.getChunkerSequenceModel());
        SequenceValidator<TokenTag> validator = model.getFactory().getSequenceValidator();
        return new SequenceTagger<>(decoder, contexts,
                ChunkValidator.of(validator, decoder.getOutcomes()).orElse(validator), shortcut);
    }

    /** The best outcome for each item, in order. */
    List<String> tag(T[] items, Object[] extra) {
        if (shortcut != null) {
            return ((BeamDecoder) decoder).bestSequence(items, shortcut.apply(items, extra), validator).getOutcomes();
        }
        return decoder.bestSequence(items, extra, contexts, validator).getOutcomes();
    }

    String[] outcomes() {
        return decoder.getOutcomes();
    }

    private static int beamSize(BaseModel model, int fallback) {
        String declared = model.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
        return declared == null ? fallback : Integer.parseInt(declared);
    }

    // A model that is not a maxent model (a perceptron sequence model, say) keeps OpenNLP's own decoder.
    private static SequenceClassificationModel decoder(BaseModel model, String entry, int beam,
                                                       SequenceClassificationModel own) {
        Object artifact = model.getArtifact(entry);
        return artifact instanceof MaxentModel maxent ? new BeamDecoder(beam, maxent) : own;
    }
}
