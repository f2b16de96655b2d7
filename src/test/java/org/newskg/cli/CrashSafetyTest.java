package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.store.KgStore;

/**
 * A real {@code kg ingest} in a child JVM, killed with SIGKILL at random moments of its run (seeded fractions of
 * the time a clean ingest takes on this machine) while it stores a hundred and sixty articles written from templates; after each kill the store opens,
 * every article graph in it equals the one a clean ingest writes (no partial graph), and running the ingest again
 * after the last kill gives exactly the clean ingest's article graphs.
 */
class CrashSafetyTest {

    private static final Path HOME = IngestCommandTest.HOME;
    private static final int ARTICLES = 160;
    private static final int KILLS = 4;
    private static final int MAX_KILLS = 8;

    private static final String[][] PAIRS = {
        {"Kenyan", "Kenya", "President William Ruto"}, {"Peruvian", "Peru", "President Alan Garcia"},
        {"Polish", "Poland", "President Aleksander Kwasniewski"}, {"Ghanaian", "Ghana", "President John Mahama"},
        {"Chilean", "Chile", "President Michelle Bachelet"}, {"Indonesian", "Indonesia", "President Joko Widodo"},
    };

    @TempDir
    static Path shared;

    @TempDir
    Path tmp;

    /** The articles, and the graphs a clean ingest of them writes; made once for both tests. */
    private static Path in;
    private static Map<Node, Set<String>> reference;
    private static long cleanMillis;

    @BeforeAll
    static void cleanIngest() throws Exception {
        in = writeArticles(Files.createDirectories(shared.resolve("in")));
        Path clean = shared.resolve("clean");
        long started = System.nanoTime();
        assertEquals(0, ingest(clean, in).waitFor(), "the clean ingest");
        cleanMillis = (System.nanoTime() - started) / 1_000_000;
        reference = graphs(clean);
        assertEquals(ARTICLES, reference.size());
    }

    @Test
    void killedIngestsLeaveOnlyWholeArticlesAndARerunEqualsACleanIngest() throws Exception {
        Path killed = tmp.resolve("killed");
        Random random = new Random(20261204L);
        int survivedWith = 0;
        List<Integer> stored = new ArrayList<>();
        // Kill at a fraction of a clean run's time; a kill that came before anything was stored moves the next one
        // later, one after the run had finished moves it earlier, so that the kills fall mid-run on a slow or fast
        // machine alike.
        double fraction = 0.6;
        for (int k = 0; k < MAX_KILLS && (k < KILLS || stored.stream().noneMatch(CrashSafetyTest::partial)); k++) {
            Process p = ingest(killed, in);
            double at = Math.min(0.98, fraction + 0.1 * (random.nextDouble() - 0.5));
            boolean finished = p.waitFor((long) (cleanMillis * at), TimeUnit.MILLISECONDS);
            if (!finished) {
                p.destroyForcibly().waitFor();
            }
            int n = 0;
            if (Files.exists(killed)) {
                Map<Node, Set<String>> found = graphs(killed);
                for (Map.Entry<Node, Set<String>> g : found.entrySet()) {
                    assertEquals(reference.get(g.getKey()), g.getValue(), "graph " + g.getKey() + " after kill " + k
                            + ": every stored article is whole");
                }
                n = found.size();
            }
            stored.add(n);
            survivedWith = n;
            fraction = n == 0 ? Math.min(0.95, fraction + 0.15) : n == ARTICLES ? Math.max(0.2, fraction - 0.2) : fraction;
            if (n == ARTICLES) {
                deleteStore(killed); // start the next kill from an empty store again
            }
        }
        System.out.println("crash safety: clean ingest " + cleanMillis + " ms; articles stored after each kill: " + stored);
        assertTrue(stored.stream().anyMatch(CrashSafetyTest::partial),
                "at least one kill fell in the middle of the ingest (articles stored after each kill: " + stored + ")");
        assertEquals(0, ingest(killed, in).waitFor(), "the rerun after the kills");
        assertEquals(reference, graphs(killed), "the rerun completes the store (" + survivedWith + " articles had survived)");
    }

    @Test
    void sigtermCommitsWhatIsBuiltAndExitsCleanly() throws Exception {
        Path stopped = tmp.resolve("stopped");
        Path log = tmp.resolve("stopped.log");
        List<Integer> stored = new ArrayList<>();
        double fraction = 0.6;
        for (int k = 0; k < MAX_KILLS && stored.stream().noneMatch(CrashSafetyTest::partial); k++) {
            Process p = ingest(stopped, in, log);
            if (p.waitFor((long) (cleanMillis * fraction), TimeUnit.MILLISECONDS)) {
                fraction = Math.max(0.1, fraction * 0.7);   // finished before the signal: try earlier
                stored.add(ARTICLES);
                deleteStore(stopped);
                continue;
            }
            p.destroy();   // SIGTERM
            assertTrue(p.waitFor(2, TimeUnit.MINUTES), "the process exits after SIGTERM");
            if (p.exitValue() == 0) {
                // the run ended between the wait's timeout and the signal: then it is whole, as a clean run is
                assertEquals(reference, graphs(stopped), "a run that exits 0 has stored every article: " + Files.readString(log));
                fraction = Math.max(0.1, fraction * 0.7);
                stored.add(ARTICLES);
                deleteStore(stopped);
                continue;
            }
            assertEquals(143, p.exitValue(), "the exit status says the run was cut short by SIGTERM");
            String said = Files.readString(log);
            java.util.regex.Matcher m = java.util.regex.Pattern
                    .compile("stopped by a signal with (\\d+) articles committed").matcher(said);
            if (!m.find()) {
                // Signalled while the JVM or its models were still starting: nothing was opened, nothing to check.
                assertTrue(!Files.exists(stopped) || graphs(stopped).isEmpty(), "no message, no articles: " + said);
                // a loaded machine starts slower than the clean run did: wait longer next time, past the clean time if
                // need be (a run that then finishes first brings the wait down again)
                fraction = Math.min(3.0, fraction * 1.4);
                stored.add(0);
                continue;
            }
            Map<Node, Set<String>> found = graphs(stopped);
            assertEquals(Integer.parseInt(m.group(1)), found.size(), "the articles the message counts are those stored");
            for (Map.Entry<Node, Set<String>> g : found.entrySet()) {
                assertEquals(reference.get(g.getKey()), g.getValue(), "graph " + g.getKey() + " is whole");
            }
            stored.add(found.size());
            fraction = found.isEmpty() ? Math.min(3.0, fraction * 1.4)
                    : found.size() == ARTICLES ? Math.max(0.1, fraction * 0.7) : fraction;
            deleteStore(stopped);
        }
        System.out.println("crash safety: articles stored after each SIGTERM: " + stored);
        assertTrue(stored.stream().anyMatch(CrashSafetyTest::partial),
                "at least one SIGTERM fell in the middle of the ingest (articles stored each time: " + stored + ")");
    }

    private static boolean partial(int stored) {
        return stored > 0 && stored < ARTICLES;
    }

    private static void deleteStore(Path store) throws IOException {
        try (var files = Files.walk(store)) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }

    /** The article graphs of a store, each as its sorted triples in N-Triples-like text. */
    private static Map<Node, Set<String>> graphs(Path store) {
        try (KgStore kg = KgStore.open(store)) {
            return kg.read(() -> {
                Map<Node, Set<String>> out = new HashMap<>();
                for (Node g : kg.articleGraphs()) {
                    Set<String> triples = new TreeSet<>();
                    kg.dataset().asDatasetGraph().getGraph(g).find().forEachRemaining((Triple t) -> triples.add(t.toString()));
                    out.put(g, triples);
                }
                return out;
            });
        }
    }

    private static Process ingest(Path store, Path in) throws IOException {
        return ingest(store, in, null);
    }

    /** {@code log} (if not null) receives the process's output. */
    private static Process ingest(Path store, Path in, Path log) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> cmd = new ArrayList<>(List.of(java.toString(), "-Xmx1g", "-Dnewskg.home=" + HOME,
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "ingest", "-q", "--no-progress", "--threads", "1", "--batch-articles", "8", "--compact-over", "0",
                "--store", store.toString(), in.toString()));
        return new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(log == null ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.to(log.toFile())).start();
    }

    /** Short wire stories from templates: each names two countries, a leader and a day of its own. */
    private static Path writeArticles(Path dir) throws IOException {
        for (int i = 0; i < ARTICLES; i++) {
            String[] a = PAIRS[i % PAIRS.length];
            String[] b = PAIRS[(i / PAIRS.length + 1 + i) % PAIRS.length];
            if (a == b) {
                b = PAIRS[(i + 1) % PAIRS.length];
            }
            int day = 1 + i % 28;
            String text = "Published: 10:00, March " + day + ", 2024\n"
                    + a[1] + " and " + b[1] + " discuss trade, story " + i + "\nBy Testwire\n\n"
                    + a[1].toUpperCase(java.util.Locale.ROOT) + ", March " + day + " (Testwire) - " + a[0] + " " + a[2]
                    + " held talks with " + b[0] + " " + b[2] + " on Monday, his office said.\n\n"
                    + "The two leaders agreed to expand trade and to meet again next year, according to a joint statement "
                    + "numbered " + (1000 + i) + ".\n";
            Files.writeString(dir.resolve(String.format("story-%03d.txt", i)), text);
        }
        return dir;
    }
}
