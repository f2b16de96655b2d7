package org.newskg.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.newskg.prov.RunLog;
import org.newskg.rdf.Iris;
import org.newskg.store.GraphWrite;
import org.newskg.store.KgStore;

/**
 * The ingest writer alone: writes the article graphs of an N-Quads export ({@code kg export --format nquads}) into a
 * new store through {@link KgStore#replaceArticles}, {@code BATCH} graphs per write transaction with each graph's
 * run-log entry, as {@code kg ingest}'s writer does, and prints the writing thread's CPU time, the commits and the
 * store's size on disk. {@code COPIES} above 1 writes the export that many times, each copy's article IRIs (those
 * holding an article id, {@code c-} and 16 hex digits) renamed, for a larger store than the export's.
 * Not a test: {@code java -cp target/test-classes:JAR org.newskg.bench.WriterBenchmark EXPORT.nq STORE BATCH [COPIES]}.
 */
public final class WriterBenchmark {

    private static final Pattern ARTICLE_ID = Pattern.compile("/c-[0-9a-f]{16}");

    private WriterBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path export = Path.of(args[0]);
        Path storeDir = Path.of(args[1]);
        int batch = Integer.parseInt(args[2]);
        int copies = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        Map<Node, List<Quad>> graphs = new LinkedHashMap<>();
        RDFParser.source(export).parse(new StreamRDFBase() {
            @Override
            public void quad(Quad q) {
                graphs.computeIfAbsent(q.getGraph(), g -> new ArrayList<>()).add(q);
            }
        });
        List<Map.Entry<Node, List<Quad>>> all = new ArrayList<>();
        for (int c = 0; c < copies; c++) {
            for (Map.Entry<Node, List<Quad>> e : graphs.entrySet()) {
                all.add(c == 0 ? e : renamed(e, "-" + c));
            }
        }
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long cpu0 = mx.getCurrentThreadCpuTime();
        long user0 = mx.getCurrentThreadUserTime();
        long t0 = System.nanoTime();
        long quads = 0;
        int commits = 0;
        try (KgStore kg = KgStore.open(storeDir)) {
            for (int i = 0; i < all.size(); i += batch) {
                List<GraphWrite> writes = new ArrayList<>();
                Instant ended = Instant.now();
                for (Map.Entry<Node, List<Quad>> e : all.subList(i, Math.min(all.size(), i + batch))) {
                    String id = e.getKey().getURI().substring(Iris.GRAPH_NS.length());
                    quads += e.getValue().size();
                    writes.add(new GraphWrite(e.getKey(), sink -> {
                        e.getValue().forEach(sink::quad);
                        RunLog.record(kg, Iris.ingest(id), ended, ended);
                    }));
                }
                kg.replaceArticles(writes);
                commits++;
            }
        }
        double cpu = (mx.getCurrentThreadCpuTime() - cpu0) / 1e9;
        double user = (mx.getCurrentThreadUserTime() - user0) / 1e9;
        double wall = (System.nanoTime() - t0) / 1e9;
        long bytes;
        try (Stream<Path> files = Files.walk(storeDir)) {
            bytes = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
        System.out.printf(Locale.ROOT, "%d graphs, %d quads, batch %d: %d commits; writer thread CPU %.1f s (user %.1f, sys %.1f), "
                        + "wall %.1f s, %.0f quads per CPU s; store %.0f MB%n", all.size(), quads, batch, commits, cpu, user,
                cpu - user, wall, quads / cpu, bytes / 1e6);
    }

    private static Map.Entry<Node, List<Quad>> renamed(Map.Entry<Node, List<Quad>> graph, String suffix) {
        Map<Node, Node> names = new HashMap<>();
        List<Quad> quads = new ArrayList<>(graph.getValue().size());
        for (Quad q : graph.getValue()) {
            quads.add(Quad.create(rename(q.getGraph(), suffix, names), rename(q.getSubject(), suffix, names),
                    q.getPredicate(), rename(q.getObject(), suffix, names)));
        }
        return Map.entry(rename(graph.getKey(), suffix, names), quads);
    }

    private static Node rename(Node n, String suffix, Map<Node, Node> names) {
        if (!n.isURI()) {
            return n;
        }
        return names.computeIfAbsent(n, x -> {
            Matcher m = ARTICLE_ID.matcher(x.getURI());
            return m.find() ? NodeFactory.createURI(m.replaceAll(r -> r.group() + suffix)) : x;
        });
    }
}
