package org.newskg.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import org.newskg.NewsKgException;
import org.newskg.extract.entity.EntityRecognizer;
import org.newskg.extract.fact.FactExtractor;
import org.newskg.extract.time.TemporalTagger;
import org.newskg.kb.KnowledgeBase;
import org.newskg.link.Linker;
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
        if (!Files.isDirectory(dataDir)) {
            throw new NewsKgException("data directory " + dataDir + " does not exist (use --data DIR, or run kg from the newskg folder)");
        }
        KnowledgeBase kb = KnowledgeBase.load(dataDir);
        return new Resources(NlpModels.load(), kb, EntityRecognizer.load(dataDir, kb), TemporalTagger.load(dataDir),
                FactExtractor.load(dataDir));
    }

    public Pipeline newPipeline() {
        return new Pipeline(models.newAnnotator(), recognizer, tagger, facts, linker);
    }

    public KnowledgeBase knowledgeBase() {
        return kb;
    }
}
