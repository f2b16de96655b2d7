package org.newskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;

/** The sorted insert stores what adding quad by quad stores, and gives every node the same id. */
class SortedQuadInsertTest {

    /**
     * Quads that repeat graph, subjects, predicates and objects, with literals that TDB2 inlines ("01" and "1"); each
     * graph's quads together, as a batch of articles sends them.
     */
    private static List<Quad> quads(long seed) {
        List<Quad> mixed = mixedQuads(seed);
        List<Quad> out = new ArrayList<>();
        mixed.stream().map(Quad::getGraph).distinct().forEach(g -> mixed.stream().filter(q -> q.getGraph().equals(g)).forEach(out::add));
        return out;
    }

    /** Quads that repeat graph, subjects, predicates and objects, with literals that TDB2 inlines ("01" and "1"). */
    private static List<Quad> mixedQuads(long seed) {
        Random r = new Random(seed);
        List<Quad> out = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            Node g = NodeFactory.createURI("https://example.org/graph/" + r.nextInt(3));
            Node s = NodeFactory.createURI("https://example.org/s/" + r.nextInt(40));
            Node p = NodeFactory.createURI("https://example.org/p/" + r.nextInt(6));
            Node o = switch (r.nextInt(4)) {
                case 0 -> NodeFactory.createURI("https://example.org/s/" + r.nextInt(40));
                case 1 -> NodeFactory.createLiteralDT((r.nextBoolean() ? "0" : "") + r.nextInt(20), XSDDatatype.XSDinteger);
                case 2 -> NodeFactory.createLiteralString("text " + r.nextInt(30));
                default -> NodeFactory.createLiteralLang("mot " + r.nextInt(10), "fr");
            };
            out.add(Quad.create(g, s, p, o));
        }
        return out;
    }

    private static Set<String> content(DatasetGraph dsg) {
        Set<String> out = new TreeSet<>();
        Txn.executeRead(dsg, () -> dsg.find().forEachRemaining(q -> out.add(q.toString())));
        return out;
    }

    private static NodeTable nodeTable(DatasetGraph dsg) {
        return TDBInternal.getDatasetGraphTDB(dsg).getQuadTable().getNodeTupleTable().getNodeTable();
    }

    @Test
    void storesTheQuadsAndAllocatesTheIdsAsAddingThemOneByOne() {
        for (long seed = 1; seed <= 5; seed++) {
            List<Quad> quads = quads(seed);
            DatasetGraph byOne = TDB2Factory.createDataset().asDatasetGraph();
            Txn.executeWrite(byOne, () -> quads.forEach(byOne::add));
            DatasetGraph sorted = TDB2Factory.createDataset().asDatasetGraph();
            Txn.executeWrite(sorted, () -> {
                SortedQuadInsert inserts = new SortedQuadInsert();
                quads.stream().map(Quad::getGraph).distinct().forEach(inserts::replace);
                quads.forEach(inserts::add);
                inserts.flush(sorted);
            });
            assertEquals(content(byOne), content(sorted));
            Txn.executeRead(byOne, () -> Txn.executeRead(sorted, () -> {
                for (Quad q : quads) {
                    for (Node n : new Node[] {q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject()}) {
                        assertEquals(nodeTable(byOne).getNodeIdForNode(n), nodeTable(sorted).getNodeIdForNode(n), n.toString());
                    }
                }
            }));
        }
    }

    @Test
    void asksTheNodeTableOnceForEachDistinctNode() {
        Dataset ds = TDB2Factory.createDataset();
        DatasetGraph dsg = ds.asDatasetGraph();
        Txn.executeWrite(dsg, () -> {
            int[] asked = {0};
            NodeTable table = nodeTable(dsg);
            SortedQuadInsert.NodeIds ids = new SortedQuadInsert.NodeIds(new org.apache.jena.tdb2.store.nodetable.NodeTableWrapper(table) {
                @Override
                public NodeId getAllocateNodeId(Node node) {
                    asked[0]++;
                    return super.getAllocateNodeId(node);
                }
            });
            Node a = NodeFactory.createURI("https://example.org/a");
            Node text = NodeFactory.createLiteralString("a long text that is not inlined");
            NodeId first = ids.of(a);
            NodeId firstText = ids.of(text);
            assertSame(first, ids.of(NodeFactory.createURI("https://example.org/a")));
            assertSame(firstText, ids.of(NodeFactory.createLiteralString("a long text that is not inlined")));
            assertEquals(table.getNodeIdForNode(a), first);
            assertEquals(table.getNodeIdForNode(text), firstText);
            assertEquals(2, asked[0]);
        });
    }
}
