package org.newskg.pipeline;

import java.nio.file.Path;

/**
 * The project's own data directory loaded once per test JVM, for every test that runs the shipped models and
 * knowledge base unchanged. Each test class that kept its own copy in a static field held another knowledge base and
 * set of models alive until the JVM ended; ten such copies ran the suite out of a 4 GiB heap.
 * Tests that change the data directory (a copy with other curated gaps, say) still load their own.
 */
public final class SharedResources {

    /** The project's data directory (the launcher's newskg.home, else the working directory). */
    public static final Path DATA = Path.of(System.getProperty("newskg.home", ".")).resolve("data");

    private SharedResources() {
    }

    /** The shipped resources, loaded on first use (the holder idiom makes that thread-safe and lazy). */
    public static Resources shipped() {
        return Holder.RESOURCES;
    }

    private static final class Holder {
        static final Resources RESOURCES = Resources.load(DATA);
    }
}
