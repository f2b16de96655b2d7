package org.newskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.NewsKgException;

/** {@link BulkLoad} builds a store from N-Quads all or nothing. */
class BulkLoadTest {

    @TempDir
    Path tmp;

    private static final String GOOD = """
            <https://example.org/lagos> <http://www.w3.org/2000/01/rdf-schema#label> "Lagos"@en <https://example.org/graph/a1> .
            <https://example.org/lagos> <http://www.w3.org/2000/01/rdf-schema#label> "Lagos"@en <https://example.org/graph/a2> .
            <https://example.org/quito> <http://www.w3.org/2000/01/rdf-schema#label> "Quito" <https://example.org/graph/a2> .
            """;

    @Test
    void loadsEveryQuadIntoTheTargetAndRunsFinishBeforeTheMove() throws IOException {
        Path nq = Files.writeString(tmp.resolve("in.nq"), GOOD);
        Path target = tmp.resolve("store");

        BulkLoad.Result r = BulkLoad.build(target, tmp.resolve("fresh"), List.of(nq), BulkLoad.Plan.PHASED, BulkLoad.SILENT,
                kg -> assertFalse(Files.exists(target), "finish runs on the fresh store, before it is moved"));

        assertEquals(3, r.quads());
        assertFalse(Files.exists(tmp.resolve("fresh")));
        try (KgStore kg = KgStore.open(target)) {
            assertEquals(3, kg.tripleCount());
            assertEquals(2, kg.tripleCount(NodeFactory.createURI("https://example.org/graph/a2")));
        }
    }

    @Test
    void aLoaderFailureLeavesTheEmptyTargetAsItWasAndNoFreshStore() throws IOException {
        Path nq = Files.writeString(tmp.resolve("bad.nq"), GOOD + "<https://example.org/x> this is not N-Quads .\n");
        Path target = tmp.resolve("store");
        try (KgStore kg = KgStore.open(target)) {
            assertEquals(0, kg.tripleCount(), "an empty store to start from");
        }

        NewsKgException e = assertThrows(NewsKgException.class, () -> BulkLoad.build(target, tmp.resolve("fresh"), List.of(nq),
                BulkLoad.Plan.SEQUENTIAL, BulkLoad.SILENT, kg -> { }));

        assertTrue(e.getMessage().startsWith("bulk load failed, the store was not changed"), e.getMessage());
        assertFalse(Files.exists(tmp.resolve("fresh")), "the half-loaded store is deleted");
        assertTrue(KgStore.exists(target));
        try (KgStore kg = KgStore.open(target)) {
            assertEquals(0, kg.tripleCount(), "the target keeps no quad of the failed load");
        }
    }

    @Test
    void aFailureOfFinishDeletesTheLoadedStoreAndLeavesNoTarget() throws IOException {
        Path nq = Files.writeString(tmp.resolve("in.nq"), GOOD);
        Path target = tmp.resolve("store");

        assertThrows(NewsKgException.class, () -> BulkLoad.build(target, tmp.resolve("fresh"), List.of(nq),
                BulkLoad.Plan.PHASED, BulkLoad.SILENT, kg -> {
                    throw new NewsKgException("the run log could not be written");
                }));

        assertFalse(Files.exists(target), "no store where there was none");
        assertFalse(Files.exists(tmp.resolve("fresh")));
    }

    @Test
    void aFolderOfOtherFilesIsNeverReplaced() throws IOException {
        Path nq = Files.writeString(tmp.resolve("in.nq"), GOOD);
        Path target = Files.createDirectories(tmp.resolve("papers"));
        Files.writeString(target.resolve("notes.txt"), "not a store");

        NewsKgException e = assertThrows(NewsKgException.class, () -> BulkLoad.build(target, tmp.resolve("fresh"), List.of(nq),
                BulkLoad.Plan.PHASED, BulkLoad.SILENT, kg -> { }));

        assertTrue(e.getMessage().contains("is neither a store nor an empty folder"), e.getMessage());
        assertEquals("not a store", Files.readString(target.resolve("notes.txt")));
        assertFalse(Files.exists(tmp.resolve("fresh")));
    }
}
