package org.newskg.cli;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Turns SIGTERM (and Ctrl-C) into a request to stop reading input, commit what is built and close the store,
 * instead of an exit in the middle of a write.
 *
 * <pre>{@code
 * try (GracefulStop stop = GracefulStop.install(Duration.ofSeconds(30));
 *      KgStore kg = KgStore.open(path)) {       // closed before the stop: the JVM waits for both
 *     for (InputFile f : files) { if (stop.requested()) break; ... }
 * }
 * }</pre>
 * The JVM runs shutdown hooks on such a signal while the other threads go on; this one waits until the command
 * has closed its store, or {@code grace} at most, so a stop that cannot finish in time still ends like a kill,
 * which the store survives (an uncommitted transaction is discarded). The exit status stays the signal's (143 for
 * SIGTERM), so scripts see that the run was cut short.
 */
final class GracefulStop implements AutoCloseable {

    private final CountDownLatch closed = new CountDownLatch(1);
    private final Thread hook;
    private volatile boolean requested;

    private GracefulStop(Duration grace) {
        this.hook = new Thread(() -> {
            requested = true;
            try {
                closed.await(grace.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "graceful-stop");
    }

    /** Registers the shutdown hook; {@link #close} removes it. */
    static GracefulStop install(Duration grace) {
        GracefulStop stop = new GracefulStop(grace);
        Runtime.getRuntime().addShutdownHook(stop.hook);
        return stop;
    }

    /** Whether a signal asked the process to stop. */
    boolean requested() {
        return requested;
    }

    /** The command is done with the store: the JVM may exit now. */
    @Override
    public void close() {
        closed.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // The hook is running and returns now that the latch is open.
        }
    }
}
