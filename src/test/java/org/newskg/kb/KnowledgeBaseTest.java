package org.newskg.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
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

    /** The whole knowledge base would otherwise stay reachable from this class until the test JVM ends. */
    @AfterAll
    static void release() {
        kb = null;
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

    @Test
    void theShippedFileIsInCanonicalFormSoRefreshCanReproduceIt() throws IOException {
        Path file = DATA.resolve(KnowledgeBase.FILE);
        assertEquals(Files.readString(file), KbFile.format(KbFile.read(file)),
                "entities.tsv must be sorted by QID number with the standard header (KbFile.format)");
    }

    @Test
    void theShippedPositionsAreInCanonicalForm() throws IOException {
        Path file = DATA.resolve(PositionsFile.FILE);
        assertEquals(Files.readString(file), PositionsFile.format(PositionsFile.readRows(file)));
    }

    @Test
    void writingIsAtomicAndRoundTrips(@TempDir Path dir) {
        Path f = dir.resolve("kb/entities.tsv");
        List<KbRow> rows = List.of(
                new KbRow(new KbEntry("Q10", "Ten", EntityType.CITY, List.of("X"), "Q2", List.of()), "test"),
                new KbRow(new KbEntry("Q2", "Two", EntityType.COUNTRY, List.of(), null, List.of("Twoish")), "test"));
        KbFile.writeAtomically(f, rows);
        List<KbRow> back = KbFile.read(f);
        assertEquals(List.of("Q2", "Q10"), back.stream().map(r -> r.entry().qid()).toList(), "sorted by QID number");
        assertEquals(rows.get(0), back.get(1));
    }

    @Test
    void positionsAreLoadedAndGiveAPersonsCountries() {
        // The hand-curated holding, among those the generated sources add.
        List<Position> xi = kb.positions("Q15031").stream()
                .filter(p -> p.label().equals("President of the People's Republic of China")).toList();
        assertEquals(1, xi.size());
        assertEquals("Q148", xi.get(0).ofQid());
        assertEquals(2013, xi.get(0).startYear());
        assertTrue(xi.get(0).heldIn(2024));
        Position biden = kb.positions("Q6279").stream().filter(p -> p.label().equals("President of the United States"))
                .findFirst().orElseThrow();
        assertTrue(biden.heldIn(2022));
        assertTrue(!biden.heldIn(2026));
        // An office of an organization (UN) is no country: only Guterres' own country counts.
        assertEquals(java.util.Set.of("Q45"), kb.countriesOf(kb.byQid("Q311440").orElseThrow()));
        assertEquals(java.util.Set.of("Q148"), kb.countriesOf(kb.byQid("Q15031").orElseThrow()));
    }

    @Test
    void positionNamingAnUnknownEntityIsRejectedWithTheFile(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("kb"));
        Files.writeString(dir.resolve("kb/entities.tsv"), "Q1\tOne\tPerson\t\t\t\tnone\n");
        Files.writeString(dir.resolve("kb/positions.tsv"), "# test\nKing of Nowhere\tQ1\tQ99\t2000\t\tnone\n");
        NewsKgException e = assertThrows(NewsKgException.class, () -> KnowledgeBase.load(dir));
        assertTrue(e.getMessage().contains("positions.tsv") && e.getMessage().contains("Q99"), e.getMessage());
        Files.writeString(dir.resolve("kb/positions.tsv"), "King\tQ1\tQ1\tsoon\t\tnone\n");
        assertTrue(assertThrows(NewsKgException.class, () -> KnowledgeBase.load(dir)).getMessage().contains("positions.tsv:1"));
    }
}
