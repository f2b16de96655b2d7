package org.newskg.extract.fact;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.newskg.data.TsvTable;
import org.newskg.extract.time.NumberWords;
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

    /** Words that open a group phrase and may be followed by adjectives before its noun. */
    private static final List<String> GROUP_DETERMINERS = List.of("the two", "both");
    private static final int MAX_ADJECTIVES = 2;

    /** The kind of a people group phrase with a count other than "two" ("the five leaders"): "group-people-N". */
    private static final String COUNTED_PEOPLE = "group-people-";

    /** The kind of a parties group phrase with a count other than "two" ("the four countries"): "group-parties-N". */
    private static final String COUNTED_PARTIES = "group-parties-";

    /** A referring phrase at tokens [start, end) of the given kind ("pronoun", "group-people", ...). */
    record Phrase(int start, int end, String kind) {
    }

    private record Entry(String phrase, String kind) {
    }

    private final List<Entry> entries;
    private final SurfaceIndex<Entry> index;
    private final NumberWords numbers;

    private CorefLexicon(List<Entry> entries, NumberWords numbers) {
        this.entries = entries.stream().sorted(Comparator.comparingInt((Entry e) -> -e.phrase().length())).toList();
        this.index = new SurfaceIndex<>(this.entries, Entry::phrase);
        this.numbers = numbers;
    }

    static CorefLexicon load(Path dataDir) {
        return new CorefLexicon(TsvTable.read(dataDir.resolve(FILE), "fact extraction data file").stripped(2).stream()
                .map(r -> new Entry(r[0], r[1])).toList(), NumberWords.load(dataDir));
    }

    /**
     * How many people a counted group phrase's kind names ("the five leaders": 5); empty for every other kind, "the two
     * leaders" included.
     */
    static OptionalInt peopleCount(String kind) {
        return kind.startsWith(COUNTED_PEOPLE)
                ? OptionalInt.of(Integer.parseInt(kind.substring(COUNTED_PEOPLE.length()))) : OptionalInt.empty();
    }

    /** How many countries a counted parties phrase's kind names ("the four countries": 4); empty for every other kind. */
    static OptionalInt partiesCount(String kind) {
        return kind.startsWith(COUNTED_PARTIES)
                ? OptionalInt.of(Integer.parseInt(kind.substring(COUNTED_PARTIES.length()))) : OptionalInt.empty();
    }

    Optional<Phrase> at(String text, List<Token> tokens, int i) {
        for (Entry e : index.candidates(text, tokens.get(i))) {
            int end = Words.surface(text, tokens, i, e.phrase(), false);
            if (end > i) {
                return Optional.of(new Phrase(i, end, e.kind()));
            }
        }
        return withAdjectives(text, tokens, i).or(() -> counted(text, tokens, i));
    }

    /**
     * "the five leaders", "the four heads of state": a "the two" people phrase with a count of three or more written
     * out, whose kind gives the count ({@link #peopleCount}): it names the people of the last event with that many.
     */
    private Optional<Phrase> counted(String text, List<Token> tokens, int i) {
        if (i + 2 >= tokens.size() || !Words.is(tokens.get(i), "the")) {
            return Optional.empty();
        }
        // words only: "the 27 leaders" is a body's membership, not people told one by one
        String word = Words.lower(tokens.get(i + 1));
        int n = word.chars().allMatch(Character::isLetter)
                ? numbers.count(word).filter(c -> c.chars().allMatch(Character::isDigit)).map(Integer::parseInt).orElse(0) : 0;
        if (n < 3) {
            return Optional.empty();
        }
        for (Entry e : entries) {
            String rest = e.phrase().toLowerCase(java.util.Locale.ROOT);
            if (e.kind().startsWith("group") && rest.startsWith("the two ")) {
                int end = Words.surface(text, tokens, i + 2, rest.substring("the two ".length()), false);
                if (end > i + 2) {
                    // "the four countries" names the countries of the last act with four on one side
                    return Optional.of(new Phrase(i, end, (e.kind().equals("group-people") ? COUNTED_PEOPLE : COUNTED_PARTIES) + n));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A group phrase with adjectives inside: "both nuclear-armed neighbours", "the two visiting ministers" is
     * "both neighbours", "the two ministers" with up to {@link #MAX_ADJECTIVES} adjectives after the determiner.
     */
    private Optional<Phrase> withAdjectives(String text, List<Token> tokens, int i) {
        for (String determiner : GROUP_DETERMINERS) {
            int afterDet = Words.surface(text, tokens, i, determiner, false);
            if (afterDet < 0) {
                continue;
            }
            for (int k = afterDet; k < tokens.size() && k < afterDet + MAX_ADJECTIVES && isAdjective(tokens.get(k)); k++) {
                for (Entry e : entries) {
                    String rest = e.phrase().toLowerCase(java.util.Locale.ROOT);
                    if (e.kind().startsWith("group") && rest.startsWith(determiner + " ")) {
                        int end = Words.surface(text, tokens, k + 1, rest.substring(determiner.length() + 1), false);
                        if (end > k + 1) {
                            return Optional.of(new Phrase(i, end, e.kind()));
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isAdjective(Token t) {
        // "-armed" of "nuclear-armed": the tokenizer may split a compound adjective at its hyphen.
        String w = t.text();
        return t.pos().equals("ADJ") || w.length() > 4 && (w.endsWith("ing") || w.endsWith("ed")) && !t.isCapitalized()
                || w.length() > 2 && w.indexOf('-') >= 0;
    }

    /**
     * The singular of a group phrase's plural noun, lower case ("the two presidents" → "president", "both
     * foreign ministers" → "foreign minister"), for choosing among the people the article gives that title; empty for
     * "the two men" or "the pair".
     */
    static Optional<String> groupNoun(List<Token> tokens, Phrase p) {
        String last = tokens.get(p.end() - 1).text().toLowerCase(java.util.Locale.ROOT);
        if (last.length() <= 3 || !last.endsWith("s") || last.endsWith("ss")) {
            return Optional.empty();
        }
        // "the two foreign ministers": the words qualifying the noun belong to the title ("foreign minister", not a
        // prime minister named just before)
        StringBuilder title = new StringBuilder();
        for (int k = p.start(); k < p.end() - 1; k++) {
            Token t = tokens.get(k);
            if (t.pos().equals("ADJ") || t.pos().equals("NOUN") || t.pos().equals("PROPN")) {
                title.append(t.text().toLowerCase(java.util.Locale.ROOT)).append(' ');
            }
        }
        return Optional.of(title + last.substring(0, last.length() - 1));
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
