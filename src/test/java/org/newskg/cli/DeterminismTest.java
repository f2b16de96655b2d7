package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.validate.SampleStores;

/** Two ingests of the same data give byte-identical sorted N-Quads; the ingest times stay in the run log. */
class DeterminismTest {

    @TempDir
    Path tmp;

    private Path export(Path store, String name, String... extra) {
        Path out = tmp.resolve(name);
        List<String> args = new java.util.ArrayList<>(List.of("export", "--store", store.toString(), "--format", "nquads",
                "-o", out.toString()));
        args.addAll(List.of(extra));
        CliRunner.Result r = CliRunner.run(args.toArray(String[]::new));
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        return out;
    }

    @Test
    void twoIngestsIntoTwoStoresExportIdenticalSortedNQuads() throws IOException {
        Path a = SampleStores.ingest(tmp.resolve("a"), SampleStores.ARTICLES, SampleStores.OWN);
        Path b = SampleStores.ingest(tmp.resolve("b"), SampleStores.OWN, SampleStores.ARTICLES);
        Path na = export(a, "a.nq");
        Path nb = export(b, "b.nq");
        assertTrue(Files.size(na) > 100_000, "the export holds all articles: " + Files.size(na));
        assertEquals(-1, Files.mismatch(na, nb), "exports differ");

        String nquads = Files.readString(na);
        assertTrue(nquads.contains("<https://w3id.org/newskg/ontology#dataDigest> \"sha256:"), "configuration digest");
        assertTrue(nquads.contains("<https://w3id.org/newskg/ontology#softwareVersion>"), "software version");
        assertFalse(nquads.contains("startedAtTime"), "no wall-clock time in the default export");
        List<String> lines = nquads.lines().toList();
        assertEquals(lines.stream().sorted().toList().size(), lines.size());

        Path withLog = export(a, "a-log.nq", "--include-runlog");
        String log = Files.readString(withLog);
        assertTrue(log.contains("<http://www.w3.org/ns/prov#startedAtTime>"), "the run log holds the times");
        assertTrue(log.contains("<https://w3id.org/newskg/graph/runlog>"));
        assertEquals(lines.size() + 2 * 9, log.lines().count(), "two times per article graph");
    }
}
