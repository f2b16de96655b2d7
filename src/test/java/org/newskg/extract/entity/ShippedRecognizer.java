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
import org.newskg.pipeline.SharedResources;

/**
 * The recognizer with the shipped model, as the wire-copy name tests use it: names found in a text dated one day,
 * and assertions on a mention's text and root type.
 */
final class ShippedRecognizer {

    /** The shipped resources, loaded once per test JVM (see {@link SharedResources}). */
    static final class Shared {
        static final Resources RESOURCES = SharedResources.shipped();

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

    /** The lines of a fixture file of {@code src/test/resources/names/} (sentences that name real places or bodies). */
    static List<String> fixtureLines(String file) throws java.io.IOException {
        return java.nio.file.Files.readAllLines(Path.of(System.getProperty("newskg.home", ".")).resolve("src/test/resources/names/" + file),
                java.nio.charset.StandardCharsets.UTF_8);
    }

    static void assertHas(List<EntityMention> ms, String text, EntityType root) {
        assertNotNull(mention(ms, text, root), text + " should be a " + root + " in " + ms);
    }

    static void assertNotA(List<EntityMention> ms, String text, EntityType root) {
        assertFalse(ms.stream().anyMatch(m -> m.text().equals(text) && m.type().root() == root), text + " should be no " + root + ": " + ms);
    }
}
