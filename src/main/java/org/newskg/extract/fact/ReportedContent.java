package org.newskg.extract.fact;

import java.util.List;
import java.util.Set;
import org.newskg.extract.EntityMention;
import org.newskg.kb.EntityType;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;

/**
 * Where a reported content begins and what may stand between a reporting verb and it: "said (on Tuesday) that",
 * "told reporters that", "warned Pyongyang that", "saying (that)". Token positions in, token positions out.
 */
final class ReportedContent {

    private static final Set<String> ADDRESSEE_TAGS = Set.of("PROPN", "PRON", "DET", "NOUN", "ADJ");

    /** How long an aside between commas after a reporting verb may be ("said, flanked by his brother, that"). */
    private static final int ASIDE_WORDS = 10;

    /** Words before which a clause's subject may stand; a verb after them shows the clause ("the vote had been fair"). */
    private static final Set<String> SUBJECT_START_TAGS = Set.of("DET", "PRON", "PROPN", "NOUN", "NUM", "ADJ");

    /** How far a that-less clause's finite verb may be from its first word ("the new coalition government would"). */
    private static final int SUBJECT_WORDS = 6;

    private ReportedContent() {
    }

    /** After "warned Pyongyang that": who is warned is no content; without "that" the content starts at {@code from}. */
    static int afterAddresseeThat(List<Token> tokens, int from) {
        for (int k = from; k < tokens.size() && k < from + 4; k++) {
            Token t = tokens.get(k);
            if (Words.is(t, "that")) {
                return k > from ? k + 1 : from;
            }
            if (!ADDRESSEE_TAGS.contains(t.pos())) {
                return from;
            }
        }
        return from;
    }

    /** After "saying (that)", or after the listener of "telling reporters (that)". */
    static int contentAfterParticiple(List<Token> tokens, ReportingVerbs.Verb p) {
        int from = p.end();
        if (p.object()) {
            int that = afterThat(tokens, from);
            if (that >= 0) {
                return that;
            }
            String pos = from < tokens.size() ? tokens.get(from).pos() : "";
            return pos.equals("NOUN") || pos.equals("PRON") || pos.equals("PROPN") ? from + 1 : from;
        }
        return from < tokens.size() && Words.is(tokens.get(from), "that") ? from + 1 : from;
    }

    /** No verb in tokens [from, to). */
    static boolean noVerbBetween(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (tokens.get(k).pos().equals("VERB") || tokens.get(k).pos().equals("AUX")) {
                return false;
            }
        }
        return true;
    }

    /** Only adjuncts from {@code from} on, no verb nor "that" ("..., X said on Tuesday."). */
    static boolean adjunctOnly(List<Token> tokens, int from) {
        for (int k = from; k < tokens.size(); k++) {
            String pos = tokens.get(k).pos();
            if (pos.equals("VERB") || pos.equals("AUX") || tokens.get(k).text().equals("that")) {
                return false;
            }
        }
        return true;
    }

    /**
     * A subordinate clause of time or reason from {@code from} on, with no "that" ("..., X said after the two leaders
     * met"): the words before the attribution are what was said.
     */
    static boolean subordinateOnly(List<Token> tokens, int from) {
        if (from >= tokens.size() || !Words.isAny(tokens.get(from), "after", "before", "when", "while", "as", "because",
                "since", "once", "until")) {
            return false;
        }
        for (int k = from + 1; k < tokens.size(); k++) {
            if (Words.is(tokens.get(k), "that")) {
                return false;
            }
        }
        return true;
    }

    /**
     * A participle clause after a comma, and nothing else: "..., X said, flanked by his brother." or "..., X said,
     * adding nothing." is how the words were said, not what; the words before the attribution are.
     */
    static boolean participleOnly(List<Token> tokens, int from) {
        if (from + 1 >= tokens.size() || !Words.isComma(tokens.get(from))) {
            return false;
        }
        Token p = tokens.get(from + 1);
        if (!p.pos().equals("VERB") || !(p.text().endsWith("ed") || p.text().endsWith("en") || p.text().endsWith("ing"))) {
            return false;
        }
        for (int k = from + 2; k < tokens.size(); k++) {
            if (Words.is(tokens.get(k), "that")) {
                return false;
            }
        }
        return true;
    }

    /** After "said (on Tuesday) that": the content starts after 'that', over a short time adjunct or an aside between commas. */
    static int afterAdjunctThat(ArticleView view, Sentence s, int from) {
        int placed = afterPlaceAdjuncts(view, s, from);
        return placed >= 0 ? placed : afterTimeAdjunctThat(view, s, from);
    }

    /**
     * "said in London she was pleased", "said at a news conference in The Hague on Monday that": where and when the
     * words were said is no part of them. After a run of place phrases (a preposition and a named place or building,
     * or a noun phrase that names an occasion) and time phrases, the content starts after "that" or, without it, at a
     * clause (its subject, then a finite verb). -1 when the words after {@code from} do not open with a place phrase.
     */
    private static int afterPlaceAdjuncts(ArticleView view, Sentence s, int from) {
        List<Token> tokens = s.tokens();
        int k = from;
        boolean place = false;
        while (k + 1 < tokens.size() && Words.isAny(tokens.get(k), "in", "at", "on", "during", "from")) {
            int end = phraseEnd(view, s, k + 1);
            if (end < 0) {
                break;
            }
            place |= !isTime(view, s, tokens.get(k + 1)) && !Words.is(tokens.get(k), "on");
            k = end;
        }
        if (!place || k >= tokens.size()) {
            return -1;
        }
        if (Words.is(tokens.get(k), "that")) {
            return k + 1;
        }
        return startsClause(tokens, k) ? k : -1;
    }

    /** The end of a preposition's object at {@code k}: a name, a time expression or a short noun phrase; -1 if none. */
    private static int phraseEnd(ArticleView view, Sentence s, int k) {
        List<Token> tokens = s.tokens();
        Token t = tokens.get(k);
        EntityMention name = view.entityAt(t);
        if (name == null && Words.is(t, "the") && k + 1 < tokens.size()) {
            name = view.entityAt(tokens.get(k + 1));
        }
        if (name != null && !ArticleView.isDemonym(name) && name.type().root() != EntityType.PERSON) {
            int e = k;
            while (e < tokens.size() && tokens.get(e).begin() < name.end()) {
                e++;
            }
            return e;
        }
        if (isTime(view, s, t)) {
            int e = k;
            while (e < tokens.size() && isTime(view, s, tokens.get(e))) {
                e++;
            }
            return e;
        }
        int e = k;
        if (tokens.get(e).pos().equals("DET")) {
            e++;
        }
        while (e < tokens.size() && tokens.get(e).pos().equals("ADJ")) {
            e++;
        }
        int nouns = e;
        while (e < tokens.size() && tokens.get(e).pos().equals("NOUN") && e - nouns < 3) {
            e++;
        }
        return e > nouns && e > k ? e : -1;
    }

    private static boolean isTime(ArticleView view, Sentence s, Token t) {
        return view.times(s.index()).stream().anyMatch(tm -> tm.begin() <= t.begin() && t.end() <= tm.end());
    }

    /** A clause at {@code k}: a word that may open a subject, then a finite verb within a few words before punctuation. */
    private static boolean startsClause(List<Token> tokens, int k) {
        if (!SUBJECT_START_TAGS.contains(tokens.get(k).pos())) {
            return false;
        }
        for (int v = k + 1; v < tokens.size() && v <= k + SUBJECT_WORDS; v++) {
            Token t = tokens.get(v);
            if (Words.isComma(t)) {
                // "the consortium, led by X, had failed": an aside set off after the subject, then its verb
                return finiteAfterAside(tokens, v);
            }
            if (Words.isPunct(t)) {
                return false;
            }
            if (t.pos().equals("AUX") || t.pos().equals("VERB") && !t.text().endsWith("ing")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the aside opened by the comma at {@code open} (a participle's phrase or a relative clause, at most
     * {@link #ASIDE_WORDS} words) closes with a comma followed by a finite verb.
     */
    private static boolean finiteAfterAside(List<Token> tokens, int open) {
        if (open + 1 >= tokens.size() || !(tokens.get(open + 1).penn().matches("VB[NG]")
                || Words.isAny(tokens.get(open + 1), "who", "which"))) {
            return false;
        }
        for (int k = open + 2; k + 1 < tokens.size() && k <= open + ASIDE_WORDS; k++) {
            if (Words.isComma(tokens.get(k))) {
                Token v = tokens.get(k + 1);
                return v.pos().equals("AUX") || v.pos().equals("VERB") && v.penn().matches("VB[DZP]");
            }
            if (Words.isPunct(tokens.get(k)) && !tokens.get(k).text().equals(".")) {
                return false;
            }
        }
        return false;
    }

    /** "said on Tuesday that", "tweeted earlier in the day that": over time words to "that"; {@code from} if none. */
    private static int afterTimeAdjunctThat(ArticleView view, Sentence s, int from) {
        List<Token> tokens = s.tokens();
        if (from < tokens.size() && Words.isComma(tokens.get(from))) {
            // "said, flanked by his brother, that ..."
            for (int k = from + 1; k + 1 < tokens.size() && k <= from + ASIDE_WORDS; k++) {
                if (Words.isComma(tokens.get(k))) {
                    return Words.is(tokens.get(k + 1), "that") ? k + 2 : from;
                }
            }
            return from;
        }
        for (int k = from; k < tokens.size() && k < from + 5; k++) {
            Token t = tokens.get(k);
            if (Words.is(t, "that")) {
                return k + 1;
            }
            boolean timeWord = isTime(view, s, t);
            // "tweeted earlier in the day that": adverbs and the words of a time phrase the tagger leaves alone
            boolean adjunct = Words.isAny(t, "on", "in", "last", "this", "the", "day", "morning", "evening", "night", "week")
                    || t.pos().equals("ADV");
            if (!timeWord && !adjunct) {
                return from;
            }
        }
        return from;
    }

    /**
     * After the listener of "told reporters the vote had been fair", a clause with no "that": the listener is a
     * pronoun, one noun with its determiner and adjectives ("a news conference"), or a name the recognizer found
     * ("Reuters", "the BBC"); a clause must follow it, its subject then a verb before any punctuation. -1 if not so.
     */
    static int afterListener(ArticleView view, Sentence s, int from) {
        List<Token> tokens = s.tokens();
        if (from >= tokens.size()) {
            return -1;
        }
        int k = from;
        EntityMention name = view.entityAt(tokens.get(k));
        if (Words.is(tokens.get(k), "the") && k + 1 < tokens.size() && name == null) {
            name = view.entityAt(tokens.get(k + 1));
        }
        if (name != null) {
            while (k < tokens.size() && tokens.get(k).begin() < name.end()) {
                k++;
            }
        } else if (tokens.get(k).pos().equals("PRON")) {
            k++;
        } else {
            if (tokens.get(k).pos().equals("DET")) {
                k++;
            }
            while (k < tokens.size() && tokens.get(k).pos().equals("ADJ")) {
                k++;
            }
            if (k >= tokens.size() || !tokens.get(k).pos().equals("NOUN")) {
                return -1;
            }
            k++;
        }
        // "told reporters in Rome the deal would help": where the listeners were is no part of what they were told
        int placed = afterPlaceAdjuncts(view, s, k);
        if (placed >= 0) {
            return placed;
        }
        return k < tokens.size() && !Words.is(tokens.get(k), "that") && startsClause(tokens, k) ? k : -1;
    }

    /** After the "that" of "told reporters that", within a few words and before any punctuation; -1 if none. */
    static int afterThat(List<Token> tokens, int from) {
        for (int k = from; k < tokens.size() && k < from + 8; k++) {
            if (Words.is(tokens.get(k), "that")) {
                return k + 1;
            }
            if (Words.isPunct(tokens.get(k))) {
                return -1;
            }
        }
        return -1;
    }
}
