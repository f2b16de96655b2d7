package org.newskg.extract.fact;

import java.util.List;
import java.util.regex.Pattern;
import org.newskg.extract.EntityMention;
import org.newskg.kb.EntityType;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;

/**
 * The words of a telling's label around its trigger: names and ordinals before a noun trigger ("African Union
 * summit"), the name after "of" ("Years of Sports Exchange"), and the lower-case words that only describe it ("the
 * three-day summit", which is as definite as "the summit"). Kept apart from {@link EventFinder} because these read
 * only tokens and mentions, no cue or lexicon.
 *
 * <pre>{@code
 * int ls = TellingSpan.extendLeft(view, sentence, triggerStart);
 * }</pre>
 * Stateless.
 */
final class TellingSpan {

    // Compiled once: String.matches compiles its regex at each call, and these run on hot paths (bench/README.md).
    private static final Pattern ORDINAL = Pattern.compile("\\d+(st|nd|rd|th)");

    /** Lower-case words that may describe an event noun between "the" and it: "the three-day summit", "the two-hour meeting". */
    private static final int DESCRIBING_WORDS = 3;

    private TellingSpan() {
    }

    /** Names, numbers and hyphens before a noun trigger belong to its label: "African Union summit". */
    static int extendLeft(ArticleView view, Sentence s, int start) {
        List<Token> tokens = s.tokens();
        int ls = start;
        while (ls > 0) {
            Token t = tokens.get(ls - 1);
            EntityMention m = view.entityAt(t);
            if (m != null && (m.type() == EntityType.ORGANIZATION || m.type() == EntityType.EVENT || m.type() == EntityType.COUNTRY)) {
                ls = ArticleView.tokenAt(s, m.begin());
            } else if (t.text().equals("-") && ls >= 2 && view.entityAt(tokens.get(ls - 2)) != null) {
                ls--;
            } else if (t.pos().equals("PROPN") && t.isCapitalized() || ORDINAL.matcher(t.text()).matches()) {
                ls--;
            } else {
                break;
            }
        }
        return ls;
    }

    /** "Years of Sports Exchange", "75th anniversary of diplomatic relations". */
    static int extendRight(List<Token> tokens, TriggerLexicon.Trigger trigger, int end) {
        int le = end;
        if (trigger.phrase().endsWith(" of")) {
            while (le < tokens.size() && tokens.get(le).isCapitalized() && !Words.isPunct(tokens.get(le))) {
                le++;
            }
            return le > end ? le : end;
        }
        if (trigger.type().equals("Anniversary") && le < tokens.size() && Words.is(tokens.get(le), "of")) {
            int k = le + 1;
            while (k < tokens.size() && k < le + 9 && !Words.isPunct(tokens.get(k)) && !Words.is(tokens.get(k), "between")
                    && !tokens.get(k).pos().equals("VERB") && !tokens.get(k).pos().equals("AUX")) {
                k++;
            }
            return k;
        }
        return le;
    }

    /** The first of the lower-case words describing a noun before token {@code ls} ("the three-day summit"), or {@code ls}. */
    static int describedFrom(List<Token> tokens, int ls) {
        int d = ls;
        while (d > 0 && ls - d < DESCRIBING_WORDS) {
            Token t = tokens.get(d - 1);
            // "three-day", split or not; not a noun of its own ("the arms embargo" names another one than "an oil embargo")
            boolean describes = !t.isCapitalized() && (t.pos().equals("ADJ") || t.pos().equals("NUM") || t.text().equals("-")
                    || t.text().contains("-") || d >= 2 && tokens.get(d - 2).text().equals("-"));
            if (!describes) {
                break;
            }
            d--;
        }
        return d;
    }

    /** No capitalized word from token {@code from} to token {@code to}: "three-day", not "Ibero-American". */
    static boolean lowerCaseBetween(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (tokens.get(k).isCapitalized()) {
                return false;
            }
        }
        return true;
    }
}
