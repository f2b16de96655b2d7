package org.newskg.extract.entity;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the words after a name say about it being a company or other body, whatever its own words look like: the name
 * is the subject of "its" or of "said it", or its share price moves.
 *
 * <pre>{@code
 * boolean company = CompanyCues.isSubjectOfIts(words, tags, nameEnd);   // "Lufthansa said its traffic rose"
 * }</pre>
 * Stateless.
 */
final class CompanyCues {

    private static final Set<String> VERB_GROUP = Set.of("VERB", "AUX", "ADV", "PART");
    private static final Pattern PRICE = Pattern.compile("\\d+(?:[.,]\\d+)?|\\d+-\\d+/\\d+|\\d+/\\d+");
    private static final Pattern FRACTION = Pattern.compile("(?:\\d+-)?\\d+/\\d+");
    private static final Set<String> SINGULAR_VERBS = Set.of("has", "says");
    private static final Set<String> AMOUNTS = Set.of("million", "billion", "trillion", "mln", "bln", "bn", "m");
    private static final Set<String> SAYS = Set.of("said", "says", "announced", "reported", "added");

    private CompanyCues() {
    }

    /**
     * "Lufthansa said its traffic rose", "Kessler Motoren cut its forecast": a name whose verb is followed by "its"
     * is a company or body, not a person (who would be "his" or "her"). Up to three verbs, auxiliaries, adverbs or
     * particles may come between ("has also raised its").
     */
    static boolean isSubjectOfIts(String[] words, String[] tags, int end) {
        if (tags == null) {
            return false;
        }
        boolean verb = false;
        for (int k = end; k < words.length && k < end + 4; k++) {
            String tag = tags[k];
            if (words[k].equals("its")) {
                return verb;
            }
            if (!VERB_GROUP.contains(tag)) {
                return false;
            }
            verb |= tag.equals("VERB");
        }
        return false;
    }

    /**
     * "Acme and Bolt has cut its forecast": a verb of the third person singular right after coordinated names makes them
     * one name. Not a copula, which may agree with what follows it ("Mercury and Venus is a conjunction").
     */
    static boolean isSingularVerb(String[] words, int end) {
        return end < words.length && SINGULAR_VERBS.contains(words[end]);
    }

    /**
     * "jumped 14 pence", "eased four pence", "fell 1-3/4", "fell more than 10 pence": a share price's move in a market
     * report; up to two hedging words (price-moves.tsv, kind hedge) may come between the verb and the number.
     */
    static boolean isPriceMove(CueLexicon cues, String[] w, String[] tags, int k) {
        int n = numberAfter(cues, w, k);
        if (n + 1 < w.length && cues.isPriceVerb(w[k]) && cues.isPriceCurrency(w[n]) && isNumber(w, tags, n + 1)) {
            // "Acme gained $ 1.50": a currency sign before the number is the unit; an amount in millions is a sum
            // ("sales rose $ 2 billion"), not a share price.
            return n + 2 >= w.length || !AMOUNTS.contains(w[n + 2].toLowerCase(java.util.Locale.ROOT));
        }
        if (n + 1 > w.length || !cues.isPriceVerb(w[k]) || !isNumber(w, tags, n)) {
            return false;
        }
        return FRACTION.matcher(w[n]).matches() || n + 1 < w.length && cues.isPriceUnit(w[n + 1]);
    }

    /**
     * "Acme rose 2 percent", "Acme slipped 1.5 pct", "Acme fell more than 10 percent", as well as {@link #isPriceMove}:
     * a price verb, a number and a unit of a relative move. Sales and exports move by percent too, so this only retypes
     * a word already read as a name (a person's or a place's popularity is not reported so).
     */
    static boolean isRelativePriceMove(CueLexicon cues, String[] w, String[] tags, int k) {
        if (isPriceMove(cues, w, tags, k)) {
            return true;
        }
        int n = numberAfter(cues, w, k);
        return n + 1 < w.length && cues.isPriceVerb(w[k]) && isNumber(w, tags, n) && cues.isRelativeUnit(w[n + 1]);
    }

    /** Where the number of a price move after the verb at {@code k} would be: past up to two hedging words. */
    private static int numberAfter(CueLexicon cues, String[] w, int k) {
        int n = k + 1;
        while (n < w.length && n - k <= 2 && cues.isPriceHedge(w[n])) {
            n++;
        }
        return n;
    }

    private static boolean isNumber(String[] w, String[] tags, int n) {
        return n < w.length && (PRICE.matcher(w[n]).matches() || tags != null && tags[n].equals("NUM"));
    }

    /**
     * "Shell said it expected margins to stay weak", "BHP said on Tuesday it would consider": a name that says
     * what "it" will do is a company or body; a person says what "he" or "she" will do. Wants "it" to be the
     * subject of a verb, so "Smith said it was late" still needs the model, which finds people well.
     */
    static boolean isSubjectOfSaidIt(String[] words, String[] tags, int end) {
        if (tags == null) {
            return false;
        }
        int k = end;
        while (k < words.length && k < end + 2 && (tags[k].equals("AUX") || tags[k].equals("ADV"))) {
            k++;
        }
        if (k >= words.length || !SAYS.contains(words[k])) {
            return false;
        }
        k++;
        if (k + 1 < words.length && words[k].equals("on") && Character.isUpperCase(words[k + 1].codePointAt(0))) {
            k += 2;  // "said on Tuesday it"
        }
        return k + 1 < words.length && words[k].equals("it") && (tags[k + 1].equals("AUX") || tags[k + 1].equals("VERB"));
    }
}
