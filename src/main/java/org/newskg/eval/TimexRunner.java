package org.newskg.eval;

import java.time.LocalDate;
import java.util.List;
import org.newskg.extract.TimeMention;
import org.newskg.extract.time.TemporalTagger;
import org.newskg.ingest.Article;
import org.newskg.nlp.NlpAnnotator;

/**
 * Runs newskg's tokenizer and {@link TemporalTagger} on a TimeML document's text against its creation
 * date, as {@code kg eval timex} does: the text is split and tokenized by newskg itself (TimeML files
 * carry no tokens), so offsets are those of the TimeML text.
 *
 * <pre>{@code
 * TimexEvaluator.evaluate(docs, new TimexRunner(resources.newAnnotator(), resources.tagger())::tag);
 * }</pre>
 * Not thread-safe (it owns an annotator).
 */
public final class TimexRunner {

    private final NlpAnnotator annotator;
    private final TemporalTagger tagger;

    public TimexRunner(NlpAnnotator annotator, TemporalTagger tagger) {
        this.annotator = annotator;
        this.tagger = tagger;
    }

    public List<TimeMention> tag(String text, LocalDate creationDate) {
        if (text.isBlank()) {
            return List.of();
        }
        Article article = new Article("timeml", null, null, null, null, null, null, "en", text, "timeml");
        return tagger.tag(annotator.annotate(article), creationDate);
    }
}
