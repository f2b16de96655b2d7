package org.newskg.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
 * never reaches the file. {@link #prepare} is stateless and runs on any thread; the rest is not thread-safe (the
 * calling thread of the ingest, in input order).
 */
final class BulkWriter implements AutoCloseable {

    /** A built article with its N-Quads (null unless its graph is to be loaded). */
    record Prepared(BuiltArticle built, String nquads) {
    }

    /** An article written to the file: its id and when its processing began, for the run log. */
    private record Written(String id, Instant started) {
    }

    private final Path file;
    private final BufferedWriter out;
    private final Quarantine quarantine;
    private final Consumer<IngestProblem> problems;
    private final List<Written> written = new ArrayList<>();

    /** {@code quarantine} may be null; {@code problems} gets every problem, in input order. */
    BulkWriter(Path file, Path quarantine, Consumer<IngestProblem> problems) {
        this.file = file;
        this.quarantine = new Quarantine(quarantine);
        this.problems = problems;
        try {
            this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
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
        written.add(new Written(built.article().id(), built.started()));
    }

    /** Passes a problem met elsewhere (an unreadable file, a duplicate) on. */
    void report(IngestProblem p) {
        problems.accept(p);
    }

    /** The articles written so far. */
    int written() {
        return written.size();
    }

    /** The N-Quads file. */
    Path file() {
        return file;
    }

    /**
     * Records in the loaded store's run log what a normal ingest records: per article written, when its processing
     * began and, as its end, {@code ended} (the moment the bulk load finished), all in one transaction.
     */
    void recordRunLog(KgStore kg, Instant ended) {
        kg.dataset().executeWrite(() -> written.forEach(w -> RunLog.record(kg, Iris.ingest(w.id()), w.started(), ended)));
    }

    /** Flushes and closes the file. */
    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
