package org.newskg.extract.fact;

import java.util.List;
import org.newskg.extract.EntityMention;
import org.newskg.extract.TimeMention;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;

/**
 * The status, date and place of one telling of an event, read around its words once its trigger, label span and
 * governing clause are known. Kept apart from {@link EventFinder}, which decides whether the words tell an event
 * and who takes part: these three fields are read from the same clause cues (the verb that governs a noun trigger,
 * a gerund adjunct's head) and fall back on the dateline together.
 *
 * <pre>{@code
 * String status = circumstances.status(tokens, sentence, start, trigger, verb, ls, le, head, governing);
 * }</pre>
 * Immutable and thread-safe.
 */
final class TellingCircumstances {

    private final EventCues cues;
    private final EventDates dates;

    TellingCircumstances(EventCues cues, EventDates dates) {
        this.cues = cues;
        this.dates = dates;
    }

    /**
     * The status of a telling ("planned" or null): read around its words, else from the clause that governs it, a
     * verb it is coordinated with, an invitation, or the verb after a noun trigger. A pledge's "will" makes a planned
     * status that {@link EventFinder} drops (the pledge is made now).
     */
    String status(List<Token> tokens, Sentence s, int start, TriggerLexicon.Trigger trigger,
                          boolean verb, int ls, int le, int head, int governing) {
        // "offered to host the next round": what a pledge promises lies ahead, the pledge is made now; "cancelled a visit
        // planned for Friday": the words after a phrase with an object tell of the object, not of the act
        boolean before = verb && (CameoCodes.pledge(trigger.cameo()) || trigger.gapped());
        String status = before ? cues.statusBefore(tokens, ls) : cues.status(tokens, ls, le);
        int described = verb ? ls : Chunks.start(tokens, ls);
        if (status == null && described < ls && described > 0 && cues.isSupportVerb(tokens.get(described - 1))) {
            // "is to pay an official visit", "will hold a two-day summit": the cue before the light verb, however many
            // words describe the noun; but "agreed to review the 1950 Treaty" tells nothing of the treaty
            status = cues.statusBefore(tokens, described - 1);
        }
        if (status == null && head >= 0 && "planned".equals(cues.status(tokens, head, head + 1))) {
            status = "planned";
        }
        if (status == null && governing >= 0) {
            int vpEnd = Chunks.end(tokens, governing);
            // "is due to fly ... for talks", "is to travel ... for a meeting"; but "X, during a phone talk with Y,
            // offered to host the next round": past the verb after the phrase lies what it tells of, not the talk
            // "agreed to a ceasefire on Tuesday at a summit": what the verb agreed to is another thing than the summit
            boolean toAnother = governing < ls && vpEnd + 1 < ls && Words.is(tokens.get(vpEnd), "to")
                    && !Chunks.isVerb(tokens.get(vpEnd + 1)) && Chunks.end(tokens, vpEnd + 1) <= Chunks.start(tokens, ls);
            status = governing > ls ? cues.statusBefore(tokens, governing)
                    : toAnother ? cues.statusBefore(tokens.subList(0, vpEnd), vpEnd) // "is to travel to X for a meeting"
                    : cues.status(tokens, vpEnd, vpEnd);
        }
        int first = verb ? Clauses.coordinatedWith(tokens, start) : -1;
        if (status == null && first >= 0) {
            status = cues.status(tokens, first, first + 1); // "is due to open the embassy and to meet Doe"
        }
        if (status == null && verb && CameoCodes.foretold(trigger.cameo()) && Clauses.reportedFuture(tokens, start)) {
            status = "planned"; // "Doe said Roe and Poe would meet again in X in March": what was said to come
        }
        if (status == null && governing >= 0 && governing < ls && Clauses.reportedFuture(tokens, Chunks.end(tokens, governing) - 1)) {
            status = "planned"; // "Doe said he would fly to X on Sunday for talks with Roe": the talks lie ahead too
        }
        if (status == null && VisitTargets.invited(s, ls)) {
            status = "planned"; // "invited Doe to pay a state visit", "invited the ministers to talks in X on Thursday"
        }
        int np = Chunks.start(tokens, ls);
        // "met on the sidelines of the summit and agreed to ...": a noun after a preposition is no subject of the verb after it
        boolean objectOfPreposition = np > 0 && tokens.get(np - 1).pos().equals("ADP") && !Words.is(tokens.get(np - 1), "that");
        if (status == null && !verb && !objectOfPreposition) {
            status = cues.statusOfVerbAfter(tokens, le);
        }
        if (status == null && !verb && cues.preparedAt(tokens, np)) {
            // "to prepare a summit in December", "to prepare a visit by Doe", "asked for a meeting with Doe": still to come
            status = "planned";
        }
        return status;
    }

    /**
     * The date of a telling: the day told around it, else the time expression of its clause (or of the clause a gerund
     * adjunct or a prepositional phrase hangs on), else the dateline's for what is said or pledged that day; none for a
     * planned event dated before the story nor for a possessed noun dated another day.
     */
    TimeMention date(ArticleView view, Sentence s, int start, TriggerLexicon.Trigger trigger, boolean verb, int ls, int le,
                             int reach, int head, int governing, String status, boolean pledgedNow, boolean possessed) {
        TimeMention around = dates.dayAroundTelling(view, s, ls, verb);
        List<Token> tokens = s.tokens();
        int end = Math.max(le, reach);
        if (verb && SummonedEnvoys.SUMMONS.equals(trigger.cameo())) {
            end = SummonedEnvoys.purposeEnd(tokens, end); // "summoned the envoy to protest ... on Monday": summoned that day
        }
        // a gerund adjunct's day is its head clause's, read over the head's words up to the adjunct: "spoke by telephone on
        // Friday night with Doe, thanking him" (not "by ... on", read from the head verb alone, as a deadline)
        TimeMention date = around != null ? around : head >= 0 ? dates.date(view, s, head, Math.max(head + 1, start - 1), trigger.type(), true)
                : dates.date(view, s, ls, end, trigger.type(), verb); // "spoke with Doe by telephone on Tuesday"
        if (date == null && governing >= 0) {
            // "X, during a phone talk with Y, offered ...", "The decision came at a summit of ...": dated as the verb is
            date = dates.date(view, s, governing, Chunks.end(tokens, governing), trigger.type(), true);
        }
        if (date == null && governing >= 0 && tokens.get(governing).penn().equals("VBG") && !"planned".equals(status)) {
            // "X, speaking after a meeting with Y, urged ...": the participle's time is its clause's, that day's
            int main = Insertions.insertedBefore(tokens, Chunks.start(tokens, ls));
            date = main >= 0 && tokens.get(main).penn().equals("VBD") ? Dateline.date(view) : null;
        }
        if (date == null && (pledgedNow || EventDates.aboutLater(trigger.type()) && !"planned".equals(status))
                && !(verb && Clauses.pluperfect(tokens, start))) { // "Mandela, who had urged Abacha to ...": before, undated
            date = Dateline.date(view); // made on the day the story tells of, like "said"
        }
        int np = Chunks.start(tokens, ls);
        if (!verb && date != null && cues.preparedAt(tokens, np) && date.sentence() == s.index()
                && date.begin() < tokens.get(np).begin()) {
            // "will travel to X next week to prepare a visit by Doe": the trip's date, not the visit's; "met on Friday to
            // prepare a summit ... in July": the one told after the noun
            int after = tokens.get(le - 1).end();
            date = view.times(s.index()).stream().filter(t -> StatementDates.concrete(t) && t.begin() >= after)
                    .findFirst().orElse(null);
        }
        if (possessed && date != null && date.sentence() != s.index() && !"planned".equals(status)
                && Dateline.compareToStoryDay(view, date) > 0) {
            date = null; // "It is Doe's first visit to X" after "... to sign agreements on Thursday": not that day's
        }
        if ("planned".equals(status) && date != null && (Dateline.beforeStoryDay(view, date)
                || date.sentence() != s.index() && Dateline.compareToStoryDay(view, date) <= 0)) {
            // a planned event dated before the article was written, or by a day of the sentence before that is not
            // ahead ("... met on Monday. They would meet again in Delhi"): the date was read wrong
            date = null;
        }
        if ("planned".equals(status) && date != null && date.sentence() != s.index()
                && (ownVagueTime(view, s) || verb && acceptedOffer(tokens, ls))) {
            // "X is expected to call Y in the coming days", "X has accepted an invitation to visit Y": dated by its own
            // words, or open; not by a day the sentence before names for another act
            date = null;
        }
        if ("planned".equals(status) && date != null && verb && pastPlan(tokens, start)) {
            // "Roe, who had been due to visit X in January but cancelled the trip": a plan told as one of the past,
            // whose day is not one still to come (nor that of a trip planned since)
            date = null;
        }
        return date;
    }

    /** "had been due to visit", "had planned to fly": the infinitive at {@code i} of a plan told in the pluperfect. */
    static boolean pastPlan(List<Token> tokens, int i) {
        if (i < 3 || !tokens.get(i - 1).penn().equals("TO")) {
            return false;
        }
        int k = i - 2; // the plan word: "due", "planned", "scheduled", "expected"
        if (!tokens.get(k).penn().matches("JJ|VBN")) {
            return false;
        }
        k -= Words.is(tokens.get(k - 1), "be") && tokens.get(k - 1).penn().equals("VBN") ? 2 : 1;
        return k >= 0 && Words.is(tokens.get(k), "have") && tokens.get(k).penn().equals("VBD");
    }

    /** A vague time of the sentence's own ("in the coming days", "soon"), past its dateline. */
    private static boolean ownVagueTime(ArticleView view, Sentence s) {
        int own = s.tokens().get(StatementFinder.contentStart(s.tokens())).begin();
        return view.times(s.index()).stream().anyMatch(t -> t.begin() >= own && !StatementDates.concrete(t));
    }

    /**
     * The infinitive at token {@code ls} tells what an offer taken up ({@code accept} cues) proposes: "has accepted an
     * invitation to visit X" (over the offer's noun, its determiner and adjectives).
     */
    private boolean acceptedOffer(List<Token> tokens, int ls) {
        int k = ls - 2;
        if (k < 1 || !Words.is(tokens.get(ls - 1), "to") || !tokens.get(k).pos().equals("NOUN")) {
            return false;
        }
        k--;
        while (k > 0 && (tokens.get(k).pos().equals("DET") || tokens.get(k).pos().equals("ADJ"))) {
            k--;
        }
        return cues.isAccepting(tokens.get(k));
    }

    /**
     * Whether a telling of what can be foretold (a visit, talks, a sanction) is dated, in its own sentence, to a day
     * after the story's: present tense says a timetable ("travels to X on Monday", "ends the trip in Y on Tuesday"),
     * and the time tagger has already read the weekday forward only where the clause looks ahead.
     */
    static boolean datedAhead(ArticleView view, Sentence s, TriggerLexicon.Trigger trigger, TimeMention date) {
        // "cancelled a visit planned for Wednesday": a phrase with a gap dates what it names, not the act
        return date != null && date.sentence() == s.index() && CameoCodes.foretold(trigger.cameo()) && !trigger.gapped()
                && date.value().length() >= 10 && Dateline.compareToStoryDay(view, date) > 0;
    }

    /**
     * A place said around the telling's clause rather than in it: "..., where", "..., when", a fronted "In X,", or the
     * scene the sentence before set.
     */
    EntityMention placeAround(ArticleView view, Sentence s, TriggerLexicon.Trigger trigger, boolean verb, int ls) {
        EntityMention place = null;
        if (place == null) {
            place = EventPlaces.wherePlace(view, s, ls);
        }
        if (place == null && cues.onsite(trigger.type())) {
            place = EventPlaces.whenPlace(view, s, ls);
        }
        if (place == null && (verb || supported(s.tokens(), ls))) {
            // the clause's own verb, not "protesting against the accord" told before; "In X, Doe and Roe held talks": the
            // noun a support verb takes is the clause's act too
            place = EventPlaces.frontedPlace(view, s, ls);
        }
        if (place == null) {
            place = EventPlaces.participlePlace(view, s, ls);
        }
        if (place == null && verb) {
            place = EventPlaces.subjectPlace(view, s, ls); // before the scene of the sentence before: this one names its own
        }
        if (place == null && verb && s.index() > 0 && view.sameParagraph(s.index() - 1, s.index())
                && !CameoCodes.spoken(trigger.cameo())) {
            // "In X, thousands marched ... . Police detained about 100 people": the scene set the sentence before; but
            // not a thing said: "In X, thousands protested. Group Y condemned the accord": Y need not be in X
            Sentence before = view.sentence(s.index() - 1);
            place = EventPlaces.frontedPlace(view, before, before.tokens().size());
        }
        return place;
    }

    /** Whether the noun phrase of the noun trigger at {@code ls} is the object of a support verb ("held talks"). */
    private boolean supported(List<Token> tokens, int ls) {
        int np = Chunks.start(tokens, ls);
        return np > 0 && Chunks.isVerb(tokens.get(np - 1)) && cues.isSupportVerb(tokens.get(np - 1));
    }
}
