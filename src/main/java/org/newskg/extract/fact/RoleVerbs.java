package org.newskg.extract.fact;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.newskg.data.TsvTable;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;

/**
 * The verb phrases of {@code data/roles/role-verbs.tsv} that give the person before them the title after them ("X was
 * sworn in Tuesday as president", "Y became prime minister"), read over time phrases and adverbs.
 *
 * <pre>{@code
 * int title = RoleVerbs.load(dataDir).after(view, sentence, nextToken); // -1 when no phrase starts there
 * }</pre>
 * Immutable and thread-safe.
 */
final class RoleVerbs {

    static final String FILE = "roles/role-verbs.tsv";
    private static final int MAX_SKIPPED = 3;

    private final List<String[]> phrases;
    private final int[] keys;   // Words.startKey of each phrase's first word

    private RoleVerbs(List<String[]> phrases) {
        this.phrases = phrases;
        this.keys = phrases.stream().mapToInt(p -> Words.startKey(p[0])).toArray();
    }

    static RoleVerbs load(Path dataDir) {
        return new RoleVerbs(TsvTable.read(dataDir.resolve(FILE), "fact extraction data file").stripped(1).stream()
                .map(r -> r[0].toLowerCase(Locale.ROOT).split(" "))
                .sorted(Comparator.comparingInt((String[] p) -> -p.length)).toList());
    }

    /** Where the title begins when one of the phrases starts at token {@code i} (and an "as" after it); else -1. */
    int after(ArticleView view, Sentence s, int i) {
        int tokenKeys = i < s.tokens().size() ? Words.tokenKeys(s.tokens().get(i)) : -1;
        for (int p = 0; p < keys.length; p++) {
            if (!Words.mayStart(tokenKeys, keys[p])) {
                continue;   // its first word is not at i
            }
            String[] phrase = phrases.get(p);
            int end = match(view, s, i, phrase);
            if (end > 0) {
                List<Token> tokens = s.tokens();
                return end < tokens.size() && Words.is(tokens.get(end), "as") && !Arrays.asList(phrase).contains("as") ? end + 1 : end;
            }
        }
        return -1;
    }

    private static int match(ArticleView view, Sentence s, int i, String[] phrase) {
        List<Token> tokens = s.tokens();
        int k = i;
        int skipped = 0;
        for (int w = 0; w < phrase.length; w++) {
            while (w > 0 && k < tokens.size() && skipped < MAX_SKIPPED && adjunct(view, s, tokens.get(k))
                    && !Words.is(tokens.get(k), phrase[w])) {
                k++;
                skipped++;
            }
            if (k >= tokens.size() || !Words.is(tokens.get(k), phrase[w])) {
                return -1;
            }
            k++;
        }
        return k;
    }

    /** An adverb ("unanimously") or a word of a time phrase ("Tuesday", "on Monday"). */
    private static boolean adjunct(ArticleView view, Sentence s, Token t) {
        return t.pos().equals("ADV") || Words.is(t, "on")
                || view.times(s.index()).stream().anyMatch(tm -> tm.begin() <= t.begin() && t.end() <= tm.end());
    }
}
