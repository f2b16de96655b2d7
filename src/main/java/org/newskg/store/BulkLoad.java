package org.newskg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.newskg.NewsKgException;

/**
 * Builds a new store from N-Quads files with Jena's TDB2 bulk loader, all or nothing.
 *
 * <pre>{@code
 * BulkLoad.Result r = BulkLoad.build(Path.of("kg-store"), work.resolve("store"), List.of(nq), BulkLoad.Plan.PHASED,
 *         BulkLoad.SILENT, kg -> writeRunLog(kg));   // more writes into the fresh store before it is moved
 * }</pre>
 * The quads go into a fresh store in {@code fresh} (beside the target, so on the same file system); {@code finish}
 * may write more into it (through the usual transactions); only then is it moved to the target, which must be
 * missing, an empty directory or an empty store. If the loader or {@code finish} fails, the fresh store is deleted
 * and the target is left as it was: there is never a half-loaded store. Stateless and thread-safe; a target must be
 * built by one call at a time.
 */
public final class BulkLoad {

    /** Which of Jena's loaders builds the indexes (see Jena's {@code tdb2.tdbloader --loader}). */
    public enum Plan {
        /** Parses, then builds the indexes one phase at a time: a few threads. */
        PHASED,
        /** All indexes at once, on many threads: the fastest on many cores, the most memory. */
        PARALLEL,
        /** One thread, one index after another: the least memory. */
        SEQUENTIAL;

        /** The name as the command line spells it. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** What was loaded: quads read from the files (a quad given twice counts twice), and the loader's wall time. */
    public record Result(long quads, long nanos) {

        /** Quads per second of the loader's wall time. */
        public double quadsPerSecond() {
            return nanos == 0 ? 0 : quads * 1e9 / nanos;
        }
    }

    /** Progress output that prints nothing. */
    public static final MonitorOutput SILENT = (format, args) -> { };

    private BulkLoad() {
    }

    /**
     * Loads {@code files} into a new store in {@code fresh} (which must not exist), runs {@code finish} on it, then
     * replaces {@code target} by it. {@code target} must hold no quad; its emptiness is the caller's to check.
     */
    public static Result build(Path target, Path fresh, List<Path> files, Plan plan, MonitorOutput progress,
                               Consumer<KgStore> finish) {
        Objects.requireNonNull(target, "target");
        if (Files.exists(fresh)) {
            throw new NewsKgException("bulk load: " + fresh + " exists already; the loader builds a new store only");
        }
        Result result;
        try {
            result = load(fresh, files, plan, progress);
            try (KgStore kg = KgStore.open(fresh)) {
                finish.accept(kg);
            }
            replace(target, fresh);
        } catch (RuntimeException e) {
            deleteTree(fresh);
            throw e instanceof NewsKgException n ? n : new NewsKgException("bulk load failed, the store was not changed: " + e.getMessage(), e);
        }
        return result;
    }

    private static Result load(Path fresh, List<Path> files, Plan plan, MonitorOutput progress) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(fresh));
        try {
            DataLoader loader = switch (plan) {
                case PHASED -> LoaderFactory.phasedLoader(dsg, progress);
                case PARALLEL -> LoaderFactory.parallelLoader(dsg, progress);
                case SEQUENTIAL -> LoaderFactory.sequentialLoader(dsg, progress);
            };
            long started = System.nanoTime();
            loader.startBulk();
            try {
                loader.load(files.stream().map(Path::toString).toList());
            } catch (RuntimeException e) {
                loader.finishException(e);
                throw new NewsKgException("bulk load failed, the store was not changed: " + e.getMessage(), e);
            }
            loader.finishBulk();
            return new Result(loader.countQuads() + loader.countTriples(), System.nanoTime() - started);
        } finally {
            // Releases the folder (files and lock), so that it can be moved or deleted.
            TDBInternal.expel(dsg);
        }
    }

    /** Moves the fresh store to the target, after removing the target's empty store or empty directory. */
    private static void replace(Path target, Path fresh) {
        try {
            if (Files.exists(target)) {
                if (!KgStore.exists(target) && !isEmptyFolder(target)) {
                    throw new NewsKgException(target + " is neither a store nor an empty folder; the loaded store does not replace it");
                }
                deleteTree(target);
            }
            Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the loaded store " + fresh + " to " + target, e);
        }
    }

    private static boolean isEmptyFolder(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    /** Deletes a folder and everything in it; nothing when it does not exist. */
    public static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }
}
