package org.newskg.extract.fact;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.newskg.extract.EntityMention;
import org.newskg.extract.TimeMention;
import org.newskg.kb.EntityType;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;

/**
 * The date of an event mention: the time expression governing its trigger, a day counted from another ("a day
 * after"), else the dateline's day for a past event or the one day named in the sentence before.
 * Immutable and thread-safe.
 */
final class EventDates {

    // Compiled once: String.matches compiles its regex at each call, and these run on hot paths (bench/README.md).
    private static final Pattern DAY_VALUE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");
    private static final Pattern PRESENT_VERB = Pattern.compile("VB[ZP]");
    /** A finite verb: a simple past or present. */
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP");

    /** "two days after" ... "six days after": a count of days short enough to be told from one day. */
    private static final List<String> DAY_COUNTS = List.of("two", "three", "four", "five", "six");
    /** How far a "that" clause's verb may stand from the "that", and the "that" from the "said"/"told" it hangs on. */
    private static final int REPORTED_WINDOW = 10;

    private final EventCues cues;

    /** Events on a scene (force, police action, protests) that the next sentence may go on telling. */
    private static final java.util.Set<String> SCENE_TYPES = java.util.Set.of("Protest", "Coercion", "Assault", "Fight");
    /** Quotation marks as tokens: a time and a trigger on two sides of one tell of different things. */
    private static final java.util.Set<String> QUOTE_MARKS = java.util.Set.of("\"", "\u201C", "\u201D", "``", "''");

    EventDates(EventCues cues) {
        this.cues = cues;
    }

    /**
     * The time mention overlapping the label, else the closest concrete one in the sentence that is no
     * reference point; for calls, meetings, visits and signings told without a date, the one day named in the
     * sentence before ("... said Xi on Thursday. Xi made the remarks in his phone conversation ...").
     */
    TimeMention date(ArticleView view, Sentence s, int ls, int le, String type, boolean verb) {
        List<Token> tokens = s.tokens();
        int lb = tokens.get(ls).begin();
        int lend = tokens.get(le - 1).end();
        int own = tokens.get(StatementFinder.contentStart(tokens)).begin();
        // A dateline's date ("PRETORIA, June 12 -") is the story's, not the event's.
        List<TimeMention> times = view.times(s.index()).stream()
                .filter(t -> StatementDates.concrete(t) && t.begin() >= own).toList();
        for (TimeMention t : times) {
            if (t.begin() < lend && lb < t.end()) {
                return t;
            }
        }
        TimeMention best = null;
        int bestDistance = Integer.MAX_VALUE;
        TimeMention across = null;
        int acrossDistance = Integer.MAX_VALUE;
        for (TimeMention t : times) {
            int ti = ArticleView.tokenAt(s, t.begin());
            EntityMention named = view.entityAt(t.begin());
            if (cues.anchoredAt(tokens, ti) || named != null && named.type() == EntityType.EVENT || inName(s, t)
                    || dayOfAnotherNoun(s, t, ls)
                    || ti < ls && inRelativeClause(tokens, ti, ls)
                    || verb && ti < ls && inRestrictiveRelative(tokens, ti, ls) // "The men who seized X on Monday surrendered"
                    || ti >= le && cues.anchorBetween(tokens, le, ti)
                    || (verb || aboutLater(type)) && ti >= le && infinitiveBetween(tokens, le, ti)
                    || ti >= le && gerundBetween(tokens, le, ti) // "criticised Roe for saying last week that"
                    || ti >= le && periodOfObject(tokens, le, ti) // "pledged help for the coming winter"
                    || verb && ti >= le && modalThatClauseBetween(tokens, le, ti)
                    || ti >= le && coordinatedClauseBetween(tokens, le - 1, ti) // "thanked X and said ... next month"
                    || ti >= le && clauseWithSubjectBetween(tokens, le, ti) // "held talks, and Y will travel next month"
                    || ti < ls && anchoredInsertion(tokens, ti, ls) // "X, on his first trip since the coup on July 15, met"
                    || ti < ls && frontedParticiple(tokens, ti, ls) // "Under an accord signed in 1961, X has sent"
                    || ti < ls && coordinatedClauseBetween(tokens, ti, ls) && reportedBefore(tokens, ti)
                    || ti < ls && anchorRightAfter(tokens, ArticleView.tokenAt(s, t.end() - 1) + 1, ls)
                    || ti < ls && !verb && cues.consequenceBetween(tokens, ti, ls)
                    || acrossQuote(tokens, ti, ls)) {
                continue;
            }
            int d = ti < ls ? ls - ti : Math.max(0, ti - le);
            // "launched a rocket on April 5, and the council condemned the launch on April 13": the other clause's day
            if (ti < ls && (coordinatedClauseBetween(tokens, ti, ls) || clauseWithSubjectBetween(tokens, ti, ls + 1))) {
                // "is to visit X on Tuesday and will meet Y on Wednesday": the first conjunct's day, only when the
                // trigger's own clause names none ("met on Tuesday and signed an accord")
                if (d < acrossDistance) {
                    across = t;
                    acrossDistance = d;
                }
            } else if (d < bestDistance) {
                best = t;
                bestDistance = d;
            }
        }
        if (best != null || across != null) {
            return best != null ? best : across;
        }
        TimeMention during = verb ? duringDay(view, s, le, times) : null;
        if (during != null) {
            return during; // "X, who spoke with Y by telephone on Sunday, urged him during the call": the call's day
        }
        int antecedent = verb ? antecedentClause(tokens, ls) : -1;
        if (antecedent >= 0) {
            // "Riyadh cut ties in January 2016 after protesters stormed its embassy": in the month or year the clause it
            // leads to names, but not on its day ("suspended the talks on July 26 after X imposed quotas": before it);
            // "Relations froze after X refused to accept the ruling": told as what came before, undated
            int before = tokens.get(antecedent).begin();
            return times.stream().filter(t -> t.end() <= before && t.value().matches("\\d{4}(-\\d{2})?"))
                    .reduce((a, b) -> b).orElse(null);
        }
        if (pastTense(view, tokens, ls, verb)) {
            TimeMention scene = SCENE_TYPES.contains(type) ? sceneDay(view, s) : null;
            if (scene != null) {
                return scene; // "Activists clashed with police on Saturday evening. Police detained 100": that evening
            }
            // "X met Y" with no day of its own in a story datelined "CITY, Nov. 11": that day
            TimeMention dateline = Dateline.date(view);
            if (dateline != null) {
                return dateline;
            }
        }
        if (s.index() == 0) {
            return null;
        }
        if (!List.of("PhoneCall", "Meeting", "Visit", "Agreement").contains(type)) {
            return null;
        }
        return oneDayBefore(view, s);
    }

    /**
     * "urged him during the call", "said during the talks": an act told as done during a gathering named by "the"
     * or a possessive takes that gathering's day, the one day its sentence (else the sentence before) names; null
     * when the clause after the verb at {@code le} has no such phrase ({@code times}: the sentence's own concrete times).
     */
    private static TimeMention duringDay(ArticleView view, Sentence s, int le, List<TimeMention> times) {
        List<Token> tokens = s.tokens();
        for (int k = le; k + 2 < tokens.size() && k < le + Clauses.CLAUSE_WINDOW; k++) {
            Token t = tokens.get(k);
            if (Words.isPunct(t) && !Words.isComma(t)) {
                return null;
            }
            Token noun = tokens.get(k + 2);
            if (Words.is(t, "during") && (tokens.get(k + 1).pos().equals("DET") || tokens.get(k + 1).penn().equals("PRP$"))
                    && noun.pos().equals("NOUN") && view.timeAt(noun) == null) {
                List<TimeMention> days = times.stream().filter(m -> DAY_VALUE.matcher(m.value()).matches()).toList();
                if (days.stream().map(m -> m.value().substring(0, 10)).distinct().count() == 1) {
                    return days.get(0);
                }
                return days.isEmpty() && s.index() > 0 ? oneDayBefore(view, s) : null;
            }
        }
        return null;
    }

    /** The first mention of the one day the sentence before {@code s} names; null when it names none or several. */
    private static TimeMention oneDayBefore(ArticleView view, Sentence s) {
        List<TimeMention> days = view.times(s.index() - 1).stream()
                .filter(t -> DAY_VALUE.matcher(t.value()).matches()).toList();
        long distinct = days.stream().map(t -> t.value().substring(0, 10)).distinct().count();
        return distinct == 1 ? days.stream().min(Comparator.comparingInt(TimeMention::begin)).get() : null;
    }

    /**
     * The one day the sentence before, in the same paragraph, names: the scene a clash, a protest or police action
     * told next goes on in; null when it names none or several.
     */
    private static TimeMention sceneDay(ArticleView view, Sentence s) {
        return s.index() > 0 && view.sameParagraph(s.index() - 1, s.index()) ? oneDayBefore(view, s) : null;
    }

    /**
     * {@link #dayAround} for a telling whose words start at token {@code ls}, read from its light verb when a noun
     * trigger has one: "a day after the two leaders held a summit", "a day after their ministers held talks" date the
     * summit and the talks the day before, as "a day after Y cut ties" dates the cut.
     */
    TimeMention dayAroundTelling(ArticleView view, Sentence s, int ls, boolean verb) {
        List<Token> tokens = s.tokens();
        int k = ls;
        while (!verb && k > 0 && k > ls - Clauses.CLAUSE_WINDOW && Words.isAny(tokens.get(k - 1), "a", "an", "the")) {
            k--;
        }
        boolean held = !verb && k > 0 && Chunks.isVerb(tokens.get(k - 1)) && cues.isSupportVerb(tokens, k - 1);
        return dayAround(view, s, held ? k - 1 : ls);
    }

    /**
     * "X happened on Tuesday night, a day after Y cut ties": Y's day is the day before the clause's own day (the day
     * named before "a day after", else the dateline's), "two days after" two days before, "a week after" seven; "a day before" is the day after. Null when the trigger at
     * {@code ls} is in no such clause or the day is not a calendar day.
     */
    static TimeMention dayAround(ArticleView view, Sentence s, int ls) {
        List<Token> tokens = s.tokens();
        for (int k = ls - 1; k >= 2 && k >= ls - Clauses.CLAUSE_WINDOW; k--) {
            Token t = tokens.get(k);
            if (Words.isPunct(t) && !Words.isComma(t) || Chunks.isVerb(t)) {
                return null;
            }
            // "a week after Doe met Roe": seven days, as wire copy counts them
            int unit = Words.is(tokens.get(k - 1), "day") ? 1 : Words.is(tokens.get(k - 1), "week") ? 7 : 0;
            int days = Words.isAny(t, "after", "before") ? unit * dayCount(tokens.get(k - 2)) : 0;
            if (days == 0) {
                continue;
            }
            int anchor = tokens.get(k - 2).begin();
            TimeMention own = view.times(s.index()).stream()
                    .filter(m -> m.end() <= anchor && m.value().matches("\\d{4}-\\d{2}-\\d{2}.*"))
                    .filter(m -> m.begin() >= tokens.get(StatementFinder.contentStart(tokens)).begin())
                    .reduce((a, b) -> b).orElse(Dateline.date(view));
            if (own == null || !own.value().matches("\\d{4}-\\d{2}-\\d{2}.*")) {
                return null;
            }
            java.time.LocalDate day = java.time.LocalDate.parse(own.value().substring(0, 10))
                    .plusDays(Words.is(t, "after") ? -days : days);
            int end = t.end();
            return new TimeMention(anchor, end, view.text().substring(anchor, end), s.index(), own.type(), day.toString(),
                    (unit == 7 ? "relative:week-" : "relative:day-") + Words.lower(t));
        }
        return null;
    }

    /** How many days "a", "one", "two" ... "six" (or a digit) before "day(s) after" count; 0 for any other word. */
    private static int dayCount(Token t) {
        if (Words.isAny(t, "a", "one", "the")) {
            return 1;
        }
        int n = DAY_COUNTS.indexOf(Words.lower(t)) + 2;
        if (n < 2 && t.text().matches("[2-6]")) {
            n = Integer.parseInt(t.text());
        }
        return n < 2 ? 0 : n;
    }

    /**
     * The "after"/"since" opening the clause of the verb at {@code ls}, when it is told in such a clause of another ("suspended the talks after Buenos
     * Aires imposed quotas"): an earlier act, not of the story's day. Not "a day after" (a measured distance, read by
     * {@link #dayAround}); else -1.
     */
    private static int antecedentClause(List<Token> tokens, int ls) {
        for (int k = ls - 1; k > 0 && k >= ls - Clauses.CLAUSE_WINDOW; k--) {
            Token t = tokens.get(k);
            if (Words.isPunct(t) || Chunks.isVerb(t)) {
                return -1;
            }
            if (Words.isAny(t, "after", "since")) {
                // not "talks, after which officials signed": a relative clause tells what followed
                boolean clause = k + 1 < ls && !Words.isAny(tokens.get(k + 1), "which", "that", "when");
                // "Doe said after the two men met", "told reporters after they met": the act just before the words
                boolean saidAfter = Words.isAny(tokens.get(k - 1), "say", "tell")
                        || k >= 2 && Words.is(tokens.get(k - 2), "tell") && tokens.get(k - 1).pos().equals("NOUN");
                return clause && !saidAfter && !tokens.get(k - 1).text().matches("(?i)days?|hours?|weeks?|months?|years?") ? k : -1;
            }
        }
        return -1;
    }

    /**
     * True when the trigger verb, or the light verb just before a noun trigger's phrase, is a simple past ("met",
     * "held talks"); a passive or a definite noun ("The agreement was signed") tells of an event already dated.
     */
    private boolean pastTense(ArticleView view, List<Token> tokens, int ls, boolean verb) {
        if (verb) {
            // "Doe was received by Roe" (a name before the passive), not "The agreement was signed" (told before)
            return tokens.get(ls).penn().equals("VBD") || Clauses.passive(tokens, ls) && tokens.get(ls - 1).penn().equals("VBD")
                    && ls >= 2 && ArticleView.isActor(view.entityAt(tokens.get(ls - 2))) || reportedPresent(tokens, ls)
                    || begunInPast(tokens, ls) || untaggedPast(tokens, ls);
        }
        int k = Chunks.start(tokens, ls) - 1;
        if (k > 0 && Chunks.is(tokens, k, "PRT")) {
            k--; // "wrapped up a meeting"
        }
        if (k > 0 && Chunks.is(tokens, k, "PP") && Chunks.is(tokens, k - 1, "NP")) {
            k = Chunks.start(tokens, k - 1) - 1; // "put its army on high alert": the verb before the object
        }
        return k >= 0 && tokens.get(k).penn().equals("VBD") && cues.isSupportVerb(tokens, k);
    }

    /**
     * A simple past the tagger read otherwise: "Evert, leader of the party, accused Simitis", "exiles demonstrated
     * outside the embassy" (a past participle with no auxiliary and no verb before it in the sentence, not followed by
     * "by" or "of" as a passive is); "Germany was recalling its ambassador" (a past progressive).
     */
    private static boolean untaggedPast(List<Token> tokens, int ls) {
        Token t = tokens.get(ls);
        if (t.penn().equals("VBG")) {
            return pastProgressive(tokens, ls) || ls > 0 && Words.is(tokens.get(ls - 1), "and") && coordinatedProgressive(tokens, ls - 1);
        }
        if (!t.penn().equals("VBN") || ls + 1 < tokens.size() && Words.isAny(tokens.get(ls + 1), "by", "of")) {
            return false;
        }
        for (int k = StatementFinder.contentStart(tokens); k < ls; k++) {
            if (Chunks.isVerb(tokens.get(k)) || tokens.get(k).pos().equals("AUX")) {
                return false;
            }
        }
        return true;
    }

    private static boolean pastProgressive(List<Token> tokens, int k) {
        return k > 0 && tokens.get(k - 1).penn().equals("VBD") && Words.is(tokens.get(k - 1), "be");
    }

    /**
     * "was severing relations with X and expelling its diplomats": a verb in "-ing" after "and" continues the past
     * progressive of its clause ({@code and}: the index of "and"), when no other finite verb stands between.
     */
    private static boolean coordinatedProgressive(List<Token> tokens, int and) {
        for (int k = and - 1; k > 0 && k >= and - Clauses.CLAUSE_WINDOW; k--) {
            Token t = tokens.get(k);
            if (t.penn().equals("VBG") && pastProgressive(tokens, k)) {
                return true;
            }
            if (FINITE.contains(t.penn()) || t.penn().equals("MD") || Words.isPunct(t) && !Words.isComma(t)) {
                return false;
            }
        }
        return false;
    }

    /** "began flying food", "started to ship grain": the light verb before the trigger is a simple past. */
    private boolean begunInPast(List<Token> tokens, int ls) {
        int k = ls > 1 && Words.is(tokens.get(ls - 1), "to") ? ls - 2 : ls - 1;
        return k >= 0 && tokens.get(ls).penn().matches("VBG|VB") && tokens.get(k).penn().equals("VBD")
                && cues.isSupportVerb(tokens, k);
    }

    /**
     * "Ruritania said it opposes the test", "said that it would retaliate", "said they had agreed": a present
     * tense, a modal or a past perfect under a reporting verb in the past tells what was said that day.
     */
    private static boolean reportedPresent(List<Token> tokens, int ls) {
        boolean modal = ls > 0 && Words.isAny(tokens.get(ls - 1), "would", "will");
        // "said the two sides had agreed": what was done by the time of the saying, told that day
        boolean perfect = ls > 0 && tokens.get(ls).penn().equals("VBN") && tokens.get(ls - 1).penn().equals("VBD")
                && Words.is(tokens.get(ls - 1), "have");
        if (!PRESENT_VERB.matcher(tokens.get(ls).penn()).matches() && !(modal && tokens.get(ls).penn().equals("VB")) && !perfect) {
            return false; // "said it opposes", "said that X would attack Y"
        }
        for (int k = ls - 1; k >= 0 && k >= ls - 5; k--) {
            if (tokens.get(k).penn().equals("VBD") && Words.is(tokens.get(k), "say")) {
                return true;
            }
        }
        // "told reporters after the talks that the two sides had agreed": over the listener and the clause's subject, back
        // to the "that" a past "said" or "told" opens
        for (int k = ls - 1; k > 0 && k >= ls - REPORTED_WINDOW; k--) {
            if (Words.isPunct(tokens.get(k))) {
                return false;
            }
            if (Words.is(tokens.get(k), "that")) {
                for (int j = k - 1; j >= 0 && j >= k - REPORTED_WINDOW && !Words.isPunct(tokens.get(j)); j--) {
                    if (tokens.get(j).penn().equals("VBD") && Words.isAny(tokens.get(j), "say", "tell")) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /** "the 1992 Consensus", "the 2015 Accord": a bare year inside a capitalized name is no date of the event. */
    private static boolean inName(Sentence s, TimeMention t) {
        List<Token> tokens = s.tokens();
        int after = ArticleView.tokenAt(s, t.end() - 1) + 1;
        return t.value().matches("\\d{4}") && after < tokens.size() && tokens.get(after).isCapitalized()
                && !Words.isPunct(tokens.get(after)) && ArticleView.tokenAt(s, t.begin()) > 0
                && Words.is(tokens.get(ArticleView.tokenAt(s, t.begin()) - 1), "the");
    }

    /**
     * "rejected the results of the Dec. 1 election", "before the Jan. 19 deadline": a day between "the" and a common
     * noun other than the trigger's at token {@code ls} is that noun's day.
     */
    private static boolean dayOfAnotherNoun(Sentence s, TimeMention t, int ls) {
        List<Token> tokens = s.tokens();
        int first = ArticleView.tokenAt(s, t.begin());
        int after = ArticleView.tokenAt(s, t.end() - 1) + 1;
        return first > 0 && after < tokens.size() && after != ls && Words.is(tokens.get(first - 1), "the")
                && tokens.get(after).pos().equals("NOUN") && !tokens.get(after).isCapitalized()
                && t.value().matches("\\d{4}-\\d{2}-\\d{2}.*");
    }

    /** "on March 5, ahead of the visit": an anchor within two words after a date that stands before the trigger. */
    private boolean anchorRightAfter(List<Token> tokens, int afterDate, int ls) {
        return cues.anchorBetween(tokens, afterDate, Math.min(ls, afterDate + 2));
    }

    /**
     * A time and a trigger on the two sides of a quotation mark: '"We will open the border next month," Doe said after
     * the two men met': the quoted words tell of their own times.
     */
    private static boolean acrossQuote(List<Token> tokens, int ti, int ls) {
        int marks = 0;
        for (int k = Math.min(ti, ls) + 1; k <= Math.max(ti, ls) && k < tokens.size(); k++) {
            if (QUOTE_MARKS.contains(tokens.get(k).text())) {
                marks++;
            }
        }
        return marks % 2 == 1;
    }

    /** Appeals, demands, pledges and threats: a day after them in an infinitive is the day of what they ask or promise. */
    static boolean aboutLater(String type) {
        return List.of("Appeal", "Demand", "IntentToCooperate", "Threat").contains(type);
    }

    /** A reporting verb ("said") before token {@code ti}: a day after it dates what was said, not the next verb's act. */
    private static boolean reportedBefore(List<Token> tokens, int ti) {
        for (int k = StatementFinder.contentStart(tokens); k < ti; k++) {
            if (Chunks.isVerb(tokens.get(k)) && Words.isAny(tokens.get(k), "say", "tell", "announce")) {
                return true;
            }
        }
        return false;
    }

    /** An "and" or "but" opening a new verb phrase between tokens {@code from} and {@code to}: "... and will meet". */
    private static boolean coordinatedClauseBetween(List<Token> tokens, int from, int to) {
        for (int k = from + 1; k < to && k + 1 < tokens.size(); k++) {
            Token next = tokens.get(k + 1);
            if (Words.isAny(tokens.get(k), "and", "but") && (Chunks.isVerb(next) || next.penn().equals("MD"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "held talks, and Roe will travel to Strelsau next month": a comma, "and" or "but", a subject of a few words and a
     * verb between tokens {@code from} and {@code to} open a clause of its own, whose day it is.
     */
    private static boolean clauseWithSubjectBetween(List<Token> tokens, int from, int to) {
        for (int k = from + 1; k + 2 < to; k++) {
            if (!Words.isComma(tokens.get(k - 1)) || !Words.isAny(tokens.get(k), "and", "but")) {
                continue;
            }
            for (int m = k + 1; m < to && m <= k + 4; m++) {
                Token t = tokens.get(m);
                if (m > k + 1 && (Chunks.isVerb(t) || t.penn().equals("MD"))) {
                    return true;
                }
                if (!List.of("PROPN", "NOUN", "DET", "PRON", "ADJ").contains(t.pos())) {
                    break;
                }
            }
        }
        return false;
    }

    /**
     * "X, on his first trip since a coup attempt on July 15, met Y": a day inside a comma-bounded insertion before
     * the trigger, behind an anchor word of that insertion, is the anchor's reference point.
     */
    private boolean anchoredInsertion(List<Token> tokens, int ti, int ls) {
        int open = insertionOpening(tokens, ti, ls);
        return open >= 0 && cues.anchorBetween(tokens, open + 1, ti);
    }

    /** "agreed to open the border from April": a day after another verb's infinitive is that verb's. */
    private static boolean infinitiveBetween(List<Token> tokens, int from, int to) {
        for (int k = from; k + 1 < to; k++) {
            if (tokens.get(k).penn().equals("TO") && tokens.get(k + 1).penn().equals("VB")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "agreed that the UN should hold elections in May", "pledged that Ruritania would open the border next month": a
     * day inside a "that" clause with a modal of its own is the clause's, not the verb's.
     */
    private static boolean modalThatClauseBetween(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (Words.is(tokens.get(k), "that") && tokens.get(k).penn().equals("IN")) {
                for (int m = k + 1; m < to; m++) {
                    if (tokens.get(m).penn().equals("MD")) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /**
     * "pledged help for the coming winter", "approved aid for next year": a time after "for" that follows a noun of the
     * object is the period of that thing, not the day of the act ("talks set for Friday" is no such noun).
     */
    private static boolean periodOfObject(List<Token> tokens, int le, int ti) {
        int k = ti - 1;
        if (k > le && tokens.get(k).pos().equals("DET")) {
            k--;
        }
        return k - 1 >= le && Words.is(tokens.get(k), "for") && tokens.get(k - 1).penn().startsWith("NN");
    }

    /** "criticised Roe for saying last week", "met Roe before leaving on Friday": a day after a gerund is the gerund's. */
    private static boolean gerundBetween(List<Token> tokens, int from, int to) {
        for (int k = from; k + 1 < to; k++) {
            if (tokens.get(k).penn().equals("IN") && gerund(tokens, k + 1) && !Chunks.participleInNoun(tokens, k + 1)
                    && !Words.isAny(tokens.get(k + 1), "visiting", "ruling", "leading", "outgoing", "incoming")) {
                // but "a meeting with visiting President Roe on Thursday": a participle before a name is its adjective
                return true;
            }
        }
        return false;
    }

    /**
     * A gerund at token {@code k}: tagged so, or an "-ing" word the tagger read as a noun right before its object ("accused
     * X of ambushing a patrol": "ambush" is a noun too).
     */
    private static boolean gerund(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        return t.penn().equals("VBG") || t.penn().startsWith("NN") && t.text().endsWith("ing") && k + 1 < tokens.size()
                && tokens.get(k + 1).penn().matches("DT|PRP\\$|CD");
    }

    /** True when token {@code ti} stands in a relative clause closed before token {@code ls} (", who arrived on Monday,"). */
    /**
     * "Under an accord signed in Strelsau in 1961, Ruritania has sent experts": a time inside a fronted phrase, opened by
     * a preposition and closed by a comma before the trigger at {@code ls}, after a participle of its own (not one of a
     * passive or perfect, "After X was elected in May,") dates what the participle tells, not the main clause.
     */
    private static boolean frontedParticiple(List<Token> tokens, int ti, int ls) {
        int start = StatementFinder.contentStart(tokens);
        if (start >= ti || !tokens.get(start).penn().equals("IN")) {
            return false;
        }
        boolean participle = false;
        for (int k = start + 1; k < ti; k++) {
            Token t = tokens.get(k);
            if (Words.isPunct(t)) {
                return false;
            }
            participle |= t.penn().equals("VBN") && !Words.isAny(tokens.get(k - 1), "was", "were", "been", "be", "is", "are",
                    "has", "have", "had");
        }
        if (!participle) {
            return false;
        }
        for (int k = ti + 1; k < ls; k++) {
            if (Words.isComma(tokens.get(k))) {
                return true;
            }
            if (Words.isPunct(tokens.get(k))) {
                return false;
            }
        }
        return false;
    }

    private static boolean inRelativeClause(List<Token> tokens, int ti, int ls) {
        int open = insertionOpening(tokens, ti, ls);
        return open >= 0 && Words.isAny(tokens.get(open + 1), "who", "which", "whose");
    }

    /**
     * "The gunmen who hijacked the liner on Monday surrendered on Wednesday": a time inside a relative clause that no
     * comma sets off, opened by "who" or "which" after the subject and with a verb of its own, dates that clause's verb,
     * not the finite verb at {@code ls} the subject goes on to.
     */
    private static boolean inRestrictiveRelative(List<Token> tokens, int ti, int ls) {
        if (!FINITE.contains(tokens.get(ls).penn())) {
            return false;
        }
        for (int k = ti + 1; k < ls; k++) {
            if (Words.isPunct(tokens.get(k))) {
                return false;
            }
        }
        for (int k = ti - 1; k >= StatementFinder.contentStart(tokens); k--) {
            Token t = tokens.get(k);
            if (Words.isPunct(t)) {
                return false;
            }
            if (Words.isAny(t, "who", "which") && t.penn().startsWith("W")) {
                for (int v = k + 1; v < ti; v++) {
                    if (Chunks.isVerb(tokens.get(v))) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /**
     * The comma opening an insertion that holds token {@code ti} and is closed by a comma before token {@code ls}
     * (", who arrived on Monday,"); -1 when {@code ti} stands in none.
     */
    private static int insertionOpening(List<Token> tokens, int ti, int ls) {
        int open = -1;
        for (int k = ti - 1; k > 0 && open < 0; k--) {
            open = Words.isComma(tokens.get(k)) ? k : -1;
        }
        for (int k = ti + 1; open >= 0 && k < ls; k++) {
            if (Words.isComma(tokens.get(k))) {
                return open;
            }
        }
        return -1;
    }
}
