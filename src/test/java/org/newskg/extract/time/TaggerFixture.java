package org.newskg.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.newskg.extract.TimeMention;
import org.newskg.extract.TimexType;
import org.newskg.ingest.Article;
import org.newskg.ingest.ArticleDate;
import org.newskg.nlp.NlpModels;

/** The real NLP models and temporal tagger, loaded once for the tests of this package that tag plain text. */
final class TaggerFixture {

    private static final Path DATA = Path.of(System.getProperty("newskg.home", ".")).resolve("data");

    private TaggerFixture() {
    }

    /** Loaded on first use (the holder idiom), shared read-only: both are thread-safe to read. */
    private static final class Loaded {
        static final NlpModels MODELS = NlpModels.load();
        static final TemporalTagger TAGGER = TemporalTagger.load(DATA);
    }

    /** The text tagged as an article published on {@code reference}. */
    static List<TimeMention> tag(String text, LocalDate reference) {
        Article a = new Article("t" + Integer.toHexString(text.hashCode()), null, null, null, null,
                ArticleDate.of(reference), null, "en", text, "test");
        return Loaded.TAGGER.tag(Loaded.MODELS.newAnnotator().annotate(a), reference);
    }

    /** The mention with exactly this text has this type and value. */
    static void assertTimex(List<TimeMention> ms, String text, TimexType type, String value) {
        TimeMention m = ms.stream().filter(t -> t.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no mention '" + text + "' in " + ms));
        assertEquals(type, m.type(), text);
        assertEquals(value, m.value(), text);
    }

    /** No mention overlaps the first occurrence of the phrase in the text. */
    static void assertNoneIn(List<TimeMention> ms, String text, String phrase) {
        int at = text.indexOf(phrase);
        assertTrue(at >= 0, phrase);
        assertTrue(ms.stream().noneMatch(m -> m.begin() < at + phrase.length() && at < m.end()), phrase + " was tagged: " + ms);
    }
}
