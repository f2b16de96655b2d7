package org.newskg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;
import org.newskg.NewsKgException;
import org.newskg.rdf.NKG;

/**
 * The newskg knowledge graph on disk: a TDB2 dataset with one named graph per article.
 *
 * <pre>{@code
 * try (KgStore store = KgStore.open(Path.of("kg-store"))) {
 *     store.replaceArticle(Iris.graph(id), sink -> writer.write(linked, sink));
 * }
 * }</pre>
 * Queries see the union of all named graphs as their default graph. Reads and writes run in TDB2
 * transactions, so one instance may be shared between threads (TDB2 allows many readers and one
 * writer); a store directory must be opened by one process at a time.
 */
public final class KgStore implements AutoCloseable {

    private final Path dir;
    private final Dataset dataset;
    private volatile boolean closed;

    private KgStore(Path dir, Dataset dataset) {
        this.dir = dir;
        this.dataset = dataset;
    }

    /** Opens the store in {@code dir}, creating it when the directory is missing or empty. */
    public static KgStore open(Path dir) {
        Objects.requireNonNull(dir, "dir");
        Path abs = dir.toAbsolutePath().normalize();
        if (Files.exists(abs) && !Files.isDirectory(abs)) {
            throw new NewsKgException("store " + abs + " is a file, not a TDB2 store directory");
        }
        if (Files.isDirectory(abs) && !looksLikeTdb2(abs)) {
            throw new NewsKgException("directory " + abs + " is not empty and is not a TDB2 store"
                    + " (no Data-NNNN folder and no tdb.lock); choose an empty or new directory");
        }
        Dataset ds;
        try {
            ds = TDB2Factory.connectDataset(Location.create(abs));
        } catch (RuntimeException e) {
            String holder = lockHolder(abs);
            if (holder != null) {
                throw new NewsKgException("cannot open TDB2 store " + abs + ": store in use by PID " + holder
                        + " (another kg process, such as a running 'kg serve'; stop it first or give another --store)", e);
            }
            throw new NewsKgException("cannot open TDB2 store " + abs + ": " + e.getMessage()
                    + " (is another process, such as a running 'kg serve', using it?)", e);
        }
        // Every query's default graph is the union of the article graphs.
        ds.getContext().set(TDB2.symUnionDefaultGraph, true);
        return new KgStore(abs, ds);
    }

    /** Whether {@code dir} holds a TDB2 store (not merely an empty directory, which {@link #open} would fill). */
    public static boolean exists(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.map(p -> p.getFileName().toString()).anyMatch(n -> n.equals("tdb.lock") || n.startsWith("Data-"));
        } catch (IOException e) {
            return false;
        }
    }

    /** The live process holding the store's lock file, or null. */
    private static String lockHolder(Path dir) {
        try {
            String pid = Files.readString(dir.resolve("tdb.lock")).strip();
            boolean alive = pid.matches("\\d{1,10}") && ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
            return alive && Long.parseLong(pid) != ProcessHandle.current().pid() ? pid : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static boolean looksLikeTdb2(Path d) {
        try (Stream<Path> entries = Files.list(d)) {
            var names = entries.map(p -> p.getFileName().toString()).toList();
            return names.isEmpty() || names.contains("tdb.lock") || names.stream().anyMatch(n -> n.startsWith("Data-"));
        } catch (IOException e) {
            throw new NewsKgException("cannot read store directory " + d + ": " + e.getMessage(), e);
        }
    }

    /** The directory of this store. */
    public Path dir() {
        return dir;
    }

    /** The Jena dataset, for the query and export layers; use it inside transactions only. */
    public Dataset dataset() {
        checkOpen();
        return dataset;
    }

    /**
     * Replaces named graph {@code graphName} by what {@code writer} sends to the sink, in one write
     * transaction: if the writer throws, the transaction aborts and the previous graph is kept.
     * Triples and quads of the default graph go into {@code graphName}; a quad of any other graph is
     * refused, so one article can never overwrite another's statements.
     */
    public void replaceArticle(Node graphName, Consumer<StreamRDF> writer) {
        replaceArticles(List.of(new GraphWrite(graphName, writer)));
    }

    /**
     * Replaces several named graphs in one write transaction, each as {@link #replaceArticle} does: one durable
     * commit for all of them. The graphs' statements are added at the end of the transaction, all together (see
     * {@link SortedQuadInsert}): a writer does not see its own statements in the store while it runs, and a graph
     * given twice ends with what its last writer sent. If any writer throws (or sends a term TDB2 cannot store), the transaction aborts
     * and every graph keeps its previous content.
     */
    public void replaceArticles(List<GraphWrite> writes) {
        Objects.requireNonNull(writes, "writes");
        checkOpen();
        DatasetGraph dsg = dataset.asDatasetGraph();
        dataset.executeWrite(() -> {
            SortedQuadInsert inserts = new SortedQuadInsert();
            for (GraphWrite w : writes) {
                dsg.deleteAny(w.graph(), Node.ANY, Node.ANY, Node.ANY);
                inserts.replace(w.graph());
                w.writer().accept(new GraphSink(dsg, w.graph(), inserts));
            }
            inserts.flush(dsg);
        });
    }

    /** Deletes one named graph; returns whether it held anything. */
    public boolean deleteGraph(Node graphName) {
        checkOpen();
        DatasetGraph dsg = dataset.asDatasetGraph();
        return dataset.calculateWrite(() -> {
            boolean had = dsg.contains(graphName, Node.ANY, Node.ANY, Node.ANY);
            dsg.deleteAny(graphName, Node.ANY, Node.ANY, Node.ANY);
            return had;
        });
    }

    /** Whether the store holds no quad at all (a new store, or one never written to). */
    public boolean isEmpty() {
        return read(() -> !dataset.asDatasetGraph().find().hasNext());
    }

    /** The number of triples summed over all named graphs (a triple in two graphs counts twice). */
    public long tripleCount() {
        return read(() -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            if (TDBInternal.isBackedByTDB(dsg)) {
                // TDB2 keeps the named graphs' quads, and only them, in its quad table: counting one index's records
                // reads the B+tree alone, where findNG would also look up the four nodes of every quad (a third of
                // an ingest summary's time on a 1K-article store, and twice per ingest when it checks compaction).
                return TDBInternal.getDatasetGraphTDB(dsg).getQuadTable().getNodeTupleTable().getTupleTable().getIndex(0).size();
            }
            return Iter.count(dsg.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY));
        });
    }

    /** The number of triples in one named graph (0 when there is no such graph). */
    public long tripleCount(Node graphName) {
        return read(() -> Iter.count(dataset.asDatasetGraph().find(graphName, Node.ANY, Node.ANY, Node.ANY)));
    }

    /** The number of non-empty named graphs. */
    public long graphCount() {
        return read(() -> Iter.count(dataset.asDatasetGraph().listGraphNodes()));
    }

    /**
     * The names of the article graphs, those holding an {@code nkg:Article}, sorted by IRI. Not every named
     * graph is one: the run log and the Wikidata graph of {@code kg link enrich} live in the store too.
     */
    public List<Node> articleGraphs() {
        return read(() -> {
            Set<String> names = new TreeSet<>();
            dataset.asDatasetGraph().find(Node.ANY, Node.ANY, RDF.type.asNode(), NKG.Article)
                    .forEachRemaining(q -> names.add(q.getGraph().getURI()));
            return names.stream().map(NodeFactory::createURI).toList();
        });
    }

    /** Whether a named graph with at least one triple exists. */
    public boolean containsGraph(Node graphName) {
        return read(() -> dataset.asDatasetGraph().contains(graphName, Node.ANY, Node.ANY, Node.ANY));
    }

    /** Runs {@code action} in a read transaction and returns its result. */
    public <T> T read(Supplier<T> action) {
        checkOpen();
        return dataset.calculateRead(action);
    }

    private void checkOpen() {
        if (closed) {
            throw new NewsKgException("store " + dir + " is closed");
        }
    }

    /** Closes the dataset and releases the directory, so another process (or a new open) can use it. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        TDBInternal.expel(dataset.asDatasetGraph());
    }

    /** Passes everything it receives, as statements of one named graph, to the transaction's inserts. */
    private static final class GraphSink extends StreamRDFBase {
        private final DatasetGraph dsg;
        private final Node graph;
        private final SortedQuadInsert inserts;

        GraphSink(DatasetGraph dsg, Node graph, SortedQuadInsert inserts) {
            this.dsg = dsg;
            this.graph = graph;
            this.inserts = inserts;
        }

        @Override
        public void triple(org.apache.jena.graph.Triple t) {
            requireTerms(t.getSubject(), t.getPredicate(), t.getObject());
            inserts.add(Quad.create(graph, t));
        }

        @Override
        public void quad(Quad q) {
            requireTerms(q.getSubject(), q.getPredicate(), q.getObject());
            if (q.isDefaultGraph() || q.getGraph() == null) {
                inserts.add(Quad.create(graph, q.asTriple()));
            } else if (q.getGraph().equals(graph)) {
                inserts.add(q);
            } else {
                throw new NewsKgException("quad for graph " + q.getGraph() + " sent while replacing graph " + graph);
            }
        }

        /** TDB2 fails on a variable or wildcard with an obscure message, or (for Node.ANY) with a damaged transaction. */
        private void requireTerms(Node s, Node p, Node o) {
            if (isTerm(s) && isTerm(p) && isTerm(o)) {
                return;
            }
            throw new NewsKgException("graph " + graph.getURI() + ": <" + s + "> <" + p + "> " + o
                    + " holds something that is not an RDF term (a variable or a wildcard) and cannot be stored");
        }

        private static boolean isTerm(Node n) {
            return n != null && n.isConcrete();
        }

        @Override
        public void prefix(String prefix, String iri) {
            dsg.prefixes().add(prefix, iri);
        }
    }
}
