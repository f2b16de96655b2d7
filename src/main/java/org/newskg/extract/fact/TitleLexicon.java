package org.newskg.extract.fact;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.newskg.data.TsvRow;
import org.newskg.data.TsvTable;
import org.newskg.nlp.Token;

/**
 * The position titles of {@code data/roles/titles.tsv} ("President", "Foreign Minister", "CEO" → "Chief
 * Executive"), with portfolio words for titles such as "Minister" ("Mines and Energy Minister").
 *
 * <pre>{@code
 * TitleLexicon titles = TitleLexicon.load(dataDir);
 * titles.endingAt(text, tokens, nameStart).ifPresent(t -> ...);
 * }</pre>
 * Immutable and thread-safe.
 */
final class TitleLexicon {

    static final String FILE = "roles/titles.tsv";
    static final String RANKS = "roles/title-ranks.tsv";
    /** Ranks kept at the head of a name, read here for their military ones ("General", "Lieutenant General"). */
    static final String NAME_RANKS = "lexicon/name-ranks.tsv";

    /** A title found at tokens [start, end), with its normalized name. */
    record Title(int start, int end, String normalized) {
    }

    private record Entry(String phrase, String normalized, boolean portfolio) {
    }

    private record Rank(String phrase, String normalized) {
    }

    private final SurfaceIndex<Entry> entries;
    private final SurfaceIndex<Rank> ranks;
    private final SurfaceIndex<String> military;

    private TitleLexicon(List<Entry> entries, List<Rank> ranks, List<String> military) {
        this.entries = new SurfaceIndex<>(entries.stream().sorted(Comparator.comparingInt((Entry e) -> -e.phrase().length())).toList(),
                Entry::phrase);
        this.ranks = new SurfaceIndex<>(ranks.stream().sorted(Comparator.comparingInt((Rank r) -> -r.phrase().length())).toList(),
                Rank::phrase);
        this.military = new SurfaceIndex<>(military.stream().sorted(Comparator.comparingInt((String r) -> -r.length())).toList(),
                r -> r);
    }

    static TitleLexicon load(Path dataDir) {
        return new TitleLexicon(TsvTable.read(dataDir.resolve(FILE), "fact extraction data file").stripped(3).stream()
                .map(r -> new Entry(r[0], r[1], r[2].equals("yes"))).toList(),
                TsvTable.read(dataDir.resolve(RANKS), "fact extraction data file").stripped(2).stream()
                        .map(r -> new Rank(r[0], r[1])).toList(),
                TsvTable.read(dataDir.resolve(NAME_RANKS), "fact extraction data file").rows().stream().map(TsvRow::stripped)
                        .filter(r -> r.length > 1 && r[1].equals("military")).map(r -> r[0]).toList());
    }

    /**
     * A military rank whose last token is just before {@code end} ("Saudi General" Khalid, "Lieutenant General" Doe): no
     * position title, but it qualifies the name after it as a title does.
     */
    Optional<Title> militaryRankEndingAt(String text, List<Token> tokens, int end) {
        for (int start = Math.max(0, end - 3); start < end; start++) {
            for (String r : military.candidates(text, tokens.get(start))) {
                if (Words.surface(text, tokens, start, r, false) == end) {
                    return Optional.of(new Title(start, end, r));
                }
            }
        }
        return Optional.empty();
    }

    /** The longest title starting at token {@code i}, a rank before it included ("deputy chairman"). */
    Optional<Title> startingAt(String text, List<Token> tokens, int i) {
        Optional<Title> plain = plainAt(text, tokens, i);
        for (Rank r : ranks.candidates(text, tokens.get(i))) {
            int next = Words.surface(text, tokens, i, r.phrase(), false);
            if (next > i && next < tokens.size()) {
                Optional<Title> ranked = plainAt(text, tokens, next)
                        .filter(t -> plain.isEmpty() || t.end() > plain.get().end())
                        .map(t -> new Title(i, t.end(), r.normalized() + " " + t.normalized()));
                if (ranked.isPresent()) {
                    return ranked;
                }
            }
        }
        return plain;
    }

    private Optional<Title> plainAt(String text, List<Token> tokens, int i) {
        for (Entry e : entries.candidates(text, tokens.get(i))) {
            int end = Words.surface(text, tokens, i, e.phrase(), false);
            if (end > i) {
                return Optional.of(new Title(i, end, e.normalized()));
            }
        }
        return Optional.empty();
    }

    /** A rank in the two words before the title makes a title of its own ("Deputy" Foreign Minister); the title otherwise. */
    private Title ranked(String text, List<Token> tokens, Title title) {
        for (int from = Math.max(0, title.start() - 2); from < title.start(); from++) {
            for (Rank r : ranks.candidates(text, tokens.get(from))) {
                if (Words.surface(text, tokens, from, r.phrase(), false) == title.start()) {
                    return new Title(from, title.end(), r.normalized() + " " + title.normalized());
                }
            }
        }
        return title;
    }

    /** The longest title whose last token is just before {@code end}, with its portfolio words if it takes one. */
    Optional<Title> endingAt(String text, List<Token> tokens, int end) {
        return endingAt(text, tokens, end, t -> false);
    }

    /** As above; {@code named} tells the tokens inside names, which are never portfolio words ("Brazilian"). */
    Optional<Title> endingAt(String text, List<Token> tokens, int end, java.util.function.Predicate<Token> named) {
        for (int start = Math.max(0, end - 4); start < end; start++) {
            for (Entry e : entries.candidates(text, tokens.get(start))) {
                if (Words.surface(text, tokens, start, e.phrase(), false) == end) {
                    int from = e.portfolio() ? portfolioStart(tokens, start, named) : start;
                    if (e.portfolio() && from == start) {
                        continue; // a bare "Minister" names no position
                    }
                    String normalized = from == start ? e.normalized()
                            : text.substring(tokens.get(from).begin(), tokens.get(end - 1).end()).replaceAll("\\s+", " ");
                    return Optional.of(ranked(text, tokens, new Title(from, end, normalized)));
                }
            }
        }
        return Optional.empty();
    }

    /** Capitalized nouns (and "and" between them) before a portfolio title: "Mines and Energy" Minister. */
    private static int portfolioStart(List<Token> tokens, int start, java.util.function.Predicate<Token> named) {
        int from = start;
        while (from > 0) {
            Token t = tokens.get(from - 1);
            boolean word = t.isCapitalized() && !t.pos().equals("DET") && !Words.isPunct(t) && !named.test(t);
            boolean and = t.text().equals("and") && from - 2 >= 0 && tokens.get(from - 2).isCapitalized() && from < start;
            if (!word && !and) {
                break;
            }
            from--;
        }
        // never end on a dangling "and"
        while (from < start && tokens.get(from).text().equals("and")) {
            from++;
        }
        return from;
    }
}
