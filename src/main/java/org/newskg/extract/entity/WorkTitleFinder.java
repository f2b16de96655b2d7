package org.newskg.extract.entity;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newskg.data.TsvRow;
import org.newskg.data.TsvTable;
import org.newskg.kb.EntityType;

/**
 * Titles of works and names of products that a noun of {@code data/lexicon/work-nouns.tsv} marks: a capitalized
 * title in quotation marks with such a noun before it ("his novel " Ashes of Zenda ""), after it
 * (`" Red River " , their first single`) or as its last word (`" Strelsau Trilogy "`) is a {@link EntityType#WORK}
 * (rule {@link #TITLE_RULE}); so is a quoted title after a possessive (`Jane Doe 's " Red River "`) or next to
 * another such title in a list (`" Red River " , " Blue Lake " and " Grey Hill "`). A noun marked {@code bare}
 * also types the capitalized words right after it and the capitalized items of a list after it ("the malaria drug
 * Zendamax", "drugs such as quinine and Ruritol"; rule {@link #CUE_RULE}).
 *
 * <pre>{@code
 * List<NameMatch> works = WorkTitleFinder.load(dataDir).match(words, tags);
 * }</pre>
 * Immutable and thread-safe.
 */
final class WorkTitleFinder extends WordFinder {

    static final String TITLE_RULE = "pattern:work-title";
    static final String CUE_RULE = "pattern:work-cue";

    /** Lower-case words a title may hold between its capitalized ones ("Palace of the Winds"). */
    private static final Set<String> TITLE_FUNCTION_WORDS = Set.of("of", "the", "a", "an", "and", "in", "on", "to", "for",
            "with", "at", "from", "by", "or", "de", "la", "le", "del", "'s", "’s", ",");
    /** Words between two quoted titles of one list. */
    private static final Set<String> LIST_JOINS = Set.of(",", "and", "or", "--", "-", "—", "–", ":", ";");
    private static final int MAX_TITLE_WORDS = 7;
    private static final int CUE_WINDOW = 4;
    private static final int MAX_BARE_WORDS = 3;
    private static final int MAX_LIST_ITEMS = 4;

    private final Map<String, String> nouns;

    private WorkTitleFinder(Map<String, String> nouns) {
        this.nouns = Map.copyOf(nouns);
    }

    /** Reads {@code dataDir/lexicon/work-nouns.tsv}; without it nothing is found. */
    static WorkTitleFinder load(Path dataDir) {
        Map<String, String> nouns = new HashMap<>();
        for (TsvRow row : TsvTable.readIfExists(dataDir.resolve("lexicon/work-nouns.tsv"), "lexicon").rows()) {
            String kind = row.size() > 1 ? row.cell(1).strip() : "";
            if (row.cell(0).isBlank() || !(kind.isEmpty() || kind.equals("bare")) || row.size() > 2) {
                throw row.error("expected 'noun' or 'noun<TAB>bare', found '" + row.text() + "'");
            }
            nouns.put(row.cell(0).strip(), kind);
        }
        return new WorkTitleFinder(nouns);
    }

    @Override
    List<NameMatch> match(String[] w, String[] tags) {
        List<NameMatch> out = new ArrayList<>();
        List<int[]> quoted = quotedTitles(w);
        boolean[] work = new boolean[quoted.size()];
        for (int q = 0; q < quoted.size(); q++) {
            int start = quoted.get(q)[0];
            int end = quoted.get(q)[1];
            work[q] = nounBefore(w, start - 2) || nounAfter(w, end + 1) || isWorkNoun(w[end - 1])
                    || start >= 3 && isPossessive(w[start - 2]) && isCapitalized(w[start - 3]);
        }
        // A title next to a work title in one list is one too ("Palace Walk", "Palace of Desire" and "Sugar Street").
        for (boolean changed = true; changed; ) {
            changed = false;
            for (int q = 0; q < quoted.size(); q++) {
                if (!work[q] && (q > 0 && work[q - 1] && listed(w, quoted.get(q - 1)[1], quoted.get(q)[0] - 1)
                        || q + 1 < quoted.size() && work[q + 1] && listed(w, quoted.get(q)[1], quoted.get(q + 1)[0] - 1))) {
                    work[q] = true;
                    changed = true;
                }
            }
        }
        for (int q = 0; q < quoted.size(); q++) {
            if (work[q]) {
                int start = quoted.get(q)[0];
                int end = quoted.get(q)[1];
                out.add(new NameMatch(start, end, EntityType.WORK, NameWords.join(w, start, end), null, TITLE_RULE, 0.85));
            }
        }
        for (int i = 0; i + 1 < w.length; i++) {
            if ("bare".equals(nouns.get(w[i])) && i > 0) {
                bareNames(w, i + 1, out);
            }
        }
        return out;
    }

    /** Spans (first word, end) of capitalized titles between two quotation marks, one to seven words long. */
    private static List<int[]> quotedTitles(String[] w) {
        List<int[]> spans = new ArrayList<>();
        for (int i = 0; i < w.length; i++) {
            if (!isQuote(w[i])) {
                continue;
            }
            int close = i + 1;
            while (close < w.length && close - i - 1 <= MAX_TITLE_WORDS && !isQuote(w[close])) {
                close++;
            }
            if (close < w.length && isQuote(w[close]) && isTitle(w, i + 1, close)) {
                spans.add(new int[] {i + 1, close});
                i = close;
            }
        }
        return spans;
    }

    /** Capitalized first and last words, and nothing but capitalized words, numbers and title function words. */
    private static boolean isTitle(String[] w, int start, int end) {
        if (end - start < 1 || end - start > MAX_TITLE_WORDS || !isCapitalized(w[start])
                || !(isCapitalized(w[end - 1]) || Character.isDigit(w[end - 1].codePointAt(0)))) {
            return false;
        }
        for (int k = start; k < end; k++) {
            if (!isCapitalized(w[k]) && !Character.isDigit(w[k].codePointAt(0))
                    && !TITLE_FUNCTION_WORDS.contains(w[k].toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /** A work noun among the few words ending at {@code last}, none of them punctuation ("his 1959 novel"). */
    private boolean nounBefore(String[] w, int last) {
        for (int k = last; k >= 0 && k > last - CUE_WINDOW; k--) {
            if (!hasLetterOrDigit(w[k])) {
                return false;
            }
            if (nouns.containsKey(w[k])) {
                return true;
            }
        }
        return false;
    }

    /** A work noun among the few words from {@code first}, after one comma at most (", their first single"). */
    private boolean nounAfter(String[] w, int first) {
        int k = first < w.length && w[first].equals(",") ? first + 1 : first;
        for (int n = 0; k < w.length && n < CUE_WINDOW; k++, n++) {
            if (!hasLetterOrDigit(w[k])) {
                return false;
            }
            if (nouns.containsKey(w[k])) {
                return true;
            }
        }
        return false;
    }

    private boolean isWorkNoun(String word) {
        return isCapitalized(word) && nouns.containsKey(word.toLowerCase(Locale.ROOT));
    }

    /** The words between two quoted titles (their quotation marks included) join them in a list. */
    private static boolean listed(String[] w, int from, int to) {
        if (from < 0 || to < from || to - from > 4) {
            return false;
        }
        for (int k = from + 1; k < to; k++) {
            if (!LIST_JOINS.contains(w[k])) {
                return false;
            }
        }
        return isQuote(w[from]) && isQuote(w[to]);
    }

    /**
     * After a {@code bare} noun: capitalized words right after it ("drug Zendamax"), or after "such as" / "like" /
     * "including" the capitalized items of a list ("such as quinine and Ruritol").
     */
    private static void bareNames(String[] w, int from, List<NameMatch> out) {
        int k = from;
        boolean list = false;
        if (k + 1 < w.length && w[k].equals("such") && w[k + 1].equals("as")) {
            k += 2;
            list = true;
        } else if (k < w.length && (w[k].equals("like") || w[k].equals("including"))) {
            k++;
            list = true;
        }
        for (int item = 0; k < w.length && item < (list ? MAX_LIST_ITEMS : 1); item++) {
            int end = k;
            while (end < w.length && end - k < MAX_BARE_WORDS && isCapitalized(w[end])) {
                end++;
            }
            if (end > k) {
                out.add(new NameMatch(k, end, EntityType.WORK, NameWords.join(w, k, end), null, CUE_RULE, 0.8));
            } else if (!list || end >= w.length || !Character.isLowerCase(w[end].codePointAt(0))) {
                return;
            } else {
                end++;  // a common word in the list ("quinine")
            }
            if (end < w.length && (w[end].equals(",") || w[end].equals("and") || w[end].equals("or"))) {
                k = end + 1;
                if (k < w.length && w[k].equals("and") || k < w.length && w[k].equals("or")) {
                    k++;
                }
            } else {
                return;
            }
        }
    }

    private static boolean isQuote(String word) {
        return word.equals("\"") || word.equals("“") || word.equals("”") || word.equals("``") || word.equals("''");
    }

    private static boolean isPossessive(String word) {
        return word.equals("'s") || word.equals("’s") || word.equals("'") || word.equals("’");
    }

    private static boolean isCapitalized(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0)) && word.codePoints().anyMatch(Character::isLetter);
    }
}
