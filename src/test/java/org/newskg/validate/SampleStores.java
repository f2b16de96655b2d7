package org.newskg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newskg.cli.Main;
import picocli.CommandLine;

/**
 * Builds real TDB2 stores the way a user does ({@code kg ingest}), for the trust tests of several packages.
 *
 * <pre>{@code
 * Path store = SampleStores.ingest(tmp.resolve("store"), SampleStores.ARTICLES, SampleStores.OWN);
 * }</pre>
 */
public final class SampleStores {

    public static final Path HOME = Path.of(System.getProperty("newskg.home", "."));
    /** The bundled sample articles (the Xinhua article and fictional ones). */
    public static final Path ARTICLES = HOME.resolve("data/articles");
    /** Articles written for the trust tests: other countries, people and events. */
    public static final Path OWN = HOME.resolve("src/test/resources/articles");

    private SampleStores() {
    }

    /** Runs {@code kg ingest -q} into {@code store} and fails the test unless it exits 0; returns the store. */
    public static Path ingest(Path store, Path... inputs) {
        List<String> args = new ArrayList<>(List.of("ingest", "-q", "--no-progress", "--store", store.toString()));
        for (Path p : inputs) {
            args.add(p.toString());
        }
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(new StringWriter(), true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args.toArray(String[]::new));
        assertEquals(0, code, "kg ingest failed: " + err);
        return store;
    }
}
