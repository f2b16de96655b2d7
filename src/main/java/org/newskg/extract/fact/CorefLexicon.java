package org.newskg.extract.fact;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.newskg.data.TsvTable;
import org.newskg.nlp.Token;

/**
 * The referring words of {@code data/roles/coref.tsv}: group phrases ("the two leaders"), counterpart words,
 * pronouns, spokesperson and government words.
 *
 * <pre>{@code
 * CorefLexicon coref = CorefLexicon.load(dataDir);
 * coref.at(text, tokens, i).ifPresent(p -> ...);
 * }</pre>
 * Immutable and thread-safe.
 */
final class CorefLexicon {

    static final String FILE = "roles/coref.tsv";

    /** A referring phrase at tokens [start, end) of the given kind ("pronoun", "group-people", ...). */
    record Phrase(int start, int end, String kind) {
    }

    private record Entry(String phrase, String kind) {
    }

    private final List<Entry> entries;

    private CorefLexicon(List<Entry> entries) {
        this.entries = entries.stream().sorted(Comparator.comparingInt((Entry e) -> -e.phrase().length())).toList();
    }

    static CorefLexicon load(Path dataDir) {
        return new CorefLexicon(TsvTable.read(dataDir.resolve(FILE), "fact extraction data file").stripped(2).stream()
                .map(r -> new Entry(r[0], r[1])).toList());
    }

    Optional<Phrase> at(String text, List<Token> tokens, int i) {
        for (Entry e : entries) {
            int end = Words.surface(text, tokens, i, e.phrase(), false);
            if (end > i) {
                return Optional.of(new Phrase(i, end, e.kind()));
            }
        }
        return Optional.empty();
    }

    /** The phrase that ends just before {@code end}, if any. */
    Optional<Phrase> endingAt(String text, List<Token> tokens, int end) {
        for (int start = Math.max(0, end - 5); start < end; start++) {
            Optional<Phrase> p = at(text, tokens, start);
            if (p.isPresent() && p.get().end() == end) {
                return p;
            }
        }
        return Optional.empty();
    }
}
