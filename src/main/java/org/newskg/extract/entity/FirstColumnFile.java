package org.newskg.extract.entity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newskg.NewsKgException;

/**
 * Reads the first column of a '#'-commented, tab-separated cue file as phrases for a {@link PhraseSet}
 * (the other columns, if any, belong to other readers of the same file, such as data/roles/titles.tsv).
 *
 * <pre>{@code
 * PhraseSet roles = new PhraseSet(FirstColumnFile.read(dataDir.resolve("roles/titles.tsv"), "ROLE"));
 * }</pre>
 * Stateless; an unreadable file is an error naming the file, a missing optional file an empty map.
 */
final class FirstColumnFile {

    private FirstColumnFile() {
    }

    static Map<String, String> read(Path file, String value) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new NewsKgException("cannot read lexicon " + file + ": " + e.getMessage(), e);
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : lines) {
            String first = line.split("\t", -1)[0].strip();
            if (!first.isEmpty() && !line.startsWith("#")) {
                out.put(first, value);
            }
        }
        return out;
    }

    static Map<String, String> readOptional(Path file, String value) {
        return Files.exists(file) ? read(file, value) : Map.of();
    }
}
