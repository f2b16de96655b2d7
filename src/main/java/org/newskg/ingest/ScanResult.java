package org.newskg.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

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
 * @param skipped  files found in directories and left out because their extension says they are no articles
 *                 (a {@code .csv} table, an image, an archive); a file named on the command line is always read
 */
public record ScanResult(List<InputFile> files, List<IngestProblem> problems, List<Path> skipped) {

    public ScanResult {
        files = List.copyOf(files);
        problems = List.copyOf(problems);
        skipped = List.copyOf(skipped);
    }

    /**
     * One line about the skipped files ("skipped 3 files whose extension says they are not articles: 2 .csv,
     * 1 .png; name a file to read it anyway"), or empty when none was skipped.
     */
    public Optional<String> skippedSummary() {
        if (skipped.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Long> byExtension = new TreeMap<>(skipped.stream()
                .collect(Collectors.groupingBy(p -> InputScanner.extension(p), Collectors.counting())));
        String kinds = byExtension.entrySet().stream().map(e -> e.getValue() + " ." + e.getKey())
                .collect(Collectors.joining(", "));
        return Optional.of("skipped " + skipped.size() + " file" + (skipped.size() == 1 ? "" : "s")
                + " whose extension says " + (skipped.size() == 1 ? "it is not an article" : "they are not articles") + ": " + kinds
                + "; name a file on the command line to read it anyway");
    }
}
