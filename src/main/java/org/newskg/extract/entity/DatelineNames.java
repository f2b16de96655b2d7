package org.newskg.extract.entity;

import java.util.List;
import java.util.regex.Pattern;
import org.newskg.kb.EntityType;
import org.newskg.kb.NameKey;

/**
 * The names a wire dateline gives whatever their shape: the place a story was filed from ("JAKARTA -") and the agency
 * in parentheses ("LIMA, May 2 (Andes Example Wire) -").
 *
 * <pre>{@code
 * new DatelineNames(cues).match(words, out);   // adds "pattern:dateline-place" / "pattern:dateline-source" matches
 * }</pre>
 * Immutable and thread-safe.
 */
final class DatelineNames {

    private static final Pattern DASH = Pattern.compile("-+|\u2013|\u2014");
    private static final Pattern DIGIT_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{2,4}");

    private final CueLexicon cues;

    DatelineNames(CueLexicon cues) {
        this.cues = cues;
    }

    /** Adds the agency, then the place, of a dateline opening the sentence {@code w}. */
    void match(String[] w, List<NameMatch> out) {
        datelineSource(w, out);
        datelinePlace(w, out);
    }

    /**
     * "LIMA, May 2 (Andes Example Wire) -": the parenthesized words between an all-caps dateline and its dash name
     * the news agency, an organization whether or not any cue or the knowledge base knows it.
     */
    private void datelineSource(String[] w, List<NameMatch> out) {
        if (w.length < 5 || !NameKey.isAllCaps(w[0]) || NameKey.letters(w[0]).length() < 3) {
            return;
        }
        for (int open = 1; open < Math.min(w.length, 10); open++) {
            if (!w[open].equals("(")) {
                continue;
            }
            int close = open + 1;
            while (close < w.length && close - open <= 5 && !w[close].equals(")")) {
                close++;
            }
            boolean dash = close + 1 < w.length && w[close + 1].matches("-+|\u2013|\u2014");
            if (close < w.length && w[close].equals(")") && dash && close > open + 1 && allCapitalized(w, open + 1, close)) {
                out.add(new NameMatch(open + 1, close, EntityType.ORGANIZATION, NameWords.join(w, open + 1, close), null,
                        "pattern:dateline-source", 0.7));
            }
            return;
        }
    }

    /**
     * "SHARM EL-SHEIKH, Egypt, Oct 17 (Reuters) -", "JAKARTA -", "LONDON 2024-03-03": the capitals that open a dateline
     * name the place the story was filed from, whatever a model makes of them (in title case they may look like a
     * person's name). A run of at most four all-caps words counts as a dateline when a dash follows it or closes the
     * dateline within twelve words (after the agency's parentheses), or when a date follows it (a month, or a date in
     * digits), or when the line, after a comma, ends in a date in digits ("ESTORIL , Portugal 1996-09-20"); no word of it
     * may be a stop capital ("UPDATE", "PHOTO").
     */
    private void datelinePlace(String[] w, List<NameMatch> out) {
        int end = 0;
        int words = 0;
        while (end < w.length && words <= 4 && (isCapsWord(w[end])
                || end > 0 && w[end].equals("-") && end + 1 < w.length && isCapsWord(w[end + 1]))) {
            words += w[end].equals("-") ? 0 : 1;
            end++;
        }
        if (end == 0 || words > 4 || end >= w.length || NameKey.letters(w[0]).length() < 3) {
            return;
        }
        boolean dashed = DASH.matcher(w[end]).matches() || isDate(w[end]);
        // "NAIROBI, Kenya (AP) -", "WASHINGTON, Feb 3 -": after a comma the dash closes an agency or a date.
        boolean dated = false;
        for (int k = end + 1; w[end].equals(",") && k < Math.min(w.length, end + 12) && !dashed; k++) {
            dated |= isDate(w[k]);
            // "ESTORIL , Portugal 1996-09-20": a line that ends in a date in digits is a dateline without a dash.
            dashed = DASH.matcher(w[k]).matches() && (dated || w[k - 1].equals(")"))
                    || k + 1 == w.length && DIGIT_DATE.matcher(w[k]).matches();
        }
        if (dashed) {
            out.add(new NameMatch(0, end, EntityType.PLACE, NameWords.join(w, 0, end), null, "pattern:dateline-place", 0.6));
        }
    }

    /** A month ("Oct", "Feb."; a stop capital in title case) or a date in digits. */
    private boolean isDate(String word) {
        boolean stopInTitleCase = Character.isUpperCase(word.codePointAt(0)) && cues.isStopCapital(word)
                && !NameKey.isAllCaps(word) && !cues.isSurnameStopCapital(word);
        return DIGIT_DATE.matcher(word).matches() || stopInTitleCase || word.equals("May");
    }

    /** An all-caps word of a dateline ("SHARM", "EL-SHEIKH", "ST."), or a hyphen inside one; no stop capital. */
    private boolean isCapsWord(String word) {
        if (word.equals("-")) {
            return false;
        }
        return !NameKey.letters(word).isEmpty() && NameKey.isAllCaps(word) && !cues.isStopCapital(word);
    }

    private static boolean allCapitalized(String[] w, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!Character.isUpperCase(w[k].codePointAt(0))) {
                return false;
            }
        }
        return true;
    }
}
