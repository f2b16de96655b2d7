package org.newskg.extract.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.newskg.extract.EntityMention;
import org.newskg.ingest.Article;
import org.newskg.ingest.ArticleDate;
import org.newskg.kb.EntityType;
import org.newskg.nlp.NlpAnnotator;
import org.newskg.pipeline.Resources;

/**
 * The recognizer with the shipped model, as the wire-copy name tests use it: names found in a text dated one day,
 * and assertions on a mention's text and root type.
 */
final class ShippedRecognizer {

    private static final Path DATA = Path.of(System.getProperty("newskg.home", ".")).resolve("data");

    /**
     * Loaded once for all the name tests of a test run: each test class keeps its recognizer in a static field, and
     * a copy of the knowledge base and models per class ran the suite's JVM out of heap.
     */
    static final class Shared {
        static final Resources RESOURCES = Resources.load(DATA, List.of(DATA.resolve(Resources.DEFAULT_NER_MODEL)));

        private Shared() {
        }
    }

    private final NlpAnnotator annotator;
    private final EntityRecognizer recognizer;
    private final LocalDate day;

    ShippedRecognizer(LocalDate day) {
        Resources r = Shared.RESOURCES;
        this.annotator = r.newAnnotator();
        this.recognizer = r.recognizer();
        this.day = day;
    }

    List<EntityMention> find(String body) {
        Article a = new Article("w" + Integer.toHexString(body.hashCode()), null, null, null, null,
                ArticleDate.of(day), null, "en", body, "test");
        return recognizer.find(annotator.annotate(a));
    }

    static EntityMention mention(List<EntityMention> ms, String text, EntityType root) {
        return ms.stream().filter(m -> m.text().equals(text) && m.type().root() == root).findFirst().orElse(null);
    }

    static void assertHas(List<EntityMention> ms, String text, EntityType root) {
        assertNotNull(mention(ms, text, root), text + " should be a " + root + " in " + ms);
    }

    static void assertNotA(List<EntityMention> ms, String text, EntityType root) {
        assertFalse(ms.stream().anyMatch(m -> m.text().equals(text) && m.type().root() == root), text + " should be no " + root + ": " + ms);
    }
}
