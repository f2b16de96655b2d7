package org.newskg.extract.time;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;

/**
 * The tense of the clause around a temporal expression, read from the Penn tags of the verbs before it
 * (or, when none precedes it, after it): "will meet on Friday" is future, "met on Friday" and "has risen
 * since January" are past, "begins in the second quarter" is present.
 *
 * <pre>{@code
 * ClauseTense tenses = new ClauseTense(lexicon);
 * tenses.of(sentence, localBegin);   // Tense.FUTURE for "would vote again on Sunday"
 * }</pre>
 * A future cue from {@code data/time/lexicon.tsv} ("due to", "expected to", "would") before the verb makes
 * it future, and so does a scheduling cue right before the expression ("set for", "scheduled for"). Immutable and thread-safe.
 */
final class ClauseTense {

    /** How a clause places its event relative to the time of writing. */
    enum Tense { PAST, PRESENT, FUTURE, UNKNOWN }

    /** How many tokens a governing verb may stand from the expression: "meet X on the sidelines of the summit on Sunday". */
    private static final int WINDOW = 16;
    private static final Set<String> AND_OR = Set.of("and", "or");
    /** Longer than any cue with its adverb and the words allowed after it ("will also soon", "set for 10 a.m."). */
    private static final int TAIL = 80;
    private static final String SP = DateShapes.SP;

    private final Pattern futureBeforeVerb;
    private final Pattern futureAfterBe;
    private final Pattern aheadBeforeTime;
    private final Pattern futureAnywhere;

    ClauseTense(TimeLexicon lexicon) {
        // The future cue, then at most one adverb ("will also meet"), right before the governing verb.
        this.futureBeforeVerb = Pattern.compile("(?<![\\w'’])(?i:" + lexicon.phraseRegexOrNothing("future") + ")"
                + "(?:" + SP + "\\w+ly)?" + SP + "$");
        // "is due to", "are expected to": the cue right after a form of "be"
        this.futureAfterBe = Pattern.compile("^" + SP + "(?:\\w+ly" + SP + ")?(?i:" + lexicon.phraseRegexOrNothing("future")
                + ")(?![\\w'’])");
        this.futureAnywhere = Pattern.compile("(?<![\\w'’])(?i:" + lexicon.phraseRegexOrNothing("future") + ")(?![\\w'’])");
        this.aheadBeforeTime = Pattern.compile("(?<![\\w'’])(?i:" + lexicon.phraseRegexOrNothing("ahead") + ")" + SP
                + "(?:\\S+" + SP + "){0,2}$");
    }

    /** The tense of the clause holding the expression that starts at a sentence-local offset. */
    Tense of(Sentence sentence, int localBegin) {
        if (endsWith(aheadBeforeTime, sentence.text().substring(0, localBegin))) {
            return Tense.FUTURE;
        }
        List<Token> tokens = sentence.tokens();
        int first = TimeRules.tokenIndexAt(sentence, localBegin);
        int i = first - 1;
        for (int seen = 0; i >= 0 && seen < WINDOW && !clauseOpening(tokens, i); i--, seen++) {
            Tense t = verbTense(sentence, tokens, i);
            if (t != Tense.UNKNOWN) {
                return invitedTo(tokens, i, first) ? Tense.FUTURE : t;
            }
        }
        for (int k = first; k < tokens.size() && k < first + WINDOW; k++) {
            Tense t = verbTense(sentence, tokens, k);
            if (t != Tense.UNKNOWN) {
                return t;
            }
        }
        // "X will visit Y on Monday, and on Tuesday meet Z": with no verb of its own, the clause before it tells
        for (int seen = first - 1 - i; i >= 0 && seen < WINDOW; i--, seen++) {
            Tense t = verbTense(sentence, tokens, i);
            if (t != Tense.UNKNOWN) {
                return t;
            }
        }
        return Tense.UNKNOWN;
    }

    /**
     * ", and" or ", but" at token {@code i}: a new clause opens there, whose verb may follow the expression
     * ("X refused in June to receive Y, and Z on Thursday accused ...": past, not the infinitive's future).
     */
    private static boolean clauseOpening(List<Token> tokens, int i) {
        return i > 0 && (tokens.get(i).text().equalsIgnoreCase("and") || tokens.get(i).text().equalsIgnoreCase("but"))
                && tokens.get(i - 1).text().equals(",");
    }

    /**
     * "has invited the ministers to talks in X on Thursday": what one is invited to lies ahead of the invitation; but
     * "invited Doe on Monday to visit X" dates the invitation (no "to" between the verb and the expression).
     */
    private static boolean invitedTo(List<Token> tokens, int verb, int first) {
        if (!"invite".equalsIgnoreCase(tokens.get(verb).lemma()) && !tokens.get(verb).text().toLowerCase(Locale.ROOT).startsWith("invit")) {
            return false;
        }
        for (int k = verb + 1; k < first; k++) {
            if (tokens.get(k).text().equalsIgnoreCase("to")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a pattern anchored at the end ({@code $}) matches the end of the text. Only the tail is searched:
     * the cues are short, and searching from every position of a long sentence is what would cost.
     */
    private static boolean endsWith(Pattern atEnd, String text) {
        return atEnd.matcher(text).useTransparentBounds(true).region(Math.max(0, text.length() - TAIL), text.length()).find();
    }

    private Tense verbTense(Sentence sentence, List<Token> tokens, int i) {
        Token t = tokens.get(i);
        String penn = t.penn() == null ? "" : t.penn();
        boolean verb = penn.startsWith("VB") || penn.equals("MD") || "VERB".equals(t.pos()) || "AUX".equals(t.pos());
        if (!verb) {
            return Tense.UNKNOWN;
        }
        String before = sentence.text().substring(0, t.begin() - sentence.begin());
        if (endsWith(futureBeforeVerb, before) || endsWith(futureBeforeVerb, before + t.text() + " ")) {
            return Tense.FUTURE;
        }
        if (penn.equals("MD")) {
            return Tense.UNKNOWN;
        }
        if ("be".equals(t.lemma()) && futureAfterBe.matcher(sentence.text().substring(t.end() - sentence.begin())).lookingAt()) {
            return Tense.FUTURE; // "On Sunday he is due to open ..."
        }
        if ("be".equals(t.lemma()) && i + 2 < tokens.size() && tokens.get(i + 1).text().equalsIgnoreCase("to")
                && "VB".equals(tokens.get(i + 2).penn())) {
            return Tense.FUTURE; // "On Tuesday the two presidents are to sign ...": a form of "be" before an infinitive
        }
        return switch (penn) {
            case "VBD" -> Tense.PAST;
            case "VBN" -> auxiliaryBefore(tokens, i);
            case "VBZ", "VBP" -> Tense.PRESENT;
            // "to meet", "expected to sign": an infinitive looks ahead of its governing verb; "will hold talks with X
            // on Friday and meet Y": a bare verb after "and" shares the future of the verb it is coordinated with.
            case "VB" -> i > 0 && tokens.get(i - 1).text().equalsIgnoreCase("to") || afterModal(tokens, i)
                    || i > 0 && AND_OR.contains(tokens.get(i - 1).text().toLowerCase(Locale.ROOT))
                    && futureAnywhere.matcher(sentence.text().substring(0, tokens.get(i - 1).begin() - sentence.begin())).find()
                    ? Tense.FUTURE : Tense.UNKNOWN;
            default -> Tense.UNKNOWN;
        };
    }

    /**
     * "could recover in the second half", "might not return to normal until the fourth quarter": a bare verb after a
     * modal (and adverbs such as "not") speaks of what may come, not of the "said" that reports it; but "could have
     * risen" is a perfect and says nothing of the future.
     */
    private static boolean afterModal(List<Token> tokens, int verb) {
        if ("have".equalsIgnoreCase(tokens.get(verb).text())) {
            return false;
        }
        for (int k = verb - 1; k >= 0 && k >= verb - 3; k--) {
            String penn = tokens.get(k).penn() == null ? "" : tokens.get(k).penn();
            if (penn.equals("MD")) {
                return true;
            }
            if (!penn.startsWith("RB")) {
                return false;
            }
        }
        return false;
    }

    /**
     * A participle takes the tense of its auxiliary ("has risen", "was signed"), else it is past ("a truce
     * signed"); after a determiner it is an adjective ("a reduced schedule") and says nothing.
     */
    private static Tense auxiliaryBefore(List<Token> tokens, int i) {
        String previous = i > 0 && tokens.get(i - 1).penn() != null ? tokens.get(i - 1).penn() : "";
        if (previous.equals("DT") || previous.equals("PRP$") || previous.startsWith("JJ")) {
            return Tense.UNKNOWN;
        }
        for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
            String w = tokens.get(k).text().toLowerCase(Locale.ROOT);
            String penn = tokens.get(k).penn() == null ? "" : tokens.get(k).penn();
            if (penn.equals("MD")) {
                return Tense.UNKNOWN;
            }
            if (penn.startsWith("VB") && (w.startsWith("ha") || w.equals("was") || w.equals("were") || w.equals("been")
                    || w.equals("is") || w.equals("are") || w.equals("be"))) {
                return w.equals("is") || w.equals("are") || w.equals("be") ? Tense.PRESENT : Tense.PAST;
            }
        }
        return Tense.PAST;
    }
}
