package org.newskg;

/**
 * Where a long computation lets itself be stopped: a stage calls {@link #checkpoint()} between units of work
 * (a sentence, a stage), and a caller that gave up on it (an article over its time budget) interrupts its thread.
 *
 * <pre>{@code
 * for (Sentence s : sentences) { Cancellation.checkpoint(); ... }
 * }</pre>
 * Stateless and thread-safe: it reads only the calling thread's interrupt flag, and leaves it set.
 */
public final class Cancellation {

    private Cancellation() {
    }

    /** @throws NewsKgException when the calling thread has been interrupted */
    public static void checkpoint() {
        if (Thread.currentThread().isInterrupted()) {
            throw new NewsKgException("stopped: the work was cancelled");
        }
    }
}
