package org.newskg.prov;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.rdf.NKG;
import org.newskg.store.KgStore;
import org.newskg.validate.ContractGraph;
import org.newskg.validate.SampleStores;

/** Every stored offset pair indexes the stored article text exactly: substring(begin, end) is the anchor. */
class ProvenanceOffsetsTest {

    private static final Node STATEMENT_TEXT = ContractGraph.nkg("statementText");

    /**
     * Checks every node of {@code g} with beginIndex and endIndex and an anchorOf (mentions, sentences,
     * evidence) or a statementText (statement contents); returns how many.
     */
    static int checkAnchors(Graph g, List<String> failures) {
        List<Triple> anchored = new ArrayList<>(g.find(Node.ANY, NKG.anchorOf, Node.ANY).toList());
        anchored.addAll(g.find(Node.ANY, STATEMENT_TEXT, Node.ANY).toList());
        int checked = 0;
        for (Triple t : anchored) {
            Node n = t.getSubject();
            int begin = integer(g, n, NKG.beginIndex);
            int end = integer(g, n, NKG.endIndex);
            String text = articleText(g, n);
            String anchor = t.getObject().getLiteralLexicalForm();
            if (!text.substring(begin, end).equals(anchor)) {
                failures.add(n.getURI() + ": [" + begin + ", " + end + ") reads '" + text.substring(begin, end)
                        + "', anchor '" + anchor + "'");
            }
            checked++;
        }
        return checked;
    }

    private static int integer(Graph g, Node s, Node p) {
        List<Triple> ts = g.find(s, p, Node.ANY).toList();
        assertEquals(1, ts.size(), s + " " + p);
        return Integer.parseInt(ts.get(0).getObject().getLiteralLexicalForm());
    }

    private static String articleText(Graph g, Node n) {
        Node article = one(g, n, NKG.inArticle);
        if (article == null) {
            article = one(g, one(g, n, NKG.inSentence), NKG.inArticle);
        }
        return one(g, article, NKG.articleText).getLiteralLexicalForm();
    }

    private static Node one(Graph g, Node s, Node p) {
        var it = g.find(s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    @Test
    void everyMentionAndSentenceOfSeveralRealArticlesIndexesTheStoredText(@TempDir Path tmp) {
        Path store = SampleStores.ingest(tmp.resolve("store"), SampleStores.ARTICLES, SampleStores.OWN);
        List<String> failures = new ArrayList<>();
        int checked = 0;
        int mentions = 0;
        int graphs = 0;
        try (KgStore kg = KgStore.open(store)) {
            List<Node> names = kg.read(() -> org.apache.jena.atlas.iterator.Iter.toList(kg.dataset().asDatasetGraph().listGraphNodes()));
            for (Node name : names) {
                if (name.equals(RunLog.GRAPH)) {
                    continue;
                }
                Graph g = kg.read(() -> {
                    Graph copy = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
                    kg.dataset().asDatasetGraph().getGraph(name).find().forEachRemaining(copy::add);
                    return copy;
                });
                graphs++;
                checked += checkAnchors(g, failures);
                mentions += g.find(Node.ANY, NKG.refersTo, Node.ANY).toList().size();
            }
        }
        assertEquals(9, graphs, "seven sample articles and two of our own");
        assertTrue(mentions > 150, "linked mentions checked: " + mentions);
        assertTrue(checked > 400, "spans checked: " + checked);
        assertTrue(failures.isEmpty(), failures.size() + " offsets do not index the text: " + failures);
    }

    @Test
    void evidenceOfContractShapedFactsIndexesTheText() {
        List<String> failures = new ArrayList<>();
        Graph g = ContractGraph.graph();
        int checked = checkAnchors(g, failures);
        assertEquals(2 + 5 + 1 + 3 + 1, checked, "sentences, entity and time mentions, evidence, statement");
        assertTrue(failures.isEmpty(), failures.toString());
    }
}
