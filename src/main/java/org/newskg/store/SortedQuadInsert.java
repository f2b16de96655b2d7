package org.newskg.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.atlas.lib.tuple.TupleMap;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The quads of one write transaction, held back until its end and then added to the store index by index, each
 * index's records in that index's own order.
 *
 * <pre>{@code
 * SortedQuadInsert inserts = new SortedQuadInsert();
 * inserts.replace(graph);  inserts.add(quad);  ...
 * inserts.flush(dsg);      // inside the write transaction
 * }</pre>
 * Why: adding quad by quad inserts each quad into six B+tree indexes (GSPO, GPOS, GOSP, SPOG, POSG, OSPG) in the
 * order the quads come, so five of the six jump between distant blocks of their tree at every quad; in key order,
 * consecutive inserts go down the same path and into the same leaf, while the leaf is still in the processor's cache
 * and the transaction's copy of it is already made. Jena's bulk loaders sort the same way but manage their own
 * transactions, so they cannot share the run log's transaction nor write into a store in use. The result is the same
 * set of quads as adding them one by one: node ids are allocated in the order the quads came, and a quad
 * given twice is stored once. Not thread-safe: one write transaction's thread.
 */
final class SortedQuadInsert {

    /** The quads of each graph, by graph, in the order they came. */
    private final Map<Node, List<Quad>> byGraph = new LinkedHashMap<>();

    /** Starts (again) the content of {@code graph}: what was added for it before in this batch is dropped. */
    void replace(Node graph) {
        byGraph.put(graph, new ArrayList<>());
    }

    /** Holds {@code quad} back for {@link #flush}; its graph must have been given to {@link #replace}. */
    void add(Quad quad) {
        List<Quad> quads = byGraph.get(quad.getGraph());
        if (quads == null) {
            throw new IllegalStateException("quad for graph " + quad.getGraph() + " not being replaced");
        }
        quads.add(quad);
    }

    /** Adds the quads held back to {@code dsg}, in the caller's write transaction, and forgets them. */
    void flush(DatasetGraph dsg) {
        if (!TDBInternal.isBackedByTDB(dsg)) {
            byGraph.values().forEach(quads -> quads.forEach(dsg::add));
            byGraph.clear();
            return;
        }
        NodeTupleTable table = TDBInternal.getDatasetGraphTDB(dsg).getQuadTable().getNodeTupleTable();
        NodeIds ids = new NodeIds(table.getNodeTable());
        List<Tuple<NodeId>> tuples = new ArrayList<>();
        for (List<Quad> quads : byGraph.values()) {
            for (Quad q : quads) {
                if (Quad.isDefaultGraph(q.getGraph()) || Quad.isUnionGraph(q.getGraph())) {
                    dsg.add(q);   // not a quad of the quad table: let the dataset decide, as before
                    continue;
                }
                // g, s, p, o: the order in which adding the quad itself allocates new node ids.
                NodeId g = ids.of(q.getGraph());
                NodeId s = ids.of(q.getSubject());
                NodeId p = ids.of(q.getPredicate());
                tuples.add(TupleFactory.create4(g, s, p, ids.of(q.getObject())));
            }
        }
        byGraph.clear();
        if (tuples.isEmpty()) {
            return;
        }
        for (TupleIndex index : table.getTupleTable().getIndexes()) {
            if (index != null) {
                tuples.sort(inIndexOrder(index.getMapping()));
                for (Tuple<NodeId> t : tuples) {
                    index.add(t);   // a tuple already in the index replaces itself: a quad given twice stays one
                }
            }
        }
    }

    /**
     * The node ids of one flush, each node asked of the node table once. Why: an article's graph names its graph node
     * in every quad and repeats its predicates, types and subjects; each {@link NodeTable#getAllocateNodeId} goes
     * through the table's cache (a Caffeine look-up and a buffered update, a tenth of the writer's samples). Within
     * one transaction a node's id never changes, and the first time a node is seen is still the time it is asked of
     * the table, so ids are allocated in the same order as before.
     */
    static final class NodeIds {

        private final NodeTable table;
        private final Map<Node, NodeId> seen = new HashMap<>();

        NodeIds(NodeTable table) {
            this.table = table;
        }

        NodeId of(Node node) {
            NodeId id = seen.get(node);
            if (id == null) {
                id = table.getAllocateNodeId(node);
                seen.put(node, id);
            }
            return id;
        }
    }

    /** Orders tuples (in the table's G, S, P, O order) by the key an index stores them under. */
    private static Comparator<Tuple<NodeId>> inIndexOrder(TupleMap mapping) {
        return (a, b) -> {
            for (int i = 0; i < mapping.length(); i++) {
                int c = NodeId.compare(mapping.mapSlot(i, a), mapping.mapSlot(i, b));
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        };
    }
}
