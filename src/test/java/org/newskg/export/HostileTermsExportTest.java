package org.newskg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDFS;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.NewsKgException;
import org.newskg.serve.Credentials;
import org.newskg.serve.ServeOptions;
import org.newskg.serve.SparqlServer;
import org.newskg.store.KgStore;

/**
 * Names no extractor should produce but a store may still hold (written by an older version, or fetched by
 * {@code kg link enrich}): every export format either writes them so that Jena and RDF4J both read back
 * exactly the stored terms, or refuses to write, never a file a consumer cannot parse.
 */
class HostileTermsExportTest {

    private static final String GRAPH = "https://w3id.org/newskg/graph/hostile-names";
    private static final String ENTITY = "https://w3id.org/newskg/id/entity/person/";

    /** Legal in every RDF string, awkward in every syntax; written for this test. */
    private static final List<String> PRINTABLE = List.of(
            "Seán \"The Chief\" O'Brien \\ <b>", "Ama [Kofi] {Mensah} & Co; #1 @home",
            "Ngozi 🇳🇬 Okafor 😀 — 𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "سلمى الحسن", "\u202Eevil\u202C Doe", "tab\tnew\nline\rcr",
            "ends in backslash \\", "\"\"\"triple quotes\"\"\"", "]]> </rdf:RDF> <!-- -->");
    /** Control characters: valid RDF strings, but XML 1.0 cannot carry them, escaped or not. */
    private static final List<String> CONTROL = List.of("Esc\u001b[31m Doe", "Bell\u0007 Ndiaye", "VT\u000BFF\f Lee",
            "DEL\u007F C1\u0085\u009F Kim", "NUL\u0000 Park");

    @TempDir
    Path tmp;

    private KgStore store(List<String> names) {
        KgStore kg = KgStore.open(tmp.resolve("kg-" + names.hashCode()));
        Node g = NodeFactory.createURI(GRAPH);
        kg.replaceArticle(g, sink -> {
            for (int i = 0; i < names.size(); i++) {
                Node e = NodeFactory.createURI(ENTITY + "p" + i);
                sink.triple(org.apache.jena.graph.Triple.create(e, RDFS.label.asNode(), NodeFactory.createLiteralString(names.get(i))));
                sink.triple(org.apache.jena.graph.Triple.create(e, RDFS.comment.asNode(),
                        NodeFactory.createLiteralLang(names.get(i), "ar")));
            }
        });
        return kg;
    }

    private static byte[] export(KgStore kg, ExportFormat f) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Exporter().export(kg, f, null, out);
        return out.toByteArray();
    }

    /** The store's quads as Jena sees them, in the default graph when the format has no graphs. */
    private static DatasetGraph expected(KgStore kg, boolean keepGraphs) {
        DatasetGraph want = DatasetFactory.createGeneral().asDatasetGraph();
        kg.read(() -> {
            kg.dataset().asDatasetGraph().find(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q ->
                    want.add(keepGraphs ? q : new Quad(Quad.defaultGraphIRI, q.asTriple())));
            return null;
        });
        return want;
    }

    private static void assertReadsBackExactly(KgStore kg, ExportFormat f, byte[] bytes) throws IOException {
        DatasetGraph want = expected(kg, f.hasGraphs());
        Lang lang = RDFLanguages.nameToLang(f.rdfFormat().getDefaultMIMEType());
        Dataset jena = DatasetFactory.createGeneral();
        RDFDataMgr.read(jena, new ByteArrayInputStream(bytes), lang);
        assertTrue(isomorphic(want, jena.asDatasetGraph()), f + ": Jena reads back other terms");

        Model rio = Rio.parse(new ByteArrayInputStream(bytes), "", f.rdfFormat());
        ByteArrayOutputStream nq = new ByteArrayOutputStream();
        RDFDataMgr.write(nq, want, Lang.NQUADS);
        Model wantRio = Rio.parse(new ByteArrayInputStream(nq.toByteArray()), "", RDFFormat.NQUADS);
        assertTrue(Models.isomorphic(wantRio, rio), f + ": RDF4J reads back other terms");
        assertEquals(wantRio.size(), rio.size(), f.name());
    }

    private static boolean isomorphic(DatasetGraph a, DatasetGraph b) {
        return org.apache.jena.sparql.util.IsoMatcher.isomorphic(a, b);
    }

    @Test
    void quotesBracketsEmojiAndRightToLeftTextReadBackExactlyInEveryFormat() throws IOException {
        try (KgStore kg = store(PRINTABLE)) {
            for (ExportFormat f : ExportFormat.values()) {
                assertReadsBackExactly(kg, f, export(kg, f));
            }
        }
    }

    @Test
    void controlCharactersAreEscapedWhereTheSyntaxAllowsAndRdfXmlRefusesThem() throws IOException {
        try (KgStore kg = store(CONTROL)) {
            for (ExportFormat f : ExportFormat.values()) {
                if (f == ExportFormat.RDFXML) {
                    NewsKgException e = assertThrows(NewsKgException.class, () -> export(kg, f));
                    assertTrue(e.getMessage().contains("U+001B") && e.getMessage().contains(ENTITY + "p0"), e.getMessage());
                } else {
                    byte[] bytes = export(kg, f);
                    assertFalse(new String(bytes, java.nio.charset.StandardCharsets.UTF_8).chars().anyMatch(c -> c == 0x1b || c == 7),
                            f + " writes control characters raw");
                    assertReadsBackExactly(kg, f, bytes);
                }
            }
        }
    }

    @Test
    void aLoneSurrogateIsRefusedByEveryFormatInsteadOfBecomingAQuestionMark() {
        try (KgStore kg = store(List.of("Broken \uD83D half", "fine"))) {
            for (ExportFormat f : ExportFormat.values()) {
                NewsKgException e = assertThrows(NewsKgException.class, () -> export(kg, f), f.name());
                assertTrue(e.getMessage().contains("U+D83D"), e.getMessage());
            }
        }
    }

    @Test
    void deleteAndC1ControlsReachEvenRdfXmlAsCharacterReferences() throws IOException {
        try (KgStore kg = store(List.of("DEL\u007F and NEL\u0085 Kim", "C1\u009F Ito"))) {
            for (ExportFormat f : ExportFormat.values()) {
                byte[] bytes = export(kg, f);
                assertFalse(new String(bytes, java.nio.charset.StandardCharsets.UTF_8).chars().anyMatch(c -> c == 0x7f || c == 0x85),
                        f + " writes control characters raw");
                assertReadsBackExactly(kg, f, bytes);
            }
        }
    }

    @Test
    void anExportPostedToAServedStoreAsTheReadmeShowsReadsBackTheSameTerms() throws Exception {
        // The README's external-client example: curl -u USER:PASS -X POST -H 'Content-Type: application/n-quads'
        // --data-binary @export.nq http://127.0.0.1:3030/kg, answered by Fuseki's own parser.
        List<String> names = new java.util.ArrayList<>(PRINTABLE);
        names.addAll(CONTROL);
        Credentials.Login desk = new Credentials.Login("desk", "long-secret-Accra");
        try (KgStore source = store(names); KgStore served = KgStore.open(tmp.resolve("served"));
             SparqlServer server = SparqlServer.start(served,
                     ServeOptions.readOnly("127.0.0.1", 0).withUpdate(Credentials.of(desk)), null)) {
            byte[] nquads = export(source, ExportFormat.NQUADS);
            java.net.http.HttpResponse<String> posted = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(server.base().resolve("kg"))
                            .header("Authorization", desk.basicHeader()).header("Content-Type", "application/n-quads")
                            .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(nquads)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertTrue(posted.statusCode() / 100 == 2, posted.statusCode() + " " + posted.body());
            DatasetGraph got = DatasetFactory.createGeneral().asDatasetGraph();
            served.read(() -> {
                served.dataset().asDatasetGraph().find(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(got::add);
                return null;
            });
            assertTrue(isomorphic(expected(source, true), got), "the served store holds other terms than the export");
        }
    }
}
