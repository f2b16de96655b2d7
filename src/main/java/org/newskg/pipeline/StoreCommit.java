package org.newskg.pipeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.shared.JenaException;
import org.newskg.NewsKgException;
import org.newskg.prov.RunLog;
import org.newskg.rdf.Iris;
import org.newskg.rdf.NKG;
import org.newskg.store.GraphWrite;
import org.newskg.store.KgStore;

/**
 * Writes built articles into the store in one write transaction: each article's named graph replaced, with its
 * run-log entry in the same transaction, so a reader sees an article whole or not at all.
 *
 * <pre>{@code
 * StoreCommit.write(kg, List.of(builder.build(article)));   // throws, and changes nothing, if the store refuses
 * }</pre>
 * Used by {@code kg ingest} (many articles per transaction) and by the server's ingest endpoint, so both store the
 * same thing. Stateless and thread-safe; the articles must conform (see {@link BuiltArticle#conforms()}).
 */
public final class StoreCommit {

    private StoreCommit() {
    }

    /** Replaces the graphs of {@code batch} in one transaction; on failure it is rolled back and the exception thrown. */
    public static void write(KgStore kg, List<BuiltArticle> batch) {
        // The run log says when each article was committed: the same moment for a whole batch.
        Instant ended = Instant.now();
        List<GraphWrite> writes = new ArrayList<>(batch.size());
        for (BuiltArticle b : batch) {
            if (!b.conforms()) {
                throw new IllegalArgumentException("article " + b.article().id() + " is not ready to store: "
                        + (b.failed() ? b.problem() : b.refusal()));
            }
            String id = b.article().id();
            writes.add(new GraphWrite(Iris.graph(id), sink -> {
                NKG.prefixes().forEach(sink::prefix);
                b.graph().find().forEachRemaining(sink::triple);
                // Inside the batch's transaction (Jena runs a nested executeWrite inline): the log never names an
                // article whose graph was not committed with it.
                RunLog.record(kg, Iris.ingest(id), b.started(), ended);
            }));
        }
        kg.replaceArticles(writes);
    }

    /**
     * {@link #write}, with what the store may refuse (a store or Jena error, a graph it cannot take) returned instead of
     * thrown: null when the batch was committed. Both callers treat a refusal alike: the batch is rolled back.
     */
    public static RuntimeException tryWrite(KgStore kg, List<BuiltArticle> batch) {
        try {
            write(kg, batch);
            return null;
        } catch (NewsKgException | JenaException | IllegalArgumentException | IllegalStateException e) {
            return e;
        }
    }
}
