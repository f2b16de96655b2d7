package org.newskg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.EntityMention;
import org.newskg.extract.Extraction;
import org.newskg.extract.entity.EntityRecognizer;
import org.newskg.ingest.Article;
import org.newskg.ingest.ArticleDate;
import org.newskg.kb.EntityType;
import org.newskg.kb.KnowledgeBase;
import org.newskg.nlp.AnnotatedText;
import org.newskg.nlp.NlpAnnotator;
import org.newskg.nlp.NlpModels;

/**
 * Names with several readings ("Georgia" the country or the US state; "Washington" the city, the state
 * or the person), in short articles written for this test: the linker picks the reading the article's
 * context supports, and declines (a local entity, confidence below 0.5) when the context does not decide.
 */
class AmbiguousNameLinkingTest {

    private static final Path HOME = Path.of(System.getProperty("newskg.home", "."));
    private static final Path DATA = HOME.resolve("data");
    private static final Path TEST = HOME.resolve("src/test/resources/link");
    private static NlpAnnotator annotator;
    private static KnowledgeBase kb;
    private static EntityRecognizer recognizer;

    @BeforeAll
    static void load() {
        annotator = NlpModels.load().newAnnotator();
        kb = KnowledgeBase.load(TEST);
        recognizer = EntityRecognizer.load(DATA, kb);
    }

    private static LinkedExtraction run(String articleFile) throws IOException {
        String body = Files.readString(TEST.resolve("articles").resolve(articleFile));
        AnnotatedText at = annotator.annotate(new Article("t-" + articleFile.replace(".txt", ""), null, null, null, null,
                ArticleDate.of(LocalDate.of(2024, 5, 1)), null, "en", body, "test"));
        List<EntityMention> ms = recognizer.find(at);
        return new Linker(kb).link(new Extraction(at, ms, List.of()));
    }

    private static Link linkOf(LinkedExtraction le, String text) {
        return le.links().stream().filter(l -> l.mention().text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no mention '" + text + "' in " + le.links()));
    }

    @Test
    void georgiaNextToTbilisiIsTheCountry() throws IOException {
        Link l = linkOf(run("georgia-tbilisi.txt"), "Georgia");
        assertEquals("Q230", l.entity().qid());
        assertTrue(l.confidence() >= Linker.THRESHOLD && l.confidence() < 0.95, "context-chosen, not certain: " + l);
    }

    @Test
    void georgiaNextToAtlantaIsTheUsState() throws IOException {
        Link l = linkOf(run("georgia-atlanta.txt"), "Georgia");
        assertEquals("Q900001", l.entity().qid());
        assertEquals(EntityType.REGION, l.entity().type());
    }

    @Test
    void georgiaWithoutContextStaysLocal() throws IOException {
        Link l = linkOf(run("georgia-alone.txt"), "Georgia");
        assertFalse(l.entity().isLinked(), l.toString());
        assertTrue(l.confidence() < Linker.THRESHOLD, l.toString());
        // Country or state: the broadest type both readings share.
        assertEquals("place/georgia", l.entity().key());
        assertEquals("Georgia", l.entity().label());
    }

    @Test
    void georgiaWithContextForBothReadingsStaysLocal() throws IOException {
        LinkedExtraction le = run("georgia-both.txt");
        assertEquals("Q994", linkOf(le, "Tbilisi").entity().qid());
        assertEquals("Q900002", linkOf(le, "Atlanta").entity().qid());
        Link g = linkOf(le, "Georgia");
        assertNull(g.entity().qid(), g.toString());
        assertTrue(g.confidence() < Linker.THRESHOLD);
    }

    @Test
    void demonymsUsedAsSuchResolveToTheirCountries() throws IOException {
        LinkedExtraction le = run("georgian-demonym.txt");
        assertEquals("Q230", linkOf(le, "Georgian").entity().qid());
        assertEquals("Q159", linkOf(le, "Russian").entity().qid());
        assertEquals("Q30", linkOf(le, "Americans").entity().qid());
        assertEquals(EntityType.COUNTRY, linkOf(le, "Georgian").entity().type());
    }

    @Test
    void washingtonBetweenCityStateAndPersonIsDeclined() throws IOException {
        LinkedExtraction le = run("washington-places.txt");
        assertEquals("Q900005", linkOf(le, "Seattle").entity().qid());
        Link w = linkOf(le, "Washington");
        assertFalse(w.entity().isLinked(), "city, state or person all fit a US article: " + w);
        assertTrue(w.confidence() < Linker.THRESHOLD);
    }

    @Test
    void theFullNameOfThePersonLinksToThePerson() throws IOException {
        Link l = linkOf(run("washington-person.txt"), "George Washington");
        assertEquals("Q900004", l.entity().qid());
        assertEquals(EntityType.PERSON, l.entity().type());
    }

    @Test
    void aPersonMentionNeverLinksToAPlace() throws IOException {
        LinkedExtraction le = run("mr-georgia.txt");
        Link person = le.links().get(0);
        assertEquals(EntityType.PERSON, person.entity().type(), le.links().toString());
        assertNull(person.entity().qid(), "no person named Georgia in the KB: " + person);
        assertEquals("Q900010", linkOf(le, "Chad").entity().qid());
    }

    @Test
    void everyConfidenceIsInRangeAndEveryLinkIsAboveTheThreshold() throws IOException {
        for (String f : List.of("georgia-tbilisi.txt", "georgia-atlanta.txt", "georgia-alone.txt", "georgia-both.txt",
                "georgian-demonym.txt", "washington-places.txt", "washington-person.txt", "mr-georgia.txt")) {
            for (Link l : run(f).links()) {
                assertTrue(l.confidence() >= 0 && l.confidence() <= 1, f + ": " + l);
                assertTrue(!l.entity().isLinked() || l.confidence() >= Linker.THRESHOLD, f + ": " + l);
            }
        }
    }
}
