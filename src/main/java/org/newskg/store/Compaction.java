package org.newskg.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.jena.tdb2.DatabaseMgr;
import org.newskg.NewsKgException;

/**
 * Compacts a store: TDB2 copies the live data into a new generation ({@code Data-NNNN}) and deletes the old one.
 * Every write transaction leaves the blocks it replaced behind and TDB2 never reuses them, so a store that
 * replaces article graphs again and again grows with every run; compaction gives that space back.
 *
 * <pre>{@code
 * try (KgStore kg = KgStore.open(dir)) {
 *     Compaction.Result r = Compaction.run(kg);   // r.kbBefore(), r.kbAfter()
 * }
 * }</pre>
 * Runs outside any transaction; readers and writers of the same store wait for it. Stateless.
 */
public final class Compaction {

    /** Disk use before and after, in KB as {@code du -sk} counts it (blocks in use), or -1 where unknown. */
    public record Result(long kbBefore, long kbAfter) {
    }

    private Compaction() {
    }

    public static Result run(KgStore kg) {
        long before = diskKb(kg.dir());
        try {
            DatabaseMgr.compact(kg.dataset().asDatasetGraph(), true);
        } catch (RuntimeException e) {
            throw new NewsKgException("cannot compact the store in " + kg.dir() + ": " + e.getMessage(), e);
        }
        return new Result(before, diskKb(kg.dir()));
    }

    /** The disk space an empty store takes and what each live triple adds after compaction (measured: bench/README.md). */
    static final long BASE_KB = 4 * 1024;
    static final long BYTES_PER_TRIPLE = 400;

    /**
     * Whether the store takes more than {@code ratio} times the space its triples need once compacted: a fresh
     * ingest takes about 1.5 times that, each re-ingest of the same articles adds about as much again.
     */
    public static boolean due(KgStore kg, double ratio) {
        long disk = diskKb(kg.dir());
        return disk > 0 && disk > ratio * neededKb(kg.tripleCount());
    }

    /** The disk space, in KB, a compacted store of {@code triples} triples takes (estimated). */
    public static long neededKb(long triples) {
        return BASE_KB + triples * BYTES_PER_TRIPLE / 1024;
    }

    /**
     * The disk space a directory uses, in KB, as {@code du -sk} reports it, or -1 when {@code du} cannot tell.
     * TDB2 files are sparse (each is created 8 MB long and filled as needed), so their lengths say nothing about
     * the space they take; Java has no portable way to ask for the blocks a file uses.
     */
    public static long diskKb(Path dir) {
        try {
            Process du = new ProcessBuilder("du", "-sk", dir.toString()).redirectErrorStream(true).start();
            String out = new String(du.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!du.waitFor(30, TimeUnit.SECONDS) || du.exitValue() != 0) {
                return -1;
            }
            return Long.parseLong(out.split("\\s+")[0]);
        } catch (IOException | NumberFormatException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
