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
import org.junit.jupiter.api.io.TempDir;
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

class LinkerTest {

    private static final Path DATA = Path.of(System.getProperty("newskg.home", ".")).resolve("data");
    private static NlpAnnotator annotator;

    @BeforeAll
    static void load() {
        annotator = NlpModels.load().newAnnotator();
    }

    private static LinkedExtraction run(Path dataDir, String body) {
        KnowledgeBase kb = KnowledgeBase.load(dataDir);
        AnnotatedText at = annotator.annotate(new Article("a" + Integer.toHexString(body.hashCode()), null, null, null,
                null, ArticleDate.of(LocalDate.of(2024, 2, 8)), null, "en", body, "test"));
        List<EntityMention> ms = EntityRecognizer.load(DATA, kb).find(at);
        LinkedExtraction linked = new Linker(kb).link(new Extraction(at, ms, List.of()));
        linked.links().forEach(l -> System.out.println("link: " + l.mention().text() + " -> " + l.entity() + " " + l.confidence()));
        return linked;
    }

    private static Link linkOf(LinkedExtraction le, String text) {
        return le.links().stream().filter(l -> l.mention().text().equals(text)).findFirst().orElseThrow();
    }

    @Test
    void kbMentionsAndDemonymsLinkAndPatternNamesStayLocal() {
        LinkedExtraction le = run(DATA, """
                Chinese President Xi Jinping met Russian President Vladimir Putin at the Great Hall of the People \
                in Beijing, joined by Foreign Minister Jane Doe-Smith.
                """);
        assertEquals(le.extraction().entities().size(), le.links().size());
        assertEquals("Q15031", linkOf(le, "Xi Jinping").entity().key());
        assertEquals("Q148", linkOf(le, "Chinese").entity().qid());
        assertEquals("People's Republic of China", linkOf(le, "Chinese").entity().label());
        assertEquals("Q159", linkOf(le, "Russian").entity().qid());
        Entity hall = linkOf(le, "Great Hall of the People").entity();
        assertFalse(hall.isLinked());
        assertEquals("facility/great-hall-of-the-people", hall.key());
        assertEquals(EntityType.FACILITY, hall.type());
        assertEquals("person/jane-doe-smith", linkOf(le, "Jane Doe-Smith").entity().key());
    }

    @Test
    void slugsAreAsciiAndStable() {
        assertEquals("jose-maria-lopez-o-brien", Linker.slug("José María López O'Brien"));
        assertEquals(Linker.slug("Zürich Hall"), Linker.slug("Zürich Hall"));
        assertTrue(Linker.slug("习近平").matches("[a-z0-9-]+"));
    }

    @Test
    void personMentionNeverLinksToAPlace() {
        assertFalse(Linker.compatible(EntityType.PERSON, EntityType.COUNTRY));
        assertFalse(Linker.compatible(EntityType.ORGANIZATION, EntityType.CITY));
        assertTrue(Linker.compatible(EntityType.PLACE, EntityType.CITY));
        assertTrue(Linker.compatible(EntityType.COUNTRY, EntityType.COUNTRY));
    }

    @Test
    void personWithAPlaceNameStaysLocal(@TempDir Path dir) throws IOException {
        // "Chad" is a country in the KB; "Mr. Chad" found by a title is a person and must not link to it.
        LinkedExtraction le = run(DATA, "Mr. Chad said the harvest in Chad was poor.");
        Link person = le.links().get(0);
        assertEquals(EntityType.PERSON, person.entity().type());
        assertNull(person.entity().qid());
        assertEquals("person/chad", person.entity().key());
        assertEquals("Q657", le.links().get(1).entity().qid());
    }

    @Test
    void ambiguousNameIsResolvedByTheArticlesCountriesOrLeftLocal(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("kb"));
        Files.writeString(dir.resolve("kb/entities.tsv"), """
                # test KB: two cities called Victoria
                Q100\tVictoria\tCity\t\tQ10\t\ttest
                Q200\tVictoria\tCity\t\tQ20\t\ttest
                Q10\tSeychelles\tCountry\t\t\tSeychellois\ttest
                Q20\tCanada\tCountry\t\t\tCanadian\ttest
                """);
        Link inSeychelles = linkOf(run(dir, "Seychelles said officials met in Victoria on Monday."), "Victoria");
        assertEquals("Q100", inSeychelles.entity().qid());
        assertTrue(inSeychelles.confidence() < 0.95, "the article's country supports a reading, it does not decide it");
        // The country written right after the town decides: the other Victoria is no longer a candidate.
        Link qualified = linkOf(run(dir, "Officials in Victoria, Seychelles, signed the deal."), "Victoria");
        assertEquals("Q100", qualified.entity().qid());
        assertTrue(qualified.confidence() > inSeychelles.confidence(), qualified + " vs " + inSeychelles);
        Link inCanada = linkOf(run(dir, "Canadian officials met in Victoria on Monday."), "Victoria");
        assertEquals("Q200", inCanada.entity().qid());
        Link tied = linkOf(run(dir, "Officials met in Victoria on Monday."), "Victoria");
        assertFalse(tied.entity().isLinked());
        assertTrue(tied.confidence() < 0.5);
        assertEquals("city/victoria", tied.entity().key());
    }

    @Test
    void aNameFoundWithLessConfidenceTakesTheEntityItsOtherMentionWasLinkedTo() {
        String body = "Germany said Bonn had promised aid. Officials met in Bonn on Monday.";
        KnowledgeBase kb = KnowledgeBase.load(DATA);
        AnnotatedText at = annotator.annotate(new Article("same-name", null, null, null, null,
                ArticleDate.of(LocalDate.of(1990, 7, 16)), null, "en", body, "test"));
        int first = body.indexOf("Bonn");
        int second = body.lastIndexOf("Bonn");
        List<EntityMention> ms = List.of(
                new EntityMention(0, 7, "Germany", 0, EntityType.COUNTRY, "Germany", "Q183", "kb:label", 0.95),
                new EntityMention(first, first + 4, "Bonn", 0, EntityType.CITY, "Bonn", null, "model:ner", 0.4),
                new EntityMention(second, second + 4, "Bonn", 1, EntityType.CITY, "Bonn", null, "model:ner", 0.9));
        LinkedExtraction le = new Linker(kb).link(new Extraction(at, ms, List.of()));
        List<Link> bonn = le.links().stream().filter(l -> l.mention().text().equals("Bonn")).toList();
        assertEquals(2, bonn.size());
        assertEquals("Q586", bonn.get(1).entity().qid(), "the confident mention links: " + bonn);
        assertEquals("Q586", bonn.get(0).entity().qid(), "the doubtful mention of the same name follows it: " + bonn);
    }
}
