package org.newskg.extract.fact;

import java.util.List;
import org.newskg.extract.EntityMention;
import org.newskg.kb.EntityType;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;

/**
 * Reads what a sentence sets off between a name and its verb or after a title: an apposition or relative clause
 * between commas ("Doe, who arrived on Monday, met"), a name set off after its title ("the minister, Doe,"), an "of"
 * phrase qualifying a name ("Hun Sen of the ... government in Phnom Penh"), a prepositional phrase set off before
 * the verb ("X, during a phone talk with Y, offered").
 * Immutable; one per article.
 */
final class Insertions {

    /** The longest apposition or relative clause read between a subject and its verb, in tokens. */
    static final int INSERTION = 14;

    private final ArticleView view;

    Insertions(ArticleView view) {
        this.view = view;
    }

    /**
     * The opening comma of an apposition or relative clause closed by the comma at {@code close} ("Jane Doe,
     * 67, met", "Doe, who arrived on Monday, met"), when a name stands before it; else -1.
     */
    int insertion(Sentence s, int close) {
        List<Token> tokens = s.tokens();
        for (int k = close - 1; k > 0 && k >= close - 2 * INSERTION; k--) {
            Token t = tokens.get(k);
            if (Words.isComma(t)) {
                if (k < close - INSERTION && !tokens.get(k + 1).pos().equals("ADP")
                        && !Words.isAny(tokens.get(k + 1), "who", "whose")) {
                    // only a prepositional phrase or a relative clause set off may be that long ("X, during a phone
                    // talk with Y,", "X, who met Y at U.N. headquarters in New York on Monday,")
                    return -1;
                }
                // "X, speaking in Sydney on Monday, urged", "X, flanked by Y, said": a participle's phrase is set off too
                // ("X, speaking at the airport before flying back to Y, accused": a gerund inside it is no clause)
                boolean relative = Words.isAny(tokens.get(k + 1), "who", "which", "whose")
                        || tokens.get(k + 1).penn().matches("VB[GN]") && noFiniteVerbAfter(tokens, k + 2, close)
                        || reducedRelative(tokens, k + 1, close);
                boolean verbless = true;
                for (int m = k + 1; m < close; m++) {
                    verbless &= !Chunks.isVerb(tokens.get(m));
                }
                if (!relative && !verbless) {
                    return -1;
                }
                // "X, who led the delegation, speaking to reporters, rejected": one insertion after another, opened after X
                return ArticleView.isActor(view.entityAt(tokens.get(k - 1))) ? k : insertion(s, k);
            }
            // "U.N." is split in two: its full stop ends nothing
            boolean abbreviation = t.text().equals(".") && tokens.get(k - 1).text().contains(".");
            if (Words.isPunct(t) && !Words.isHyphenPiece(t) && !abbreviation) { // "a 20-member delegation"
                return -1;
            }
        }
        return -1;
    }

    /** The person named between a comma and the comma at {@code close} after a noun ("the minister, Doe,"), or null. */
    EntityMention appositiveName(Sentence s, int close) {
        List<Token> tokens = s.tokens();
        EntityMention m = close > 0 ? view.entityAt(tokens.get(close - 1)) : null;
        if (m == null || m.type() != EntityType.PERSON) {
            return null;
        }
        int open = ArticleView.tokenAt(s, m.begin()) - 1;
        while (open > 1 && !Words.isComma(tokens.get(open)) && (tokens.get(open).isCapitalized() && !Words.isPunct(tokens.get(open))
                || rankDot(tokens, open)) && view.entityAt(tokens.get(open)) == null && open >= ArticleView.tokenAt(s, m.begin()) - 4) {
            open--; // "the interim president, Colonel Doe,", "Jordan's premier, Brig. Doe,": a rank or title before the name
        }
        return open > 0 && Words.isComma(tokens.get(open)) && (tokens.get(open - 1).penn().startsWith("NN")
                && view.entityAt(tokens.get(open - 1)) == null || postedTo(s, open - 1)) ? m : null;
    }

    /**
     * Whether the name ending at token {@code j} is where a title's holder is posted: "Ruritania's ambassador to the
     * United Nations, Doe,", "the envoy at the Arctic Council, Doe,": the apposition names the holder, not the body.
     */
    private boolean postedTo(Sentence s, int j) {
        List<Token> tokens = s.tokens();
        EntityMention body = view.entityAt(tokens.get(j));
        if (body == null || body.type() == EntityType.PERSON) {
            return false;
        }
        int k = ArticleView.tokenAt(s, body.begin()) - 1;
        if (k >= 0 && Words.is(tokens.get(k), "the")) {
            k--;
        }
        return k >= 1 && Words.isAny(tokens.get(k), "to", "at") && tokens.get(k - 1).penn().startsWith("NN")
                && view.entityAt(tokens.get(k - 1)) == null;
    }

    /**
     * The last token of a person's name that an "of" phrase ending at token {@code j} qualifies, or -1: "Hun Sen of the
     * Vietnamese-installed government in Phnom Penh met": the subject is the person, not the place at the phrase's end.
     */
    int nameBeforeOfPhrase(Sentence s, int j) {
        List<Token> tokens = s.tokens();
        for (int k = j; k > 0 && k >= j - INSERTION; k--) {
            Token t = tokens.get(k);
            if (Words.isPunct(t) && !t.text().equals("-") || Chunks.isVerb(t) && !t.penn().equals("VBN")) {
                return -1;
            }
            if (Words.is(t, "of")) {
                EntityMention m = view.entityAt(tokens.get(k - 1));
                return m != null && m.type() == EntityType.PERSON ? k - 1 : -1;
            }
        }
        return -1;
    }

    /**
     * "X, during a phone talk with Y, offered help": the verb right after the comma that closes a prepositional
     * phrase set off between commas from token {@code np} on, or -1. Its subject is the one before the phrase.
     */
    static int insertedBefore(List<Token> tokens, int np) {
        for (int k = np; k + 1 < tokens.size() && k < np + 2 * INSERTION; k++) {
            Token t = tokens.get(k);
            if (Words.isComma(t)) {
                int v = k + 1;
                while (v < tokens.size() && tokens.get(v).pos().equals("ADV")) {
                    v++;
                }
                return v < tokens.size() && Chunks.isVerb(tokens.get(v)) ? v : -1;
            }
            if (Words.isPunct(t) && !t.text().equals("-") || Chunks.isVerb(t)) {
                return -1; // a clause of its own, not a phrase set off
            }
        }
        return -1;
    }

    /**
     * "During a phone talk with Y on Thursday, X said ...": the first verb after the comma that closes a phrase
     * opening the sentence, from token {@code np} on, or -1. Its subject, after the comma, is the one the phrase is about.
     */
    static int verbAfterOpening(List<Token> tokens, int np) {
        for (int k = np; k + 1 < tokens.size() && k < np + 2 * INSERTION; k++) {
            Token t = tokens.get(k);
            if (Words.isComma(t)) {
                for (int v = k + 1; v < tokens.size() && v <= k + 2 * INSERTION; v++) {
                    if (Words.isPunct(tokens.get(v)) && !abbreviationDot(tokens, v)) {
                        return -1; // another phrase set off: not the clause's subject and verb
                    }
                    if (Chunks.isVerb(tokens.get(v)) && Chunks.is(tokens, v, "VP")) {
                        return Chunks.start(tokens, v);
                    }
                }
                return -1;
            }
            if (Words.isPunct(t) && !t.text().equals("-") && !abbreviationDot(tokens, k) || Chunks.isVerb(t)) {
                return -1; // a clause of its own
            }
        }
        return -1;
    }

    /**
     * "Talks between X, secretary of the refugee commission, and Y": the "and" right after the comma that closes a
     * verbless apposition opened by the comma at {@code open}, or -1. What the apposition says of X is no party of its
     * own, and the parties go on after the "and".
     */
    static int appositionBeforeAnd(List<Token> tokens, int open) {
        if (open >= tokens.size() || !Words.isComma(tokens.get(open))) {
            return -1;
        }
        for (int k = open + 1; k + 1 < tokens.size() && k <= open + INSERTION; k++) {
            Token t = tokens.get(k);
            if (Words.isComma(t)) {
                return k > open + 1 && Words.is(tokens.get(k + 1), "and") ? k + 1 : -1;
            }
            if (Words.isPunct(t) && !t.text().equals("-") && !abbreviationDot(tokens, k) && !t.text().equals("'s")
                    || Chunks.isVerb(t)) {
                return -1; // a clause of its own, not an apposition
            }
        }
        return -1;
    }

    /**
     * The index of the verb after an apposition that opens with a determiner at the comma {@code open} and closes
     * with a comma right before a verb ("Talks ..., the first at that level in a decade, are expected"), or -1.
     */
    static int appositionBeforeVerb(List<Token> tokens, int open) {
        if (open + 1 >= tokens.size() || !Words.isComma(tokens.get(open)) || !tokens.get(open + 1).pos().equals("DET")) {
            return -1;
        }
        for (int k = open + 2; k + 1 < tokens.size() && k <= open + INSERTION; k++) {
            Token t = tokens.get(k);
            if (Words.isComma(t)) {
                return Chunks.isVerb(tokens.get(k + 1)) ? k + 1 : -1;
            }
            if (Words.isPunct(t) && !t.text().equals("-") || Chunks.isVerb(t)) {
                return -1; // a clause of its own, not an apposition
            }
        }
        return -1;
    }

    /** "Brig. Doe", "Gen. Doe": the period the tokenizer split off an abbreviated rank, right against its capitalized word. */
    private static boolean rankDot(List<Token> tokens, int k) {
        return k > 0 && tokens.get(k).text().equals(".") && tokens.get(k).begin() == tokens.get(k - 1).end()
                && tokens.get(k - 1).isCapitalized();
    }

    /** "U.S": the period of an abbreviation the tokenizer split off, right against its word. */
    private static boolean abbreviationDot(List<Token> tokens, int k) {
        return k > 0 && tokens.get(k).text().equals(".") && tokens.get(k).begin() == tokens.get(k - 1).end()
                && tokens.get(k - 1).text().indexOf('.') > 0;
    }

    /** No verb with a tense of its own (a clause's) between tokens {@code from} and {@code to}; participles may be. */
    /**
     * "X, the Ruritanian president ousted in a coup on July 15, met": an apposition whose noun a participle qualifies,
     * from token {@code from} (its determiner) to the comma at {@code to}: one verb, right after a noun, with no
     * auxiliary or subject of its own (the tagger may call "ousted" a past tense there).
     */
    private static boolean reducedRelative(List<Token> tokens, int from, int to) {
        if (!Words.isAny(tokens.get(from), "the", "a", "an")) {
            return false;
        }
        int verbs = 0;
        for (int m = from + 1; m < to; m++) {
            Token t = tokens.get(m);
            if (t.penn().equals("MD") || t.pos().equals("AUX") || Words.isAny(t, "who", "which", "that")) {
                return false;
            }
            if (verbs == 0 && Words.is(t, "and")) {
                // "A, the United Arab Emirates and B severed ties with C, accusing it": names listed before a verb are the
                // clause's subjects, not a noun a participle qualifies
                return false;
            }
            if (Chunks.isVerb(t)) {
                verbs++;
                if (!t.penn().matches("VB[DN]") || !tokens.get(m - 1).penn().startsWith("NN")) {
                    return false;
                }
            }
        }
        return verbs == 1;
    }

    private static boolean noFiniteVerbAfter(List<Token> tokens, int from, int to) {
        for (int m = from; m < to; m++) {
            if (Chunks.isVerb(tokens.get(m)) && !tokens.get(m).penn().matches("VB[GN]")) {
                return false;
            }
        }
        return true;
    }
}
