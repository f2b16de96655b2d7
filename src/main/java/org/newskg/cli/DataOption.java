package org.newskg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The {@code --data DIR} option: where the knowledge base and lexicons live. The {@code kg} launcher
 * sets {@code newskg.home} to its own folder, so the bundled {@code data/} is found from any working directory.
 */
public final class DataOption {

    @Option(names = "--data", paramLabel = "DIR",
            description = "Data directory holding kb/, lexicon/ and time/ (default: the newskg folder's data/, else ./data).")
    Path data;

    public Path path() {
        if (data != null) {
            return data;
        }
        String home = System.getProperty("newskg.home", System.getenv("NEWSKG_HOME"));
        if (home != null && Files.isDirectory(Path.of(home, "data"))) {
            return Path.of(home, "data");
        }
        return Path.of("data");
    }
}
