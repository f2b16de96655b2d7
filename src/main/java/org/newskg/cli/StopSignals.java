package org.newskg.cli;

import java.util.ArrayList;
import java.util.List;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Runs an action on SIGTERM and SIGINT instead of the JVM's default (which exits with 143 or 130 while the main
 * thread may still be using the store): the action stops a server, its {@code join} returns, and the command
 * closes the store and exits 0 in order.
 *
 * <pre>{@code
 * try (StopSignals s = StopSignals.install(server::close)) { server.join(); }
 * }</pre>
 * On a platform without these signals nothing is installed and the JVM's default remains. Closing restores the
 * previous handlers. Not thread-safe: install and close from one thread.
 */
final class StopSignals implements AutoCloseable {

    private static final List<String> SIGNALS = List.of("TERM", "INT");

    private final List<Signal> signals = new ArrayList<>();
    private final List<SignalHandler> previous = new ArrayList<>();

    private StopSignals() {
    }

    static StopSignals install(Runnable stop) {
        StopSignals s = new StopSignals();
        for (String name : SIGNALS) {
            try {
                Signal signal = new Signal(name);
                s.previous.add(Signal.handle(signal, sig -> stop.run()));
                s.signals.add(signal);
            } catch (IllegalArgumentException unsupported) {
                // This platform does not have the signal, or the JVM reserves it (-Xrs): keep the default.
            }
        }
        return s;
    }

    @Override
    public void close() {
        for (int i = 0; i < signals.size(); i++) {
            Signal.handle(signals.get(i), previous.get(i));
        }
    }
}
