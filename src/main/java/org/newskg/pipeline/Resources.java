package org.newskg.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.newskg.NewsKgException;
import org.newskg.extract.entity.EntityRecognizer;
import org.newskg.extract.entity.NameFinderModels;
import org.newskg.extract.fact.FactExtractor;
import org.newskg.extract.time.TemporalTagger;
import org.newskg.kb.Capitals;
import org.newskg.kb.KnowledgeBase;
import org.newskg.link.Linker;
import org.newskg.nlp.NlpAnnotator;
import org.newskg.nlp.NlpModels;

/**
 * Everything the pipeline loads once per process: the OpenNLP models, the knowledge base, the
 * lexicons, the temporal tagger's calendars and the fact extractor's lexicons.
 *
 * <pre>{@code
 * Resources r = Resources.load(Path.of("data"));
 * Pipeline p = r.newPipeline();   // one per thread
 * }</pre>
 * Immutable and thread-safe; the pipelines made from it are not.
 */
public final class Resources {

    private final NlpModels models;
    private final KnowledgeBase kb;
    private final EntityRecognizer recognizer;
    private final TemporalTagger tagger;
    private final FactExtractor facts;
    private final Linker linker;

    private Resources(NlpModels models, KnowledgeBase kb, EntityRecognizer recognizer, TemporalTagger tagger,
                      FactExtractor facts) {
        this.models = models;
        this.kb = kb;
        this.recognizer = recognizer;
        this.tagger = tagger;
        this.facts = facts;
        this.linker = new Linker(kb);
    }

    public static Resources load(Path dataDir) {
        return load(dataDir, List.of());
    }

    /** The default name finder model, relative to the data directory. */
    public static final String DEFAULT_NER_MODEL = "models/en-ner.bin";

    /**
     * Like {@link #load(Path)}, with these OpenNLP name finder models (e.g. {@code dataDir/models/en-ner.bin})
     * as the statistical backbone of recognition. With no model given, the data directory's
     * {@value #DEFAULT_NER_MODEL} is used when it exists, else the knowledge base and patterns alone.
     */
    public static Resources load(Path dataDir, List<Path> nerModels) {
        if (!Files.isDirectory(dataDir)) {
            throw new NewsKgException("data directory " + dataDir + " does not exist (use --data DIR, or run kg from the newskg folder)");
        }
        KnowledgeBase kb = KnowledgeBase.load(dataDir);
        List<Path> models = nerModels.isEmpty() ? shippedModel(dataDir) : nerModels;
        EntityRecognizer recognizer = EntityRecognizer.load(dataDir, kb)
                .withModels(models.stream().map(NameFinderModels::load).toList());
        return new Resources(NlpModels.load(), kb, recognizer, TemporalTagger.load(dataDir),
                FactExtractor.load(dataDir, new KbPlaceCountries(kb, Capitals.load(dataDir))));
    }

    /** The default model when the data directory has one (a trimmed data folder may not). */
    private static List<Path> shippedModel(Path dataDir) {
        Path model = dataDir.resolve(DEFAULT_NER_MODEL);
        return Files.isRegularFile(model) ? List.of(model) : List.of();
    }

    public Pipeline newPipeline() {
        return new Pipeline(models.newAnnotator(), recognizer, tagger, facts, linker);
    }

    /** A new annotator (one per thread), for callers that run the stages themselves, like {@code kg eval}. */
    public NlpAnnotator newAnnotator() {
        return models.newAnnotator();
    }

    public EntityRecognizer recognizer() {
        return recognizer;
    }

    public TemporalTagger tagger() {
        return tagger;
    }

    public KnowledgeBase knowledgeBase() {
        return kb;
    }
}
