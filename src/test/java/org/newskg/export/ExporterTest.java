package org.newskg.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.graph.GraphFactory;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.model.vocabulary.XSD;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.NewsKgException;
import org.newskg.link.LinkedExtraction;
import org.newskg.rdf.ArticleGraphWriter;
import org.newskg.rdf.Iris;
import org.newskg.rdf.NKG;
import org.newskg.rdf.TestArticles;
import org.newskg.store.KgStore;

class ExporterTest {

    @TempDir
    static Path tmp;
    private static KgStore store;
    private final Exporter exporter = new Exporter();

    @BeforeAll
    static void fill() {
        store = KgStore.open(tmp.resolve("kg"));
        ArticleGraphWriter writer = new ArticleGraphWriter("test");
        for (LinkedExtraction le : TestArticles.all()) {
            store.replaceArticle(Iris.graph(le.extraction().text().article().id()), sink -> writer.write(le, sink));
        }
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private byte[] export(ExportFormat format, String graph) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.export(store, format, graph, out);
        return out.toByteArray();
    }

    private static Model rio(byte[] bytes, RDFFormat format) throws IOException {
        return Rio.parse(new ByteArrayInputStream(bytes), "", format);
    }

    /** The store's union default graph, read with Jena. */
    private static Graph union() {
        return store.read(() -> {
            Graph g = GraphFactory.createDefaultGraph();
            store.dataset().asDatasetGraph().getUnionGraph().find().forEachRemaining(g::add);
            return g;
        });
    }

    @Test
    void everyFormatWritesAndParsesBackWithTheExpectedNumberOfStatements() throws IOException {
        long quads = store.tripleCount();
        long unionTriples = union().size();
        assertTrue(unionTriples < quads, "entities shared by articles should be deduplicated in the union");
        for (ExportFormat f : ExportFormat.values()) {
            byte[] bytes = export(f, null);
            Model m = rio(bytes, f.rdfFormat());
            if (f.hasGraphs()) {
                assertEquals(quads, m.size(), f.name());
                assertEquals(store.graphCount(), m.contexts().size(), f.name());
            } else {
                assertEquals(unionTriples, m.size(), f.name());
            }
        }
    }

    @Test
    void turtleExportIsIsomorphicToTheUnionGraphInJenaAndRdf4j() throws IOException {
        byte[] turtle = export(ExportFormat.TURTLE, null);
        Graph expected = union();

        Graph jena = GraphFactory.createDefaultGraph();
        RDFDataMgr.read(jena, new ByteArrayInputStream(turtle), Lang.TURTLE);
        assertTrue(jena.isIsomorphicWith(expected), "Jena reading of the Turtle export differs from the store");

        Model fromRio = rio(turtle, RDFFormat.TURTLE);
        ByteArrayOutputStream nt = new ByteArrayOutputStream();
        RDFDataMgr.write(nt, expected, Lang.NTRIPLES);
        Model storeInRdf4j = rio(nt.toByteArray(), RDFFormat.NTRIPLES);
        assertTrue(Models.isomorphic(fromRio, storeInRdf4j), "RDF4J reading of the Turtle export differs from the store");
    }

    @Test
    void everyFormatRoundTripsToTheSameStatements() throws IOException {
        Model quads = rio(export(ExportFormat.NQUADS, null), RDFFormat.NQUADS);
        Model triples = rio(export(ExportFormat.TURTLE, null), RDFFormat.TURTLE);
        for (ExportFormat f : ExportFormat.values()) {
            Model m = rio(export(f, null), f.rdfFormat());
            assertTrue(Models.isomorphic(f.hasGraphs() ? quads : triples, m), f + " does not round-trip");
        }
    }

    @Test
    void languageTagsAndDatatypesSurviveTheExport() throws IOException {
        Model m = rio(export(ExportFormat.TRIG, null), RDFFormat.TRIG);
        SimpleValueFactory vf = SimpleValueFactory.getInstance();
        IRI article = vf.createIRI(Iris.article("toyota-q3").getURI());
        Literal headline = (Literal) m.filter(article, vf.createIRI(NKG.headline.getURI()), null).objects()
                .iterator().next();
        assertTrue(headline.getLanguage().orElseThrow().equalsIgnoreCase("en-GB"), headline.toString());
        Set<IRI> offsetTypes = m.filter(null, vf.createIRI(NKG.beginIndex.getURI()), null).objects().stream()
                .map(v -> ((Literal) v).getDatatype()).collect(Collectors.toSet());
        assertEquals(Set.of(XSD.NON_NEGATIVE_INTEGER), offsetTypes);
        Literal published = (Literal) m.filter(article, vf.createIRI(NKG.datePublished.getURI()), null).objects()
                .iterator().next();
        assertEquals(XSD.DATE, published.getDatatype());
    }

    @Test
    void twoExportsAreByteIdentical() {
        for (ExportFormat f : ExportFormat.values()) {
            assertArrayEquals(export(f, null), export(f, null), f.name());
        }
    }

    @Test
    void nquadsExportIsSortedByGraphSubjectAndPredicate() throws IOException {
        byte[] nq = export(ExportFormat.NQUADS, null);
        Model m = Rio.parse(new ByteArrayInputStream(nq), "", RDFFormat.NQUADS, new org.eclipse.rdf4j.rio.ParserConfig(),
                SimpleValueFactory.getInstance(), new org.eclipse.rdf4j.rio.helpers.ParseErrorLogger());
        List<Statement> in = new ArrayList<>(new LinkedHashModel(m));
        for (int i = 1; i < in.size(); i++) {
            String prev = key(in.get(i - 1));
            String cur = key(in.get(i));
            assertTrue(prev.compareTo(cur) <= 0, "out of order:\n" + in.get(i - 1) + "\n" + in.get(i));
        }
        assertEquals(store.tripleCount(), new String(nq, StandardCharsets.UTF_8).lines().count());
    }

    private static String key(Statement s) {
        Resource c = s.getContext();
        return (c == null ? "" : c.stringValue()) + "\u0000" + s.getSubject().stringValue() + "\u0000"
                + s.getPredicate().stringValue();
    }

    @Test
    void oneGraphCanBeExportedAlone() throws IOException {
        String g = Iris.graph("ap-kenya-election").getURI();
        Model trig = rio(export(ExportFormat.TRIG, g), RDFFormat.TRIG);
        assertEquals(Set.of(SimpleValueFactory.getInstance().createIRI(g)), trig.contexts());
        assertEquals(store.tripleCount(Iris.graph("ap-kenya-election")), trig.size());
        Model ttl = rio(export(ExportFormat.TURTLE, g), RDFFormat.TURTLE);
        assertEquals(trig.size(), ttl.size());
        Set<Value> subjects = new java.util.HashSet<>(ttl.subjects());
        assertTrue(subjects.stream().noneMatch(v -> v.stringValue().contains("toyota-q3")));
    }

    @Test
    void anUnknownGraphIsReported() {
        String g = "https://w3id.org/newskg/graph/never-ingested";
        NewsKgException e = assertThrows(NewsKgException.class, () -> export(ExportFormat.NQUADS, g));
        assertEquals("no graph <" + g + "> in the store", e.getMessage());
    }

    @Test
    void namespacesAreDeclared() {
        String ttl = new String(export(ExportFormat.TURTLE, null), StandardCharsets.UTF_8);
        for (String prefix : List.of("nkg", "rdf", "rdfs", "owl", "xsd", "schema", "nif", "prov", "wd", "entity")) {
            assertTrue(ttl.contains("@prefix " + prefix + ":"), prefix + " missing");
        }
        assertTrue(ttl.contains("wd:Q183"), "Wikidata IRIs should be abbreviated");
    }

    @Test
    void anEmptyStoreExportsNothingButIsValid() throws IOException {
        try (KgStore empty = KgStore.open(tmp.resolve("empty"))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            exporter.export(empty, ExportFormat.NQUADS, null, out);
            assertEquals(0, rio(out.toByteArray(), RDFFormat.NQUADS).size());
        }
    }

    @Test
    void formatNamesParse() {
        assertEquals(ExportFormat.NQUADS, ExportFormat.parse("n-quads"));
        assertEquals(ExportFormat.JSONLD, ExportFormat.parse("JSON-LD"));
        assertEquals(ExportFormat.RDFXML, ExportFormat.parse("rdf/xml"));
        assertThrows(IllegalArgumentException.class, () -> ExportFormat.parse("csv"));
    }
}
