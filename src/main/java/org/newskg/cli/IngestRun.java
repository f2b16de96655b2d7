package org.newskg.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.newskg.ingest.Article;
import org.newskg.ingest.IngestProblem;
import org.newskg.pipeline.ArticleBuilder;
import org.newskg.pipeline.BuiltArticle;
import org.newskg.pipeline.StoreCommit;
import org.newskg.store.KgStore;

/**
 * Puts built articles (see {@link ArticleBuilder}) into the store, many per write transaction (a group commit),
 * each article still its own named graph with its run-log entry in the same transaction.
 *
 * <pre>{@code
 * IngestRun run = new IngestRun(quarantineDir, BatchLimits.DEFAULT, problems::add);
 * for (Article a : articles) run.store(builder.build(a), kg);   // commits whenever a limit is reached
 * run.commit(kg);                                            // and the rest
 * }</pre>
 * An article that failed building or violates the shapes never enters a batch: it is refused (and quarantined).
 * If a batch's transaction fails, it is aborted and its articles are written again one per transaction, so a bad
 * article is refused alone and the others are stored. Problems, this run's and those handed to {@link #report},
 * reach the consumer in input order, once the articles before them are committed or refused, whatever the batch
 * boundaries. A crash loses at most the batch not yet committed, which ingesting again completes.
 * Not thread-safe: the store is written from one thread, in input order.
 */
final class IngestRun {

    /** An article waiting for the commit, or a problem waiting for the articles before it. */
    private record Waiting(BuiltArticle article, IngestProblem problem) {
    }

    private final Quarantine quarantine;
    private final BatchLimits limits;
    private final Consumer<IngestProblem> problems;
    private final List<Waiting> waiting = new ArrayList<>();
    private int waitingArticles;
    private long waitingBytes;
    private long oldestArrived;
    private int committed;
    private int commits;
    private AutoCompaction compaction;

    /** {@code quarantine} may be null (refused graphs are not kept); {@code problems} gets every problem, in input order. */
    IngestRun(Path quarantine, BatchLimits limits, Consumer<IngestProblem> problems) {
        this.quarantine = new Quarantine(quarantine);
        this.limits = limits;
        this.problems = problems;
    }

    /** Checks after each commit whether the store is due for compaction, and compacts it then (between batches). */
    void compactWith(AutoCompaction compaction) {
        this.compaction = compaction;
    }

    /** Adds a built article to the batch, or refuses it; commits the batch when it is full or its oldest article is due. */
    void store(BuiltArticle built, KgStore kg) {
        Article article = built.article();
        if (built.failed()) {
            report(new IngestProblem(article.origin(), built.problem()));
            return;
        }
        if (!built.conforms()) {
            report(new IngestProblem(article.origin(), quarantine.refuse(built)));
            return;
        }
        if (waitingArticles == 0) {
            oldestArrived = System.nanoTime();
        }
        waiting.add(new Waiting(built, null));
        waitingArticles++;
        waitingBytes += BatchLimits.utf8Bytes(article.text());
        if (limits.full(waitingArticles, waitingBytes) || limits.due(System.nanoTime() - oldestArrived)) {
            commit(kg);
        }
    }

    /** Passes a problem met elsewhere (an unreadable file, a duplicate) on after the articles that came before it. */
    void report(IngestProblem p) {
        if (waitingArticles == 0) {
            problems.accept(p);
        } else {
            waiting.add(new Waiting(null, p));
        }
    }

    /** Commits the batch when its oldest article has waited long enough; for a writer idle while articles are built. */
    void commitIfDue(KgStore kg) {
        if (waitingArticles > 0 && limits.due(System.nanoTime() - oldestArrived)) {
            commit(kg);
        }
    }

    /** Commits the articles waiting (one by one if their batch fails) and passes the problems waiting on. */
    void commit(KgStore kg) {
        List<BuiltArticle> batch = new ArrayList<>(waitingArticles);
        waiting.stream().filter(w -> w.article() != null).forEach(w -> batch.add(w.article()));
        Map<BuiltArticle, IngestProblem> refused = new IdentityHashMap<>();
        if (!batch.isEmpty() && write(batch, kg) != null) {
            for (BuiltArticle b : batch) {
                // Alone, so that only the article that broke the batch stays out.
                RuntimeException e = write(List.of(b), kg);
                if (e != null) {
                    refused.put(b, new IngestProblem(b.article().origin(), "not ingested: " + e.getMessage()));
                }
            }
        }
        for (Waiting w : waiting) {
            IngestProblem p = w.problem() != null ? w.problem() : refused.get(w.article());
            if (p != null) {
                problems.accept(p);
            }
        }
        waiting.clear();
        waitingArticles = 0;
        waitingBytes = 0;
        if (compaction != null && !batch.isEmpty()) {
            compaction.check(kg);
        }
    }

    /** Writes {@code batch} in one transaction; returns why it failed and was rolled back, or null. */
    private RuntimeException write(List<BuiltArticle> batch, KgStore kg) {
        RuntimeException refused = StoreCommit.tryWrite(kg, batch);
        if (refused != null) {
            return refused;
        }
        committed += batch.size();
        commits++;
        if (compaction != null) {
            compaction.written(batch.stream().mapToLong(b -> b.graph().size()).sum());
        }
        return null;
    }

    /** The articles committed so far. */
    int committed() {
        return committed;
    }

    /** The write transactions committed so far. */
    int commits() {
        return commits;
    }
}
