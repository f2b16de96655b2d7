package org.newskg.ingest;

import java.util.List;

/**
 * The inputs found for the command-line arguments, and the arguments that named nothing readable.
 *
 * <pre>{@code
 * ScanResult r = InputScanner.scan(List.of("data/articles", "-"));
 * r.files().forEach(f -> load(f));  r.problems().forEach(System.err::println);
 * }</pre>
 * Immutable and thread-safe.
 *
 * @param files    inputs in a deterministic order
 * @param problems one per argument that could not be used
 */
public record ScanResult(List<InputFile> files, List<IngestProblem> problems) {

    public ScanResult {
        files = List.copyOf(files);
        problems = List.copyOf(problems);
    }
}
