package org.newskg.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.function.Consumer;
import org.newskg.ingest.IngestProblem;
import org.newskg.pipeline.BuiltArticle;
import org.newskg.prov.RunLog;
import org.newskg.rdf.Iris;
import org.newskg.rdf.NQuadsText;
import org.newskg.store.KgStore;

/**
 * The first half of {@code kg ingest --bulk}: writes each built article's graph as N-Quads (the lines the Spark job
 * writes, see {@link NQuadsText}) to one file for the TDB2 bulk loader, and remembers what the run log will say.
 *
 * <pre>{@code
 * try (BulkWriter w = new BulkWriter(work.resolve("articles.nq"), quarantineDir, problems::add)) {
 *     w.accept(BulkWriter.prepare(builder.build(article)));   // prepare on a worker, accept in input order
 * }
 * BulkLoad.build(store, fresh, List.of(w.file()), plan, BulkLoad.SILENT, kg -> w.recordRunLog(kg, Instant.now()));
 * }</pre>
 * An article that failed building or violates the shapes is refused by name, as {@link IngestRun} refuses it, and
 * never reaches the file. What the run log will say (each written article's id and start) goes, like the quads, to a
 * file beside the N-Quads ({@link #runLogFile}) and is read back by {@link #recordRunLog}: the writer keeps nothing
 * per article in memory, however many articles a first load has. {@link #prepare} is stateless and runs on any thread; the rest is not thread-safe (the
 * calling thread of the ingest, in input order).
 */
final class BulkWriter implements AutoCloseable {

    /** A built article with its N-Quads (null unless its graph is to be loaded). */
    record Prepared(BuiltArticle built, String nquads) {
    }

    private final Path file;
    private final BufferedWriter out;
    private final Path runLogFile;
    private final BufferedWriter runLog;
    private final Quarantine quarantine;
    private final Consumer<IngestProblem> problems;
    private int written;

    /** {@code quarantine} may be null; {@code problems} gets every problem, in input order. */
    BulkWriter(Path file, Path quarantine, Consumer<IngestProblem> problems) {
        this.file = file;
        this.quarantine = new Quarantine(quarantine);
        this.problems = problems;
        this.runLogFile = file.resolveSibling(file.getFileName() + ".runlog");
        try {
            this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        try {
            this.runLog = Files.newBufferedWriter(runLogFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            closeQuietly(out);
            throw new UncheckedIOException("cannot write " + runLogFile, e);
        }
    }

    /** Serializes a conforming article's graph; the costly part of writing, so it runs on the worker that built it. */
    static Prepared prepare(BuiltArticle built) {
        return new Prepared(built, built.conforms() ? NQuadsText.of(Iris.graph(built.article().id()), built.graph()) : null);
    }

    /** Writes the article's quads, or refuses it. */
    void accept(Prepared p) {
        BuiltArticle built = p.built();
        if (built.failed()) {
            report(new IngestProblem(built.article().origin(), built.problem()));
            return;
        }
        if (!built.conforms()) {
            report(new IngestProblem(built.article().origin(), quarantine.refuse(built)));
            return;
        }
        try {
            out.write(p.nquads());
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        try {
            // An id is IRI-safe (no tab, no line break), an Instant's text has neither: one line per article.
            runLog.write(built.article().id());
            runLog.write('\t');
            runLog.write(built.started().toString());
            runLog.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + runLogFile, e);
        }
        written++;
    }

    /** Passes a problem met elsewhere (an unreadable file, a duplicate) on. */
    void report(IngestProblem p) {
        problems.accept(p);
    }

    /** The articles written so far. */
    int written() {
        return written;
    }

    /** The N-Quads file. */
    Path file() {
        return file;
    }

    /** The file of the run log's entries (id, tab, start), one line per article written, in input order. */
    Path runLogFile() {
        return runLogFile;
    }

    /**
     * Records in the loaded store's run log what a normal ingest records: per article written, when its processing
     * began and, as its end, {@code ended} (the moment the bulk load finished), all in one transaction. Call after
     * {@link #close}; the entries are read from {@link #runLogFile} one line at a time.
     */
    void recordRunLog(KgStore kg, Instant ended) {
        kg.dataset().executeWrite(() -> {
            try (BufferedReader in = Files.newBufferedReader(runLogFile, StandardCharsets.UTF_8)) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    int tab = line.indexOf('\t');
                    RunLog.record(kg, Iris.ingest(line.substring(0, tab)), Instant.parse(line.substring(tab + 1)), ended);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + runLogFile, e);
            }
        });
    }

    /** Flushes and closes both files. */
    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            closeQuietly(runLog);
            throw new UncheckedIOException("cannot write " + file, e);
        }
        try {
            runLog.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + runLogFile, e);
        }
    }

    private static void closeQuietly(BufferedWriter w) {
        try {
            w.close();
        } catch (IOException ignored) {
            // the first failure is the one reported
        }
    }
}
