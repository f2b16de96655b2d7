package org.newskg.store;

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
}
