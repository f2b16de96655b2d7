package org.newskg.pipeline;

import java.time.LocalDate;
import java.util.List;
import org.newskg.Cancellation;
import org.newskg.extract.EntityMention;
import org.newskg.extract.TimeMention;
import org.newskg.extract.Extraction;
import org.newskg.extract.entity.EntityRecognizer;
import org.newskg.extract.fact.FactExtractor;
import org.newskg.extract.time.TemporalTagger;
import org.newskg.ingest.Article;
import org.newskg.link.LinkedExtraction;
import org.newskg.link.Linker;
import org.newskg.nlp.AnnotatedText;
import org.newskg.nlp.NlpAnnotator;

/**
 * Wires the stages for one article: nlp → extract (entities, times, then facts) → link. It only passes records along; each stage
 * does its own work.
 *
 * <pre>{@code
 * LinkedExtraction le = resources.newPipeline().process(article);
 * }</pre>
 * Not thread-safe (it owns OpenNLP tools): one pipeline per thread.
 */
public final class Pipeline {

    private final NlpAnnotator annotator;
    private final EntityRecognizer recognizer;
    private final TemporalTagger tagger;
    private final FactExtractor facts;
    private final Linker linker;
    private final EntityRecognizer.ModelFinders nameFinders;

    Pipeline(NlpAnnotator annotator, EntityRecognizer recognizer, TemporalTagger tagger, FactExtractor facts,
             Linker linker) {
        this.annotator = annotator;
        this.recognizer = recognizer;
        this.tagger = tagger;
        this.facts = facts;
        this.linker = linker;
        this.nameFinders = recognizer.newFinders();
    }

    /**
     * The linked extraction of one article. Between stages (and inside the long ones, sentence by sentence) it
     * stops with a {@link org.newskg.NewsKgException} when its thread is interrupted (see {@link Cancellation}).
     */
    public LinkedExtraction process(Article article) {
        AnnotatedText text = annotator.annotate(article);
        Cancellation.checkpoint();
        Extraction extraction = extract(text);
        Cancellation.checkpoint();
        return linker.link(extraction);
    }

    Extraction extract(AnnotatedText text) {
        // Relative dates ("on Thursday") are anchored on the publication date; without one they stay unresolved.
        LocalDate reference = text.article().published() == null ? null : text.article().published().date();
        List<EntityMention> entities = recognizer.find(text, nameFinders);
        Cancellation.checkpoint();
        List<TimeMention> times = tagger.tag(text, reference);
        Cancellation.checkpoint();
        // Facts are read from the mentions, so they come after entities and times and before linking.
        return facts.extract(new Extraction(text, entities, times));
    }
}
