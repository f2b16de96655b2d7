package org.newskg.kb.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.NewsKgException;
import org.newskg.kb.Capitals;
import org.newskg.kb.EntityType;
import org.newskg.kb.KbEntry;
import org.newskg.kb.KnowledgeBase;
import org.newskg.kb.NameHit;
import org.newskg.kb.NameKey;
import org.newskg.kb.PositionKind;
import org.newskg.testutil.TestDirs;

/** {@code kg kb build} on tiny fixture sources (src/test/resources/kb-build): what it writes, and what the KB then holds. */
class KbBuilderTest {

    private static final Path FIXTURE = Path.of(System.getProperty("newskg.home", ".")).resolve("src/test/resources/kb-build");

    @TempDir
    Path tmp;

    private Path data() throws IOException {
        return TestDirs.copy(FIXTURE.resolve("data"), tmp.resolve("data"));
    }

    private static Map<String, String> files(Path data) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(data.resolve("kb"))) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                out.put(data.relativize(p).toString(), Files.readString(p));
            }
        }
        return out;
    }

    private static boolean recognized(KnowledgeBase kb, String name) {
        return !kb.names().find(NameKey.split(name)).isEmpty();
    }

    @Test
    void buildWritesOneFolderPerSourceAndRebuildsByteIdentically() throws IOException {
        Path data = data();
        KbBuilder.Summary s = KbBuilder.build(FIXTURE.resolve("sources"), data);
        Map<String, String> first = files(data);
        assertTrue(first.containsKey("kb/dr5hn/entities.tsv") && first.containsKey("kb/every-politician/positions.tsv")
                && first.containsKey("kb/curated-gaps/entities.tsv") && first.containsKey("kb/sources.tsv"), first.keySet().toString());
        assertTrue(first.get("kb/sources.tsv").indexOf("curated-gaps") < first.get("kb/sources.tsv").indexOf("rigour"),
                "the curated gaps come first");
        KbBuilder.build(FIXTURE.resolve("sources"), data);
        assertEquals(first, files(data), "a rebuild from the same inputs is byte-identical");
        assertEquals(3, s.entitiesByFolder().get("supraverden") + 1, "an organization without QID is left out");
        assertEquals(Integer.valueOf(4), s.byType().get(EntityType.COUNTRY), s.byType().toString());
    }

    @Test
    void eachCountrysCapitalIsWrittenBesideNaturalEarthsPlacesAndLoaded() throws IOException {
        Path data = data();
        KbBuilder.build(FIXTURE.resolve("sources"), data);
        assertTrue(files(data).get("kb/natural-earth/capitals.tsv").contains("Q9000001\tQ9000301\n"),
                "Fredville is Natural Earth's 'Admin-0 capital' of Freedonia");
        Capitals capitals = Capitals.load(data);
        assertEquals("Q9000301", capitals.of("Q9000001").orElseThrow());
        assertTrue(capitals.of("Q9000301").isEmpty(), "a city has no capital");
        assertTrue(Capitals.load(tmp.resolve("no-data")).of("Q9000001").isEmpty(), "no file: no capital known");
    }

    @Test
    void theLoadedKbKeepsCuratedRowsTypesFlagsDemonymsAndOffices() throws IOException {
        Path data = data();
        KbBuilder.build(FIXTURE.resolve("sources"), data);
        KnowledgeBase kb = KnowledgeBase.load(data);

        KbEntry boris = kb.byQid("Q9000102").orElseThrow();
        assertEquals("Boris A. Varga", boris.label(), "the hand-curated label wins");
        assertTrue(boris.aliases().contains("Boris Varga"), "the source's name is kept as an alias");
        assertEquals(1.0, boris.prior(), 1e-6);

        KbEntry old = kb.byQid("Q9000003").orElseThrow();
        assertEquals(EntityType.COUNTRY, old.type());
        assertTrue(old.historical());
        assertFalse(kb.byQid("Q9000001").orElseThrow().historical());
        assertEquals(EntityType.REGION, kb.byQid("Q9000004").orElseThrow().type());

        assertEquals(List.of("Freedonian", "Fredish"), kb.byQid("Q9000001").orElseThrow().demonyms());
        assertEquals(List.of("Sylvanians"), kb.byQid("Q9000002").orElseThrow().demonyms(), "hand demonyms win");
        assertTrue(kb.byQid("Q9000009").orElseThrow().demonyms().isEmpty(), "a demonym two countries share names neither");

        // The gaps file: a news agency is an Organization; its offices and those of the sources are dated.
        assertEquals(EntityType.ORGANIZATION, kb.byQid("Q9000602").orElseThrow().type());
        assertEquals(List.of("Q9000601"), ids(kb.holders(PositionKind.HEAD_OF_STATE, "Q9000001", LocalDate.of(1990, 6, 1))));
        assertEquals(List.of("Q9000101"), ids(kb.holders(PositionKind.HEAD_OF_STATE, "Q9000001", LocalDate.of(2000, 6, 1))));
        assertEquals(List.of("Q9000102"), ids(kb.holders(PositionKind.HEAD_OF_STATE, "Q9000001", LocalDate.of(2010, 6, 1))));
        assertEquals(List.of("Q9000102"), ids(kb.holders(PositionKind.FOREIGN_MINISTER, "Q9000001", LocalDate.of(2002, 6, 1))));
        // Otto Fell left in February 1995 (a month-precise end), Ana Varga came on March 1.
        assertEquals(List.of("Q9000601"), ids(kb.holders(PositionKind.HEAD_OF_STATE, "Q9000001", LocalDate.of(1995, 2, 28))));
        assertEquals(List.of("Q9000101"), ids(kb.holders(PositionKind.HEAD_OF_STATE, "Q9000001", LocalDate.of(1995, 3, 1))));
        // An office's owner that no source defines is kept as a country, named as in the office rows.
        assertEquals("Grand Fenwick", kb.byQid("Q9000009").orElseThrow().label());
    }

    @Test
    void theRecognitionLexiconIsTheSafeSubsetAndLookupSeesEverything() throws IOException {
        Path data = data();
        KbBuilder.build(FIXTURE.resolve("sources"), data);
        KnowledgeBase kb = KnowledgeBase.load(data);
        assertTrue(recognized(kb, "Ana Varga"), "a head of state's full name");
        assertTrue(recognized(kb, "Carla Moss"), "a minister's full name");
        assertTrue(recognized(kb, "Republic of Freedonia"), "a country's full name");
        assertTrue(recognized(kb, "Old Freedonia"), "a historical country");
        assertTrue(recognized(kb, "Fredville"), "a city of more than a million");
        assertTrue(recognized(kb, "UFS"), "an organization's abbreviation of three capitals");
        assertTrue(recognized(kb, "Otto Fell") && recognized(kb, "FPA"), "every name of the curated gaps");
        assertFalse(recognized(kb, "Eva Stone"), "legislators are looked up, never recognized alone");
        assertFalse(recognized(kb, "Mobile"), "a small town named like a common word");
        assertFalse(recognized(kb, "Sylvan"), "a city under a million");
        assertFalse(recognized(kb, "FC"), "a two-letter abbreviation");
        assertFalse(recognized(kb, "Labour Party"), "a party label two parties share is looked up only");
        assertTrue(recognized(kb, "Freedonian Labour Party"), "a party label of two words or more that no other entity has");
        assertFalse(recognized(kb, "FLP"), "a party's short name is looked up only");
        assertFalse(recognized(kb, "Tbilisi Smith"), "a minister and a big city sharing a name block each other");
        assertFalse(recognized(kb, "Dan Ruiz"), "an ambassador is no executive office");
        assertEquals(List.of("Q9000305"), kb.names().find(NameKey.split("Portvale")).stream().map(h -> h.entry().qid())
                .toList(), "a later source's twin of a city (same name, type, other QID) does not block the earlier row");

        assertEquals(List.of("Q9000201"), kb.candidates("Eva Stone").stream().map(h -> h.entry().qid()).toList());
        List<NameHit> varga = kb.candidates("Varga");
        assertEquals(List.of("Q9000101", "Q9000102"), varga.stream().map(h -> h.entry().qid()).toList());
        assertTrue(varga.stream().allMatch(h -> h.fit() == NameHit.Fit.SHORT));
        assertEquals("Q9000301", kb.candidates("Fred City").get(0).entry().qid(), "Natural Earth's other names");
        assertEquals("Q9000101", kb.candidates("Ana Varga").get(0).entry().qid());
        List<NameHit> anna = kb.candidates("Anna Varga");
        assertEquals("Q9000101", anna.get(0).entry().qid(), "a spelling variant");
        assertEquals(NameHit.Fit.LOOSE, anna.get(0).fit());
    }

    @Test
    void aGapsRowWithoutSecondEvidenceNamesFileAndLine() throws IOException {
        Path data = data();
        Path gaps = data.resolve("kb/curated/gaps.tsv");
        Files.writeString(gaps, Files.readString(gaps) + "Q9000603\tNo Proof\tPerson\t\t\t\t\t\t\thttps://example.org/e\t\n");
        NewsKgException e = assertThrows(NewsKgException.class, () -> KbBuilder.build(FIXTURE.resolve("sources"), data));
        assertTrue(e.getMessage().contains("gaps.tsv:6") && e.getMessage().contains("two pieces of evidence"), e.getMessage());
    }

    @Test
    void gapsOnlyRegeneratesTheCuratedFolder() throws IOException {
        Path data = data();
        KbBuilder.build(FIXTURE.resolve("sources"), data);
        String before = Files.readString(data.resolve("kb/curated-gaps/entities.tsv"));
        Files.writeString(data.resolve("kb/curated/gaps.tsv"), Files.readString(data.resolve("kb/curated/gaps.tsv"))
                + "Q9000604\tNew Agency\tNewsAgency\t\tQ9000002\t\t\t\t\thttps://example.org/f\thttps://example.org/g\n");
        assertEquals(3, KbBuilder.buildGaps(data));
        String after = Files.readString(data.resolve("kb/curated-gaps/entities.tsv"));
        assertTrue(!before.contains("Q9000604") && after.contains("Q9000604\tNew Agency\tOrganization"), after);
        assertTrue(KnowledgeBase.load(data).byQid("Q9000604").isPresent());
    }

    private static List<String> ids(List<KbEntry> entries) {
        return entries.stream().map(KbEntry::qid).toList();
    }
}
