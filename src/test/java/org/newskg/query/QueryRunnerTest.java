package org.newskg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.NewsKgException;
import org.newskg.ingest.Article;
import org.newskg.link.Entity;
import org.newskg.link.Link;
import org.newskg.link.LinkedExtraction;
import org.newskg.rdf.ArticleGraphWriter;
import org.newskg.rdf.Iris;
import org.newskg.rdf.TestArticles;
import org.newskg.store.KgStore;

class QueryRunnerTest {

    private static final Path QUERIES = Path.of(System.getProperty("newskg.home", ".")).resolve("queries");

    @TempDir
    static Path tmp;
    private static KgStore store;
    private static QueryRunner runner;

    @BeforeAll
    static void fill() {
        store = KgStore.open(tmp.resolve("kg"));
        ArticleGraphWriter writer = new ArticleGraphWriter("test");
        for (LinkedExtraction le : TestArticles.all()) {
            store.replaceArticle(Iris.graph(le.extraction().text().article().id()), sink -> writer.write(le, sink));
        }
        runner = new QueryRunner(store);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static String query(String file) throws IOException {
        return Files.readString(QUERIES.resolve(file));
    }

    private static String run(String sparql, ResultFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        runner.run(sparql, format, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void entitiesQueryCountsMentionsAcrossArticlesAndReportsTypesAndQids() throws IOException {
        List<Map<String, String>> rows = runner.select(query("entities.rq"));
        Map<String, Entity> expected = new HashMap<>();
        Map<String, Long> mentions = new HashMap<>();
        for (LinkedExtraction le : TestArticles.all()) {
            for (Link l : le.links()) {
                String iri = Iris.entity(l.entity()).getURI();
                expected.put(iri, l.entity());
                mentions.merge(iri, 1L, Long::sum);
            }
        }
        assertEquals(expected.size(), rows.size());
        long previous = Long.MAX_VALUE;
        for (Map<String, String> row : rows) {
            Entity e = expected.get(row.get("entity"));
            assertEquals(e.label(), row.get("label"));
            assertEquals(e.type().localName(), row.get("type"));
            assertEquals(e.qid(), row.get("wikidata"));
            long n = Long.parseLong(row.get("mentions"));
            assertEquals(mentions.get(row.get("entity")), n, row.toString());
            assertTrue(n <= previous, "not ordered by mentions: " + rows);
            previous = n;
        }
        Map<String, String> wanjiru = rows.stream()
                .filter(r -> r.get("entity").equals(Iris.entity(TestArticles.WANJIRU).getURI())).findFirst().orElseThrow();
        assertFalse(wanjiru.containsKey("wikidata"), "an unlinked entity has no QID");
    }

    @Test
    void entitiesQueryHasExactlyTheDocumentedColumns() throws IOException {
        String csv = run(query("entities.rq"), ResultFormat.CSV);
        assertEquals("entity,label,type,wikidata,mentions", csv.lines().findFirst().orElseThrow());
        assertTrue(query("entities.rq").startsWith("#"));
    }

    @Test
    void articlesQueryGivesTitleSourceDateAndGraphSize() throws IOException {
        List<Map<String, String>> rows = runner.select(query("articles.rq"));
        assertEquals(TestArticles.all().size(), rows.size());
        for (LinkedExtraction le : TestArticles.all()) {
            Article a = le.extraction().text().article();
            Map<String, String> row = rows.stream().filter(r -> r.get("article").equals(Iris.article(a.id()).getURI()))
                    .findFirst().orElseThrow();
            assertEquals(a.title(), row.get("title"));
            assertEquals(a.source(), row.get("source"));
            assertEquals(a.published().lexical(), row.get("published"));
            assertEquals(store.tripleCount(Iris.graph(a.id())), Long.parseLong(row.get("triples")));
        }
        // newest first
        assertEquals(Iris.article("toyota-q3").getURI(), rows.get(0).get("article"));
        String csv = run(query("articles.rq"), ResultFormat.CSV);
        assertEquals("article,title,source,published,triples", csv.lines().findFirst().orElseThrow());
    }

    @Test
    void jsonResultsFollowTheW3cFormat() throws IOException {
        String json = run(query("entities.rq"), ResultFormat.JSON);
        JsonNode root = new ObjectMapper().readTree(json);
        assertEquals(List.of("entity", "label", "type", "wikidata", "mentions"),
                List.of(root.path("head").path("vars").get(0).asText(), root.path("head").path("vars").get(1).asText(),
                        root.path("head").path("vars").get(2).asText(), root.path("head").path("vars").get(3).asText(),
                        root.path("head").path("vars").get(4).asText()));
        JsonNode bindings = root.path("results").path("bindings");
        assertTrue(bindings.isArray() && bindings.size() > 5);
        assertEquals("uri", bindings.get(0).path("entity").path("type").asText());
    }

    @Test
    void tsvAndTableShowTheVariables() {
        String sparql = "PREFIX nkg: <https://w3id.org/newskg/ontology#> SELECT ?a ?s { ?a nkg:source ?s } ORDER BY ?s";
        String tsv = run(sparql, ResultFormat.TSV);
        assertEquals("?a\t?s", tsv.lines().findFirst().orElseThrow());
        assertEquals(4, tsv.lines().count());
        String table = run(sparql, ResultFormat.TABLE);
        assertTrue(table.contains("Associated Press") && table.contains("| a "), table);
    }

    @Test
    void askAndConstructQueriesAreAnswered() {
        String ask = "ASK { ?m <https://w3id.org/newskg/ontology#refersTo> <" + Iris.entity("Q114").getURI() + "> }";
        assertTrue(run(ask, ResultFormat.JSON).contains("true"));
        assertTrue(run(ask.replace("Q114", "Q1"), ResultFormat.JSON).contains("false"));
        String construct = "CONSTRUCT { ?e ?p ?o } WHERE { BIND(<" + Iris.entity("Q183").getURI() + "> AS ?e) ?e ?p ?o }";
        Model m = RDFParser.fromString(run(construct, ResultFormat.TABLE), Lang.TURTLE).toModel();
        assertEquals(4, m.size(), "type, label, sameAs and wikidataId of Germany, deduplicated by the union");
    }

    @Test
    void describeGivesTurtleAboutTheResource() {
        String turtle = run("DESCRIBE <" + Iris.entity("Q114").getURI() + ">", ResultFormat.CSV);
        Model m = RDFParser.fromString(turtle, Lang.TURTLE).toModel();
        assertTrue(m.contains(m.createResource(Iris.entity("Q114").getURI()), null, "Kenya"), turtle);
    }

    @Test
    void aSyntaxErrorNamesLineAndColumn() {
        NewsKgException e = assertThrows(NewsKgException.class,
                () -> runner.select("SELECT ?x\nWHERE { ?x ?y }"));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
        assertTrue(e.getMessage().contains("column"), e.getMessage());
        assertThrows(NewsKgException.class, () -> runner.select("ASK { ?s ?p ?o }"));
    }

    @Test
    void formatNamesParseCaseInsensitively() {
        assertEquals(ResultFormat.CSV, ResultFormat.parse("csv"));
        assertThrows(IllegalArgumentException.class, () -> ResultFormat.parse("xml"));
    }
}
