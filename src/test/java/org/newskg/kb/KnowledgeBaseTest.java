package org.newskg.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.NewsKgException;

class KnowledgeBaseTest {

    private static final Path DATA = Path.of(System.getProperty("newskg.home", ".")).resolve("data");
    private static KnowledgeBase kb;

    @BeforeAll
    static void load() {
        long t0 = System.nanoTime();
        kb = KnowledgeBase.load(DATA);
        System.out.printf("knowledge base: %d entries loaded in %.1f ms (cold JVM)%n", kb.size(), (System.nanoTime() - t0) / 1e6);
        long t1 = System.nanoTime();
        KnowledgeBase.load(DATA);
        System.out.printf("knowledge base: loaded again in %.1f ms%n", (System.nanoTime() - t1) / 1e6);
    }

    private static List<String> qids(String surface) {
        return kb.lookup(surface).stream().map(KbEntry::qid).toList();
    }

    @Test
    void loadsEveryStarterEntityWithLabelsAndTypes() {
        assertTrue(kb.size() >= 595, "size " + kb.size());
        KbEntry china = kb.byQid("Q148").orElseThrow();
        assertEquals("People's Republic of China", china.label());
        assertEquals(EntityType.COUNTRY, china.type());
        assertTrue(china.aliases().contains("China"));
        assertTrue(kb.byQid("Q999999999").isEmpty());
    }

    @Test
    void dottedAndUndottedAbbreviationsMatchTheSameCountry() {
        assertEquals(List.of("Q30"), qids("U.S."));
        assertEquals(List.of("Q30"), qids("US"));
        assertEquals(List.of("Q30"), qids("U.S"));
        assertEquals(List.of("Q145"), qids("U.K."));
    }

    @Test
    void possessivesCaseAndAccentsAreNormalizedButPronounsAreNot() {
        assertEquals(List.of("Q148"), qids("China's"));
        assertEquals(List.of("Q148"), qids("China’s"));
        assertEquals(List.of("Q956"), qids("BEIJING"));
        assertEquals(List.of("Q2841"), qids("Bogota"));
        assertEquals(List.of("Q1007"), qids("Guinea Bissau"));
        assertEquals(List.of(), qids("us"));
        assertEquals(List.of(), qids("china"));
        assertEquals(List.of(), qids("Who"));
        assertEquals(List.of("Q7817"), qids("WHO"));
    }

    @Test
    void demonymsNameTheirCountry() {
        assertEquals("Q148", kb.demonym("Chinese").orElseThrow().qid());
        assertEquals("Q159", kb.demonym("Russians").orElseThrow().qid());
        assertEquals("Q232", kb.demonym("Kazakh").orElseThrow().qid());
        assertEquals("Q232", kb.demonym("Kazakhstani").orElseThrow().qid());
        assertEquals("Q183", kb.demonym("Germans").orElseThrow().qid());
        assertEquals("Q258", kb.demonym("South African").orElseThrow().qid());
        assertTrue(kb.demonym("chinese").isEmpty(), "demonyms are capitalized");
        assertTrue(kb.demonym("Martian").isEmpty());
    }

    @Test
    void everyDemonymBelongsToACountry() {
        kb.entries().stream().filter(e -> !e.demonyms().isEmpty())
                .forEach(e -> assertEquals(EntityType.COUNTRY, e.type(), e.qid()));
    }

    @Test
    void malformedRowNamesFileAndLine(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("kb"));
        Files.writeString(dir.resolve("kb/entities.tsv"), """
                # test
                Q1\tOne\tCountry\t\t\t\tnone
                Q2\tTwo\tPlanet\t\t\t\tnone
                """);
        NewsKgException e = assertThrows(NewsKgException.class, () -> KnowledgeBase.load(dir));
        assertTrue(e.getMessage().contains("entities.tsv:3"), e.getMessage());
        assertTrue(e.getMessage().contains("Planet"), e.getMessage());
    }

    @Test
    void wrongColumnCountBadQidAndDuplicatesAreRejected(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("kb"));
        Path f = dir.resolve("kb/entities.tsv");
        Files.writeString(f, "Q1\tOne\tCountry\n");
        assertTrue(assertThrows(NewsKgException.class, () -> KnowledgeBase.load(dir)).getMessage().contains(":1:"));
        Files.writeString(f, "X1\tOne\tCountry\t\t\t\t\n");
        assertTrue(assertThrows(NewsKgException.class, () -> KnowledgeBase.load(dir)).getMessage().contains("X1"));
        Files.writeString(f, "Q1\tOne\tCountry\t\t\t\t\nQ1\tUno\tCountry\t\t\t\t\n");
        assertTrue(assertThrows(NewsKgException.class, () -> KnowledgeBase.load(dir)).getMessage().contains(":2:"));
    }

    @Test
    void missingFileFailsWithItsPath(@TempDir Path dir) {
        NewsKgException e = assertThrows(NewsKgException.class, () -> KnowledgeBase.load(dir));
        assertTrue(e.getMessage().contains("entities.tsv"), e.getMessage());
    }
}
