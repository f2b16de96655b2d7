package org.newskg.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Test helper run in a child JVM: opens a store, says so, and keeps it open until killed. */
public final class LockHolder {

    private LockHolder() {
    }

    public static void main(String[] args) throws InterruptedException {
        KgStore store = KgStore.open(Path.of(args[0]));
        System.out.println("open " + store.graphCount());
        System.out.flush();
        Thread.sleep(120_000);
    }

    /**
     * Starts a child JVM holding {@code store} open and returns once it has opened it, with the line it printed
     * ("open N", N its named graphs) or null when it failed; destroy the process when done.
     */
    public static Child start(Path store) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                LockHolder.class.getName(), store.toString()).redirectErrorStream(true).start();
        BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = r.readLine()) != null && !line.startsWith("open ")) {
            // the child's log lines
        }
        return new Child(child, line);
    }

    /** A running child and the line it printed on opening the store. */
    public record Child(Process process, String openLine) {
    }
}
