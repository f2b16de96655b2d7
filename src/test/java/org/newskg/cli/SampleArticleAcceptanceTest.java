package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The foundation's acceptance criteria, run through the commands a user types. */
class SampleArticleAcceptanceTest {

    @TempDir
    static Path tmp;
    static Path store;

    @BeforeAll
    static void ingestTheSample() {
        store = tmp.resolve("store");
        CliRunner.Result r = CliRunner.run("ingest", "-q", "--store", store.toString(),
                IngestCommandTest.ARTICLES.resolve("xinhua-2024-02-08-xi-putin-call.txt").toString());
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
    }

    static List<Map<String, String>> entities() throws IOException {
        Path csv = tmp.resolve("entities.csv");
        CliRunner.Result r = CliRunner.run("query", "--store", store.toString(), "--format", "csv", "-o", csv.toString(),
                IngestCommandTest.HOME.resolve("queries/entities.rq").toString());
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        List<String> lines = Files.readAllLines(csv);
        assertEquals("entity,label,type,wikidata,mentions", lines.get(0));
        return lines.stream().skip(1).map(SampleArticleAcceptanceTest::row).toList();
    }

    // The labels of these entities hold no commas, so splitting the W3C CSV on commas is exact here.
    private static Map<String, String> row(String line) {
        String[] f = line.split(",", -1);
        return Map.of("entity", f[0], "label", f[1].replace("\"", ""), "type", f[2], "wikidata", f[3], "mentions", f[4]);
    }

    @Test
    void entitiesQueryListsTheLinkedPeoplePlacesAndOrganizations() throws IOException {
        Map<String, Map<String, String>> byQid = entities().stream().filter(r -> !r.get("wikidata").isEmpty())
                .collect(Collectors.toMap(r -> r.get("wikidata"), r -> r, (a, b) -> a));
        Map<String, String> expected = Map.of("Q15031", "Person", "Q7747", "Person", "Q148", "Country",
                "Q159", "Country", "Q232", "Country", "Q956", "City", "Q485207", "Organization", "Q243630", "Organization");
        expected.forEach((qid, type) -> {
            assertTrue(byQid.containsKey(qid), qid + " missing from " + byQid.keySet());
            assertEquals(type, byQid.get(qid).get("type"), qid);
            assertTrue(Integer.parseInt(byQid.get(qid).get("mentions")) >= 1, qid);
        });
        assertTrue(Integer.parseInt(byQid.get("Q15031").get("mentions")) >= 10, "every 'Xi' counts: " + byQid.get("Q15031"));
    }

    @Test
    void theGreatHallIsAFacilityAndXinhuaIsNoPerson() throws IOException {
        List<Map<String, String>> rows = entities();
        assertTrue(rows.stream().anyMatch(r -> r.get("label").equals("Great Hall of the People")
                && r.get("type").equals("Facility")), rows.toString());
        assertFalse(rows.stream().anyMatch(r -> r.get("label").equalsIgnoreCase("Xinhua") && r.get("type").equals("Person")));
        assertFalse(rows.stream().anyMatch(r -> r.get("type").equals("Person")
                && !r.get("wikidata").equals("Q15031") && !r.get("wikidata").equals("Q7747")), "only two people: " + rows);
    }

    @Test
    void articlesQueryGivesXinhuaAsTheSource() throws IOException {
        Path csv = tmp.resolve("articles.csv");
        assertEquals(ExitCodes.OK, CliRunner.run("query", "--store", store.toString(), "--format", "csv", "-o", csv.toString(),
                IngestCommandTest.HOME.resolve("queries/articles.rq").toString()).exitCode());
        List<String> lines = Files.readAllLines(csv);
        assertEquals("article,title,source,published,triples", lines.get(0));
        assertEquals(2, lines.size(), lines.toString());
        assertTrue(lines.get(1).contains("Xinhua"), lines.get(1));
        assertTrue(lines.get(1).contains("2024-02-08"), lines.get(1));
    }

    @Test
    void turtleExportParsesBackToTheSameGraphInJenaAndRdf4j() throws IOException {
        Path ttl = tmp.resolve("kg.ttl");
        // The union default graph holds the article graphs only; the run log stays out of it and of this export.
        CliRunner.Result r = CliRunner.run("export", "--store", store.toString(), "--format", "turtle", "-o", ttl.toString());
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        String turtle = Files.readString(ttl);

        Model jena = ModelFactory.createDefaultModel();
        RDFParser.create().fromString(turtle).lang(Lang.TURTLE).parse(jena);
        Model union;
        try (org.newskg.store.KgStore kg = org.newskg.store.KgStore.open(store)) {
            Dataset ds = kg.dataset();
            union = ds.calculateRead(() -> {
                Model m = ModelFactory.createDefaultModel();
                m.add(ds.getUnionModel());
                return m;
            });
        }
        assertTrue(jena.isIsomorphicWith(union), "Jena reads back the store's union graph");

        org.eclipse.rdf4j.model.Model rdf4j = Rio.parse(new StringReader(turtle), "", RDFFormat.TURTLE);
        assertEquals(jena.size(), rdf4j.size());
        Path nt = tmp.resolve("kg.nt");
        RDFDataMgr.write(Files.newOutputStream(nt), jena, Lang.NTRIPLES);
        try (InputStream in = Files.newInputStream(nt)) {
            assertTrue(Models.isomorphic(rdf4j, Rio.parse(in, "", RDFFormat.NTRIPLES)), "RDF4J reads the same graph");
        }
    }

    @Test
    void twoExportsAreByteIdentical() throws IOException {
        Path a = tmp.resolve("a.nq");
        Path b = tmp.resolve("b.nq");
        assertEquals(ExitCodes.OK, CliRunner.run("export", "--store", store.toString(), "--format", "nquads", "-o", a.toString()).exitCode());
        assertEquals(ExitCodes.OK, CliRunner.run("export", "--store", store.toString(), "--format", "nquads", "-o", b.toString()).exitCode());
        assertTrue(Files.size(a) > 1000, "the export holds the article");
        assertEquals(-1, Files.mismatch(a, b));
    }
}
