package org.newskg.cli;

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.newskg.store.Compaction;
import org.newskg.store.KgStore;

/**
 * Compacts the store between the batches of an ingest whenever its disk use has grown past {@code ratio} times what
 * its triples need once compacted ({@link Compaction#due}). Every write transaction copies the B+tree blocks it
 * touches, so a long ingest with a commit a second grows the store by megabytes per article (3.4 MB per article at
 * 8,000 articles: bench/README.md, session 29), ten times what the articles need; compacting as it goes keeps the
 * store within a few times its compacted size at the price of copying the live data now and then.
 *
 * <pre>{@code
 * AutoCompaction auto = new AutoCompaction(4, kg, stop::requested, result -> log(result));
 * run.compactWith(auto);   // checked after every committed batch, outside any transaction
 * }</pre>
 * The check is cheap: {@code du} of the store against an estimate of what it needs, kept up to date from the
 * triples this run wrote (an over-estimate when graphs are replaced, so it never compacts too early); the store's
 * triples are counted only when the estimate says a compaction is due. Compaction writes the new generation beside
 * the old one and switches to it once complete (TDB2), so a crash during it loses no committed article.
 * Not thread-safe: called from the writer thread.
 */
final class AutoCompaction {

    private final double ratio;
    private final BooleanSupplier stopped;
    private final Consumer<Compaction.Result> compacted;
    /** Triples in the store when last counted, plus those written since (an upper bound of the store's triples). */
    private long triples;
    private int runs;

    /**
     * {@code ratio} 0 never compacts; once {@code stopped} says so (a signal asked the run to end), it no longer
     * compacts either; {@code compacted} hears of each compaction.
     */
    AutoCompaction(double ratio, KgStore kg, BooleanSupplier stopped, Consumer<Compaction.Result> compacted) {
        this.ratio = ratio;
        this.stopped = stopped;
        this.compacted = compacted;
        this.triples = ratio > 0 ? kg.tripleCount() : 0;
    }

    /** Counts the triples of a batch just committed. */
    void written(long batchTriples) {
        triples += batchTriples;
    }

    /** Compacts the store if it is due; between batches only (no transaction open). */
    void check(KgStore kg) {
        if (ratio <= 0 || stopped.getAsBoolean()) {
            return;
        }
        long disk = Compaction.diskKb(kg.dir());
        if (disk <= 0 || disk <= ratio * Compaction.neededKb(triples)) {
            return;
        }
        triples = kg.tripleCount();   // the estimate says due: count exactly before copying the store
        if (disk <= ratio * Compaction.neededKb(triples)) {
            return;
        }
        compacted.accept(Compaction.run(kg));
        runs++;
    }

    /** How many times the store was compacted. */
    int runs() {
        return runs;
    }
}
