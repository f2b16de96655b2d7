package org.newskg.extract.fact;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.newskg.nlp.Token;

/**
 * A lexicon's entries grouped by the first character of their lower-cased phrase, for
 * {@link Words#surface case-insensitive surface matching}: a phrase can only match at a token whose first character
 * folds to the phrase's first, so a token is tried against its group alone instead of the whole lexicon (the
 * coreference and title lexicons are tried at nearly every token, several times over).
 *
 * <pre>{@code
 * SurfaceIndex<Entry> index = new SurfaceIndex<>(entries, Entry::phrase);
 * for (Entry e : index.candidates(text, tokens.get(i))) { ... Words.surface(text, tokens, i, e.phrase(), false) ... }
 * }</pre>
 * Each group keeps the entries' order, so the first match found is the one the whole list would give. A token that
 * starts outside ASCII gets every entry ({@link Words#surface} lower-cases such text as a whole). Immutable.
 */
final class SurfaceIndex<E> {

    private final List<E> all;
    private final Map<Character, List<E>> byFirst;

    SurfaceIndex(List<E> entries, Function<E, String> phrase) {
        this.all = List.copyOf(entries);
        Map<Character, List<E>> groups = new HashMap<>();
        for (E e : all) {
            String want = phrase.apply(e).toLowerCase(Locale.ROOT);
            // An empty phrase never matches; one starting outside ASCII cannot match an ASCII character.
            if (!want.isEmpty() && want.charAt(0) < 0x80) {
                groups.computeIfAbsent(want.charAt(0), c -> new ArrayList<>()).add(e);
            }
        }
        groups.replaceAll((c, l) -> List.copyOf(l));
        this.byFirst = Map.copyOf(groups);
    }

    /** The entries that may match from {@code token} on, in the lexicon's order. */
    List<E> candidates(String text, Token token) {
        if (token.begin() >= token.end()) {
            return all;
        }
        char c = text.charAt(token.begin());
        if (c >= 0x80) {
            return all;
        }
        // As Words.surface compares it: white space as one space, ASCII capitals lower-cased.
        char got = Words.isSpace(c) ? ' ' : c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        return byFirst.getOrDefault(got, List.of());
    }
}
