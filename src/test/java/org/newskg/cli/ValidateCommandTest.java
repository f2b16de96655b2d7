package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.rdf.NKG;
import org.newskg.store.KgStore;
import org.newskg.validate.SampleStores;

class ValidateCommandTest {

    @TempDir
    static Path tmp;
    static Path store;

    @BeforeAll
    static void ingest() {
        store = SampleStores.ingest(tmp.resolve("store"), SampleStores.ARTICLES, SampleStores.OWN);
    }

    @Test
    void theStoreBuiltFromTheSampleArticlesConforms() {
        CliRunner.Result r = CliRunner.run("validate", "--store", store.toString());
        assertEquals(ExitCodes.OK, r.exitCode(), r.out() + r.err());
        assertTrue(r.out().contains("9 graphs checked: all conform"), r.out());
    }

    @Test
    void turtleFormatPrintsTheW3cReportGraph() {
        CliRunner.Result r = CliRunner.run("validate", "--store", store.toString(), "--format", "turtle");
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        assertTrue(r.out().contains("sh:ValidationReport"), r.out());
        assertTrue(r.out().contains("sh:conforms"), r.out());
    }

    @Test
    void aBrokenGraphInTheStoreIsReportedWithItsArticleAndExitsOne() {
        Path broken = SampleStores.ingest(tmp.resolve("broken"), SampleStores.OWN);
        Node mention;
        try (KgStore kg = KgStore.open(broken)) {
            mention = kg.read(() -> kg.dataset().asDatasetGraph()
                    .find(Node.ANY, Node.ANY, NKG.mentionRule, Node.ANY).next().getSubject());
            kg.dataset().executeWrite(() -> {
                var dsg = kg.dataset().asDatasetGraph();
                var q = dsg.find(Node.ANY, mention, NKG.anchorOf, Node.ANY).next();
                dsg.delete(q);
                dsg.add(q.getGraph(), mention, NKG.anchorOf, NodeFactory.createLiteralString("not the text"));
            });
        }
        CliRunner.Result r = CliRunner.run("validate", "--store", broken.toString());
        assertEquals(ExitCodes.INPUT_FAILED, r.exitCode(), r.out());
        assertTrue(r.out().contains("Graph <https://w3id.org/newskg/graph/"), r.out());
        assertTrue(r.out().contains("<" + mention.getURI() + ">"), r.out());
        assertTrue(r.out().contains("anchor \"not the text\" is not the article text"), r.out());
        assertTrue(r.out().contains("1 violation in 1 graph"), r.out());

        CliRunner.Result t = CliRunner.run("validate", "--store", broken.toString(), "--format", "turtle");
        assertEquals(ExitCodes.INPUT_FAILED, t.exitCode());
        assertTrue(t.out().contains("sh:focusNode"), t.out());
    }

    @Test
    void anUnknownFormatIsRefused() {
        CliRunner.Result r = CliRunner.run("validate", "--store", store.toString(), "--format", "xml");
        assertEquals(ExitCodes.FAILED, r.exitCode());
        assertTrue(r.err().contains("unknown report format 'xml'"), r.err());
    }
}
