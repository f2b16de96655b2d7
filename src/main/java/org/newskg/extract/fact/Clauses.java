package org.newskg.extract.fact;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.newskg.extract.EntityMention;
import org.newskg.kb.EntityType;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;

/**
 * Reads the clause around an event trigger: whether it is negated, conditional, threatened, passive, a reduced
 * relative, owned ("Doe's visit"), offered, asked for, coordinated with an earlier verb, or the purpose of a trip.
 * Immutable and thread-safe.
 */
final class Clauses {

    // Compiled once: String.matches compiles its regex at each call, and these run on hot paths (bench/README.md).
    private static final Pattern PAST_VERB = Pattern.compile("VB[DN]");

    /** How many tokens a reading looks across for the words of one clause. */
    static final int CLAUSE_WINDOW = 12;
    /** The most words of a reported clause's subject between the reporting verb and "would". */
    private static final int REPORTED_SUBJECT = 10;

    private final TriggerLexicon triggers;
    private final EventCues cues;

    Clauses(TriggerLexicon triggers, EventCues cues) {
        this.triggers = triggers;
        this.cues = cues;
    }

    /**
     * "the talks he held in X on Monday with Y", "the meeting that Doe had with Roe": the light verb of a relative
     * clause right after a noun trigger ending at {@code le}, whose subject is a pronoun or a name; else -1. The
     * clause tells who took part, where and when.
     */
    int contactClauseVerb(ArticleView view, Sentence s, int le) {
        List<Token> tokens = s.tokens();
        int k = le < tokens.size() && Words.isAny(tokens.get(le), "that", "which") ? le + 1 : le;
        if (k >= tokens.size()) {
            return -1;
        }
        EntityMention m = view.entityAt(tokens.get(k));
        if (ArticleView.isActor(m) && m.type() == EntityType.PERSON) {
            k = ArticleView.tokenAt(s, m.end() - 1) + 1;
        } else if (Words.isAny(tokens.get(k), "he", "she", "they")) {
            k++;
        } else {
            return -1;
        }
        while (k < tokens.size() && (tokens.get(k).pos().equals("AUX") || tokens.get(k).pos().equals("ADV"))) {
            k++; // "the talks he had earlier held"
        }
        return k < tokens.size() && tokens.get(k).penn().matches("VB[DN]") && cues.isSupportVerb(tokens, k) ? k : -1;
    }

    /** The verb of the same form that the verb at {@code start} is coordinated with ("open" of "is to open X and to meet Y"), or -1. */
    static int coordinatedWith(List<Token> tokens, int start) {
        int j = start - 1;
        if (j >= 0 && tokens.get(j).penn().equals("TO")) {
            j--;
        }
        if (j < 1 || !Words.is(tokens.get(j), "and")) {
            return -1;
        }
        for (int v = j - 1; v >= 0 && !Words.isComma(tokens.get(v)); v--) {
            if (Chunks.isVerb(tokens.get(v)) && tokens.get(v).penn().equals(tokens.get(start).penn())) {
                return v;
            }
        }
        return -1;
    }

    /** "if it were attacked", "unless they are shelled", "until Doe is released": the verb's clause is a condition. */
    static boolean hypothetical(List<Token> tokens, int i) {
        for (int k = i - 1; k >= 0 && k >= i - 6; k--) {
            Token t = tokens.get(k);
            if (Words.isAny(t, "if", "unless", "until")) {
                return true;
            }
            if (Words.isPunct(t) || Words.isAny(t, "that", "and")) {
                return false;
            }
        }
        return false;
    }

    /**
     * "Doe said Roe and Poe would meet again in X in March", "said the foreign secretaries of the two countries would
     * meet": a "would" before the verb at {@code i} in a clause reported by a verb in the past, whose subject stands
     * between them (no punctuation: "if X attacked, Y would respond" is no report). The future of the past: planned.
     */
    static boolean reportedFuture(List<Token> tokens, int i) {
        int k = i - 1;
        while (k > 0 && tokens.get(k).pos().equals("ADV")) {
            k--; // "would soon meet"
        }
        if (k < 1 || !Words.is(tokens.get(k), "would")) {
            return false;
        }
        for (int j = k - 1; j >= 0 && j >= k - REPORTED_SUBJECT; j--) {
            Token t = tokens.get(j);
            if (Words.isPunct(t) && !t.text().equals(".") || Words.isAny(t, "if", "unless", "when")) {
                return false;
            }
            if (Chunks.isVerb(t) && t.penn().equals("VB") && j > 0 && Words.is(tokens.get(j - 1), "would")
                    || Chunks.isVerb(t) && t.penn().equals("VB") && j > 1 && tokens.get(j - 1).pos().equals("ADV")
                    && Words.is(tokens.get(j - 2), "would")) {
                return reportedFuture(tokens, j); // "said X would ban investment ... and would discuss": as the first
            }
            if (Chunks.isVerb(t)) {
                return t.penn().equals("VBD") && j < k - 1;
            }
            if (Words.is(t, "that") && t.penn().equals("IN")) {
                return j < k - 1; // "told reporters ... and that the foreign secretaries would meet": a clause said
            }
        }
        return false;
    }

    /** "said that X would attack Y", "warned it will strike": force announced with a modal in a reported clause. */
    static boolean threatened(List<Token> tokens, int i) {
        int k = i - 1;
        if (k < 0 || !Words.isAny(tokens.get(k), "would", "will")) {
            return false;
        }
        for (int j = k - 1; j >= 1 && j >= k - 6; j--) {
            if (Words.is(tokens.get(j), "that") || tokens.get(j).pos().equals("PRON") && j == k - 1) {
                Token before = tokens.get(j - 1);
                return Chunks.isVerb(before) && before.penn().equals("VBD");
            }
            if (Words.isPunct(tokens.get(j))) {
                return false;
            }
        }
        return false;
    }

    /**
     * "expelled nine Russian diplomats accused of spying": the first token of the noun phrase a past participle
     * right after it modifies, when that phrase is the object of a verb just before it (no "be": not a passive);
     * else -1.
     */
    static int reducedRelativeObject(List<Token> tokens, int i) {
        // the tagger may call the participle a past tense ("diplomats accused/VBD of spying"): a verb right before its
        // object tells it is none
        if (i < 2 || !PAST_VERB.matcher(tokens.get(i).penn()).matches() || !tokens.get(i - 1).penn().startsWith("NN") || passive(tokens, i)) {
            return -1;
        }
        // "accused of spying", "blamed for": a participle takes no object of its own ("said Ruritanian artillery shelled
        // the town" is a clause)
        boolean noObject = i + 1 >= tokens.size() || tokens.get(i + 1).pos().equals("ADP") || Words.isPunct(tokens.get(i + 1));
        int np = Chunks.start(tokens, i - 1);
        return noObject && np > 0 && Chunks.isVerb(tokens.get(np - 1)) && tokens.get(np - 1).penn().matches("VB[DPZ]?")
                && !Words.isAny(tokens.get(np - 1), "say", "tell", "announce", "report", "claim") ? np : -1;
    }

    /**
     * "adopted a resolution urging X", "issued a statement condemning X": the verb of issuing ({@code issue} cues) whose
     * object is the text ({@code document} cues) that the participle at {@code i} hangs on, over a determiner and
     * modifiers; -1 when there is none (not "rejected a statement condemning X": the text is someone else's).
     */
    static int documentIssued(List<Token> tokens, int i, EventCues cues) {
        if (i < 3 || !tokens.get(i).penn().equals("VBG") || !cues.isDocument(tokens.get(i - 1))) {
            return -1;
        }
        int k = i - 2;
        while (k > 0 && (tokens.get(k).pos().equals("DET") || tokens.get(k).pos().equals("ADJ") || tokens.get(k).pos().equals("NUM")
                || tokens.get(k).penn().startsWith("NN") && !tokens.get(k).isCapitalized())) {
            k--;
        }
        return Chunks.isVerb(tokens.get(k)) && k < i - 2 && cues.isIssuing(tokens.get(k)) ? k : -1;
    }

    /**
     * "had urged", "had already met": a past participle right after "had" (over adverbs), an act told as done before the
     * story's time; with no day of its own it is background, not the dateline's day.
     */
    static boolean pluperfect(List<Token> tokens, int i) {
        if (!tokens.get(i).penn().equals("VBN")) {
            return false;
        }
        for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
            Token t = tokens.get(k);
            if (t.text().equalsIgnoreCase("had") || t.text().equalsIgnoreCase("'d")) {
                return true;
            }
            if (!t.pos().equals("ADV")) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether a "to" infinitive follows token {@code k} in its clause ("called on Roe to resign", "urged the army, in a
     * broadcast, to return"), before the clause ends at a semicolon or full stop or another verb is joined to it.
     */
    static boolean infinitiveAfter(List<Token> tokens, int k) {
        for (int i = k; i + 1 < tokens.size() && i < k + CLAUSE_WINDOW * 2; i++) {
            Token t = tokens.get(i);
            if (Words.isAny(t, ";", ".") || Words.isAny(t, "and", "but") && tokens.get(i + 1).penn().matches("VB[DZ]")) {
                return false; // "called on Roe at the palace and promised to help": the next verb's infinitive
            }
            if (t.penn().equals("TO") && tokens.get(i + 1).penn().equals("VB")) {
                return true;
            }
        }
        return false;
    }

    /** "was received", "had been hosted": a past participle after a form of "be" in its verb phrase. */
    static boolean passive(List<Token> tokens, int i) {
        if (!tokens.get(i).penn().equals("VBN")) {
            return false;
        }
        for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
            Token t = tokens.get(k);
            if (Words.is(t, "be")) {
                return true;
            }
            if (!t.pos().equals("ADV") && !t.pos().equals("AUX")) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether a verb trigger is negated inside its verb group ("did not meet", "has never visited", "not to travel",
     * "won't attend", "failed to agree"), or a noun trigger by "no" ("no talks were held", "no direct talks").
     */
    static boolean negated(List<Token> tokens, int start, boolean verb) {
        boolean infinitive = false;
        for (int k = start - 1; k >= 0 && start - k <= 4; k--) {
            Token t = tokens.get(k);
            if (Words.isAny(t, "not", "n't", "never", "no")) {
                boolean notOnly = k + 1 < tokens.size() && Words.is(tokens.get(k + 1), "only"); // "not only met X but"
                return !notOnly && (verb ? !Words.is(t, "no") : Words.is(t, "no"));
            }
            if (verb && Words.is(t, "fail") && tokens.get(k + 1).penn().equals("TO")) {
                return true; // "met ... but failed to agree on sharing power"
            }
            String pos = t.pos();
            boolean inGroup = verb ? pos.equals("AUX") || pos.equals("ADV") || pos.equals("PART") || t.penn().equals("TO")
                    : pos.equals("ADJ") || pos.equals("NUM") || pos.equals("NOUN") && k == start - 1;
            infinitive |= t.penn().equals("TO");
            if (!inGroup) {
                return verb && infinitive && failedBefore(tokens, k); // "failed on Tuesday to agree"
            }
        }
        return false;
    }

    private static final java.util.Set<String> PHRASE_TAGS = java.util.Set.of("ADP", "DET", "NOUN", "PROPN", "NUM");

    /** "failed on Tuesday", "failed at the talks": "fail" right before the phrase ending at token {@code k}. */
    private static boolean failedBefore(List<Token> tokens, int k) {
        for (int j = k; j >= 0 && k - j <= 3; j--) {
            Token t = tokens.get(j);
            if (Words.is(t, "fail") && t.pos().equals("VERB")) {
                return true;
            }
            if (!PHRASE_TAGS.contains(t.pos())) {
                return false;
            }
        }
        return false;
    }

    /**
     * "urged Washington not to make any deals", "did not hold talks": a noun trigger that is the object of a negated
     * verb (over determiners, adjectives and numbers) tells of nothing that happened or is planned.
     */
    static boolean objectOfNegated(List<Token> tokens, int start) {
        int v = start - 1;
        while (v >= 0 && (tokens.get(v).pos().equals("DET") || tokens.get(v).pos().equals("ADJ") || tokens.get(v).pos().equals("NUM"))) {
            v--;
        }
        if (v < 1 || !tokens.get(v).penn().startsWith("VB")) {
            return false;
        }
        int k = tokens.get(v - 1).penn().equals("TO") ? v - 2 : v - 1; // "not to make", "did not hold"
        return k >= 0 && Words.isAny(tokens.get(k), "not", "n't", "never")
                && !(k + 1 < tokens.size() && Words.is(tokens.get(k + 1), "only"));
    }

    /**
     * "Doe's first visit", "his three-day visit": a noun trigger owned by an actor or a pronoun, over adjectives and
     * hyphenated modifiers; it refers to an event of that actor, as "the" does.
     */
    static boolean possessed(ArticleView view, Sentence s, int ls) {
        List<Token> tokens = s.tokens();
        for (int k = ls - 1; k >= 0 && k >= ls - 5; k--) {
            Token t = tokens.get(k);
            EntityMention m = view.entityAt(t);
            if (Words.isAny(t, "his", "her", "their") || ArticleView.isActor(m) && ParticipantFinder.possessive(s, m)) {
                return true;
            }
            if (!(t.pos().equals("ADJ") || t.pos().equals("NUM") || t.text().equals("-") || t.pos().equals("NOUN")
                    || t.text().matches("['’]s"))) {
                return false;
            }
        }
        return false;
    }

    /** True when no verb stands before token {@code le} in the sentence's own words: a fronted phrase. */
    static boolean fronted(List<Token> tokens, int le) {
        for (int k = StatementFinder.contentStart(tokens); k < le; k++) {
            if (Chunks.isVerb(tokens.get(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A country or body owning what is given after it ("Ruritania's help", "the Netherlands' full backing", "pledged
     * Ruritanian help", "U.S. aid": a noun for support or aid, read from the trigger lexicon), not what is supported
     * ("Lithuania's bid") nor whom a phrase after a preposition names ("support to Ruritania relief efforts").
     */
    boolean given(ArticleView view, Sentence s, EntityMention owner) {
        if (owner.type() == EntityType.PERSON) {
            return false;
        }
        List<Token> tokens = s.tokens();
        int first = ArticleView.tokenAt(s, owner.begin());
        if (!ParticipantFinder.possessive(s, owner) && first > 0 && tokens.get(first - 1).pos().equals("ADP")) {
            return false;
        }
        int k = ArticleView.tokenAt(s, owner.end() - 1) + 1;
        // "Japan's continued support": a participle modifies the noun given as an adjective does
        while (k < tokens.size() && (Words.isPossessiveMark(tokens.get(k)) || tokens.get(k).pos().equals("ADJ")
                || tokens.get(k).penn().matches("VB[DNG]") && !tokens.get(k).isCapitalized())) {
            k++;
        }
        if (k >= tokens.size()) {
            return false;
        }
        Optional<TriggerLexicon.Match> noun = triggers.longestAt(view.text(), tokens, k);
        return Words.isAny(tokens.get(k), "help", "support") || noun.isPresent() && noun.get().trigger().cameo() != null
                && (noun.get().trigger().cameo().startsWith("05") || noun.get().trigger().cameo().startsWith("07"));
    }

    /**
     * "offered the Netherlands' full backing", "pledged support": a noun trigger that is the object of a verb
     * expressing intent (CAMEO 03) names what is offered, not an act of its own.
     */
    boolean offered(ArticleView view, List<Token> tokens, int ls) {
        for (int k = ls - 1; k >= 0 && k >= ls - 6; k--) {
            Token t = tokens.get(k);
            if (Chunks.isVerb(t)) {
                Optional<TriggerLexicon.Match> v = triggers.longestAt(view.text(), tokens, k);
                return v.isPresent() && v.get().trigger().cameo() != null && v.get().trigger().cameo().startsWith("03")
                        && v.get().end() <= ls;
            }
            boolean owner = view.entityAt(t) != null || Words.isPossessiveMark(t);
            if (!(owner || t.pos().equals("DET") || t.pos().equals("ADJ") || t.penn().equals("PRP$"))) {
                return false;
            }
        }
        return false;
    }

    /**
     * "agreed to back a role for X", "pledged to support": a verb right after an intent trigger (CAMEO 03) that ends
     * in its "to" or is followed by one: what the intent promises, not an act of its own.
     */
    boolean intended(ArticleView view, List<Token> tokens, int start) {
        if (start < 2 || !tokens.get(start - 1).penn().equals("TO")) {
            return false;
        }
        for (int k = start - 2; k >= 0 && k >= start - 3; k--) {
            Optional<TriggerLexicon.Match> m = triggers.longestAt(view.text(), tokens, k);
            if (m.isPresent()) {
                String cameo = m.get().trigger().cameo();
                return cameo != null && cameo.startsWith("03") && m.get().end() >= start - 1;
            }
        }
        return false;
    }

    /**
     * True when the noun at {@code ls} stands in what an appeal or demand asks for: after its verb and a "that" or an
     * infinitive, in the same clause ("demanded that Prague open direct talks", "urged both sides to resume talks").
     */
    boolean asked(ArticleView view, List<Token> tokens, int ls) {
        boolean clause = false;
        for (int k = ls - 1; k >= 0 && k >= ls - CLAUSE_WINDOW; k--) {
            Token t = tokens.get(k);
            if (Words.isPunct(t)) {
                return false;
            }
            clause |= Words.is(t, "that") || t.penn().equals("TO");
            Optional<TriggerLexicon.Match> m = Chunks.isVerb(t) ? triggers.longestAt(view.text(), tokens, k) : Optional.empty();
            String cameo = m.map(x -> x.trigger().cameo()).orElse(null);
            if (cameo != null && (cameo.startsWith("02") || cameo.startsWith("10"))) {
                return clause;
            }
        }
        return false;
    }

    /**
     * "called for an immediate ceasefire", "demanded a halt to the shelling": a noun in the object of an appeal or a
     * demand in its clause (no punctuation between) names what is asked for.
     */
    boolean askedFor(ArticleView view, List<Token> tokens, int ls) {
        for (int k = ls - 1; k >= 0 && k >= ls - CLAUSE_WINDOW; k--) {
            Token t = tokens.get(k);
            if (Words.isPunct(t)) {
                return false;
            }
            Optional<TriggerLexicon.Match> m = Chunks.isVerb(t) ? triggers.longestAt(view.text(), tokens, k) : Optional.empty();
            String cameo = m.map(x -> x.trigger().cameo()).orElse(null);
            if (cameo != null) {
                return cameo.startsWith("02") || cameo.startsWith("10");
            }
        }
        return false;
    }

    /**
     * The travel verb whose purpose the infinitive at {@code start} tells, in the same clause, or -1: "would travel to
     * X next month to meet Y" (the traveller meets Y, in X), "flew to X to sign".
     */
    int travelledFor(ArticleView view, List<Token> tokens, int start) {
        return purposeOf(view, tokens, start, "Visit");
    }

    /**
     * The call verb whose purpose the infinitive at {@code start} tells, in the same clause, or -1: "telephoned Y on
     * Wednesday to thank him" (the caller thanks).
     */
    int calledFor(ArticleView view, List<Token> tokens, int start) {
        return purposeOf(view, tokens, start, "PhoneCall");
    }

    /** The verb of an event class {@code type} whose purpose the infinitive at {@code start} tells, or -1. */
    private int purposeOf(ArticleView view, List<Token> tokens, int start, String type) {
        if (start < 2 || !tokens.get(start - 1).penn().equals("TO")) {
            return -1;
        }
        for (int k = start - 2; k >= 0; k--) {
            Token t = tokens.get(k);
            if (Words.isPunct(t) || Words.isAny(t, "that", "which", "who", "where")) {
                return -1;
            }
            if (Chunks.isVerb(t)) {
                Optional<TriggerLexicon.Match> m = triggers.longestAt(view.text(), tokens, k);
                if (m.isPresent() && m.get().trigger().type().equals(type)) {
                    return k;
                }
            }
        }
        return -1;
    }
}
