package org.newskg.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Runs tasks on a few worker threads and hands their results to the calling thread in submission order,
 * so whatever the consumers do (writing to a store, printing) happens exactly as in a one-thread run.
 *
 * <pre>{@code
 * try (OrderedExecutor ex = new OrderedExecutor(3, 6)) {
 *     for (Article a : articles) ex.submit(() -> build(a), built -> store(built));
 *     ex.finish();
 * }
 * }</pre>
 * At most {@code window} task results wait for their consumer: {@link #submit} consumes the oldest first
 * when the window is full, which bounds memory (as does a bound on the actions waiting, {@link #then}). While
 * the calling thread waits for a result, it can run an idle action at intervals (see the four-argument
 * constructor), such as committing what it has written so far. With one thread nothing is started: each task runs on the
 * calling thread, at once. A task's unchecked exception is rethrown on the calling thread when its turn
 * comes. Not thread-safe (one calling thread).
 */
final class OrderedExecutor implements AutoCloseable {

    /** One waiting result: its consumer call, and whether it holds a task (counted by the window). */
    private record Pending(Future<?> result, Runnable handOver, boolean task) {
    }

    /** Actions of {@link #then} waiting, per place in the window, before the oldest entry is handed over. */
    private static final int ACTIONS_PER_TASK = 16;

    private final ExecutorService pool;
    private final int window;
    private final long idleMillis;
    private final Runnable idle;
    private final Deque<Pending> pending = new ArrayDeque<>();
    private int tasks;

    OrderedExecutor(int threads, int window) {
        this(threads, window, 0, null);
    }

    /** Also runs {@code idle} (if not null) every {@code idleMillis} the calling thread spends waiting for a worker. */
    OrderedExecutor(int threads, int window, long idleMillis, Runnable idle) {
        if (threads < 1 || window < 1 || (idle != null && idleMillis < 1)) {
            throw new IllegalArgumentException("threads, window and idle interval must be at least 1: " + threads + ", "
                    + window + ", " + idleMillis);
        }
        this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, daemonThreads());
        this.window = window;
        this.idleMillis = idleMillis;
        this.idle = idle;
    }

    /** Runs {@code task} on a worker; {@code then} gets its result on the calling thread, in order. */
    <T> void submit(Callable<T> task, Consumer<? super T> then) {
        if (pool == null) {
            then.accept(call(task));
            return;
        }
        while (tasks >= window) {
            handOverOldest();
        }
        Future<T> f = pool.submit(task);
        pending.add(new Pending(f, () -> then.accept(await(f)), true));
        tasks++;
    }

    /** Runs {@code action} on the calling thread once every earlier submission has been handed over. */
    void then(Runnable action) {
        if (pool == null || pending.isEmpty()) {
            action.run();
        } else {
            // Inputs that give no task (empty or unreadable files) must not pile up behind a slow one.
            while (pending.size() >= window * ACTIONS_PER_TASK) {
                handOverOldest();
            }
            pending.add(new Pending(CompletableFuture.completedFuture(null), action, false));
        }
    }

    /** Waits for every task and hands every result over. */
    void finish() {
        while (!pending.isEmpty()) {
            handOverOldest();
        }
    }

    /** Stops the workers; tasks not handed over yet (after a failure) are cancelled. */
    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    private void handOverOldest() {
        Pending p = pending.remove();
        if (p.task()) {
            tasks--;
        }
        p.handOver().run();
    }

    private static <T> T call(Callable<T> task) {
        try {
            return task.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** The task's result, running the idle action while it is not ready. */
    private <T> T await(Future<T> f) {
        if (idle != null) {
            while (!f.isDone()) {
                try {
                    f.get(idleMillis, TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    idle.run();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();   // so that get below reports it
                    break;
                } catch (ExecutionException e) {
                    break;   // reported by get below
                }
            }
        }
        return get(f);
    }

    private static <T> T get(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a worker", e);
        } catch (ExecutionException e) {
            // Rethrown as it was thrown, so a parallel run fails like a one-thread run.
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        }
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "ingest-worker-" + n.incrementAndGet());
            // Daemons, so a failed run ends even if a worker is still busy with a cancelled article.
            t.setDaemon(true);
            return t;
        };
    }
}
