package org.newskg.extract.fact;

import java.util.List;
import java.util.Set;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;

/**
 * Where a reported content begins and what may stand between a reporting verb and it: "said (on Tuesday) that",
 * "told reporters that", "warned Pyongyang that", "saying (that)". Token positions in, token positions out.
 */
final class ReportedContent {

    private static final Set<String> ADDRESSEE_TAGS = Set.of("PROPN", "PRON", "DET", "NOUN", "ADJ");

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

    /** After "said (on Tuesday) that": the content starts after 'that', over a short time adjunct. */
    static int afterAdjunctThat(ArticleView view, Sentence s, int from) {
        List<Token> tokens = s.tokens();
        for (int k = from; k < tokens.size() && k < from + 5; k++) {
            Token t = tokens.get(k);
            if (Words.is(t, "that")) {
                return k + 1;
            }
            boolean timeWord = view.times(s.index()).stream().anyMatch(tm -> tm.begin() <= t.begin() && t.end() <= tm.end());
            // "tweeted earlier in the day that": adverbs and the words of a time phrase the tagger leaves alone
            boolean adjunct = Words.isAny(t, "on", "in", "last", "this", "the", "day", "morning", "evening", "night", "week")
                    || t.pos().equals("ADV");
            if (!timeWord && !adjunct) {
                return from;
            }
        }
        return from;
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
