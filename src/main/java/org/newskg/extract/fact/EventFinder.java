package org.newskg.extract.fact;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newskg.Cancellation;
import org.newskg.extract.EntityMention;
import org.newskg.extract.Event;
import org.newskg.extract.Evidence;
import org.newskg.extract.Participant;
import org.newskg.extract.TimeMention;
import org.newskg.kb.EntityType;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;

/**
 * Finds event mentions: a trigger from {@link TriggerLexicon} and the syntax around it, read from tokens,
 * tags and mentions: participants (through {@link ParticipantFinder}), the date (the time mention closest to
 * the trigger that is not a reference point such as "ahead of the New Year"), the place ("in/at PLACE"), the
 * host ("Brazil in holding a summit", "hosted by X", "A hosted B") and the status ("concluded", "next").
 * Each mention is one {@link EventMerger.Told}; the merger then joins the tellings of one event.
 *
 * <pre>{@code
 * List<EventMerger.Told> told = finder.find(view, participants);
 * }</pre>
 * Immutable and thread-safe.
 */
final class EventFinder {

    private static final int PLACE_WINDOW = 12;
    private static final int HOST_WINDOW = 6;
    private static final String SOURCE = "source";
    private static final String TARGET = "target";

    private final TriggerLexicon triggers;
    /** How far back "the two sides" looks for the event whose two parties it means. */
    private static final int PAIR_LOOK_BACK = 6;

    private final EventCues cues;
    private final EventReference references;

    EventFinder(TriggerLexicon triggers, EventCues cues) {
        this.triggers = triggers;
        this.cues = cues;
        this.references = new EventReference(triggers, cues);
    }

    List<EventMerger.Told> find(ArticleView view, ParticipantFinder participants) {
        List<EventMerger.Told> out = new ArrayList<>();
        for (Sentence s : view.sentences()) {
            Cancellation.checkpoint();
            List<Token> tokens = s.tokens();
            List<EventMerger.Told> own = new ArrayList<>();
            List<Integer> judging = new ArrayList<>();
            for (int i = 0; i < tokens.size(); i++) {
                Optional<TriggerLexicon.Match> m = triggers.longestAt(view.text(), tokens, i);
                if (m.isPresent() && m.get().trigger().needs().equals("evaluation")) {
                    judgment(view, participants, s, m.get(), out, judging).ifPresent(own::add);
                } else if (m.isPresent()) {
                    // A view, not a copy: copying every earlier event for each trigger made long articles quadratic.
                    told(view, participants, s, m.get(), concat(out, own)).map(EventFinder::oneCallEach).ifPresent(own::addAll);
                }
                if (m.isPresent()) {
                    i = m.get().end() - 1;
                }
            }
            // "The two leaders agreed that the test was an unpardonable act": the verb carries the judgment, not an accord
            own.stream().filter(t -> !judging.contains(t.event().first().begin())).forEach(out::add);
        }
        return out;
    }

    /**
     * A judgment that disapproves of an act: "X called the move 'unfriendly'", "X and Y agreed that the test was
     * 'an unpardonable act'". The evaluative word is the trigger; the subject of the judging verb ({@code evaluate}
     * cues) is the source and the actor of the act judged the target. The judging verb's offset is added to
     * {@code judging} so that it tells no other event.
     */
    private Optional<EventMerger.Told> judgment(ArticleView view, ParticipantFinder pf, Sentence s, TriggerLexicon.Match m,
                                                List<EventMerger.Told> earlier, List<Integer> judging) {
        List<Token> tokens = s.tokens();
        int v = m.start() - 1;
        while (v >= 0 && !Chunks.isVerb(tokens.get(v))) {
            v--;
        }
        int object = v + 1;
        boolean judged = v >= 0 && cues.isEvaluating(tokens.get(v));
        if (v >= 0 && Words.is(tokens.get(v), "be")) {
            int that = v - 1;
            while (that > 0 && !Words.is(tokens.get(that), "that") && v - that < 8) {
                that--;
            }
            object = that + 1;
            v = that - 1; // "agreed that the test was ...": the verb the clause hangs on judges
            judged = v >= 0 && Words.is(tokens.get(that), "that") && Chunks.isVerb(tokens.get(v));
        }
        if (!judged || judging.contains(tokens.get(v).begin())) {
            return Optional.empty(); // "called the move 'unfriendly and unjustified'": one judgment
        }
        List<Participant> sources = pf.subject(s, v).stream().map(p -> p.as(SOURCE)).toList();
        if (sources.isEmpty()) {
            return Optional.empty();
        }
        List<Participant> people = new ArrayList<>(sources);
        people.addAll(references.targets(view.text(), tokens, object, s.index(),
                sources.stream().map(p -> ArticleView.key(p.mention())).toList(), earlier));
        judging.add(tokens.get(v).begin());
        TriggerLexicon.Trigger trigger = m.trigger();
        String label = view.text().substring(tokens.get(v).begin(), tokens.get(m.end() - 1).end());
        Evidence evidence = new Evidence(s.index(), tokens.get(m.start()).begin(), tokens.get(m.end() - 1).end());
        Event e = new Event(trigger.type(), label, List.of(evidence), directed(people, false, trigger.cameo()),
                date(view, s, v, v + 1, trigger.type(), true), null, null, trigger.cameo(), null,
                "trigger:" + trigger.phrase(), 0.7);
        return Optional.of(new EventMerger.Told(e, false, false, label, true));
    }

    /** The verb of the same form that the verb at {@code start} is coordinated with ("open" of "is to open X and to meet Y"), or -1. */
    private static int coordinatedWith(List<Token> tokens, int start) {
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

    /**
     * The two parties of the last event told with parties, when it has exactly two, at most {@link #PAIR_LOOK_BACK}
     * sentences before {@code sentence}. For "group-parties" ("the two sides"), the last such event whose parties are two countries or
     * hold positions of two countries the article names, as those countries; else the last pair.
     */
    private static List<EntityMention> lastPair(ParticipantFinder pf, List<EventMerger.Told> earlier, int sentence, String kind) {
        List<EntityMention> last = List.of();
        for (int i = earlier.size() - 1; i >= 0; i--) {
            Event e = earlier.get(i).event();
            int told = e.evidence().get(0).sentence();
            if (told < sentence - PAIR_LOOK_BACK) {
                break;
            }
            Map<String, EntityMention> two = new LinkedHashMap<>();
            e.participants().forEach(p -> two.putIfAbsent(ArticleView.key(p.mention()), p.mention()));
            if (told >= sentence || two.isEmpty()) {
                continue;
            }
            if (two.size() != 2) {
                break; // the last told involves one or three: "the two" is not clear
            }
            List<EntityMention> pair = List.copyOf(two.values());
            if (!kind.equals("group-parties")) {
                return pair;
            }
            last = last.isEmpty() ? pair : last;
            List<EntityMention> countries = pair.stream().map(m -> m.type() == EntityType.COUNTRY ? Optional.of(m)
                    : pf.countryOf(m)).flatMap(Optional::stream).toList();
            if (countries.size() == 2 && !ArticleView.key(countries.get(0)).equals(ArticleView.key(countries.get(1)))) {
                return countries;
            }
        }
        return last;
    }

    private Optional<EventMerger.Told> told(ArticleView view, ParticipantFinder pf, Sentence s, TriggerLexicon.Match m,
                                           List<EventMerger.Told> earlier) {
        List<Token> tokens = s.tokens();
        TriggerLexicon.Trigger trigger = m.trigger();
        if (trigger.type().equals("-")) {
            return Optional.empty(); // listed only to keep a longer phrase ("news conference") from triggering
        }
        // "attack", "protest", "clash": a trigger of any part of speech read as the verb it is here
        boolean verb = trigger.pos().equals("VERB") || trigger.pos().equals("any") && Chunks.isVerb(tokens.get(m.start()))
                && m.end() - m.start() == 1;
        boolean forceVerb = force(trigger.cameo()) && Chunks.isVerb(tokens.get(m.start()));
        if (negated(tokens, m.start(), verb)) {
            return Optional.empty(); // "told them not to travel", "did not meet", "no talks were held": nothing happened
        }
        if (forceVerb && hypothetical(tokens, m.start())) {
            return Optional.empty(); // "if it were attacked": no attack happened or is planned
        }
        if (forceVerb && threatened(tokens, m.start())) {
            // "Doe said that Ruritania would attack Borduria": a threat, made that day
            trigger = new TriggerLexicon.Trigger(trigger.phrase(), trigger.byText(), trigger.pos(), "Threat", "130",
                    triggers.cameoLabel("130").orElse(null), trigger.needs());
        }
        if (verb && "051".equals(trigger.cameo()) && m.start() > 0 && Words.isAny(tokens.get(m.start() - 1), "will", "would")) {
            // "Germany will support the Czech Republic", "Mexico would back Chile's bid": endorsement promised is an
            // intent to cooperate (CAMEO 03), made now
            trigger = new TriggerLexicon.Trigger(trigger.phrase(), trigger.byText(), trigger.pos(), "IntentToCooperate", "030",
                    triggers.cameoLabel("030").orElse(null), trigger.needs());
        }
        int ls = verb ? m.start() : extendLeft(view, s, m.start());
        int le = extendRight(tokens, trigger, m.end());
        if (trigger.cameo() != null && trigger.cameo().startsWith("10") && tokens.get(m.start()).penn().equals("VBG")
                && toldBefore(earlier, s.index()) && String.valueOf(earlier.get(earlier.size() - 1).event().cameo()).startsWith("14")) {
            return Optional.empty(); // "marched through the capital demanding that ...": what the protest demands
        }
        int np = Chunks.start(tokens, ls);
        if (!verb && trigger.cameo() != null && trigger.cameo().startsWith("01") && np > 0
                && Words.isAny(tokens.get(np - 1), "in", "through") && toldBefore(earlier, s.index())) {
            return Optional.empty(); // "urged X in a joint statement to ...": how the appeal was made, not an act of its own
        }
        if (!verb && trigger.cameo() != null && !trigger.cameo().startsWith("04") && offered(view, tokens, ls)) {
            return Optional.empty(); // "offered the Netherlands' full backing to France": what is offered
        }
        if (!verb && trigger.cameo() != null && trigger.cameo().startsWith("08") && askedFor(view, tokens, ls)) {
            return Optional.empty(); // "called for an immediate ceasefire": asked for, not declared
        }
        if (!verb && trigger.cameo() != null && trigger.cameo().startsWith("04") && asked(view, tokens, ls)) {
            return Optional.empty(); // "demanded that X open talks", "urged them to hold talks": asked for, not held nor planned
        }
        final Map<String, Participant> people = new LinkedHashMap<>();
        // CAMEO-coded interactions have a direction, as GDELT codes them: the subject acts (source), the objects are
        // acted on or with (target)
        boolean coded = trigger.cameo() != null;
        String holderRole = trigger.type().equals("Presidency") ? "holder" : coded ? SOURCE : "participant";
        for (int k = ls; k < m.start(); k++) {
            EntityMention e = view.entityAt(tokens.get(k));
            if (ArticleView.isActor(e)) {
                add(people, new Participant(e, "participant", "modifier"));
            } else if (!verb && force(trigger.cameo()) && ArticleView.isDemonym(e)) {
                add(people, new Participant(e, SOURCE, "coref:government")); // "a Ruritanian air strike": Ruritania's
            }
        }
        // "The two sides are expected to sign": the sides of the talks told just before, rather than the last two
        // countries named, which may be any two of those the talks were about
        Optional<String> group = pf.groupSubject(s, ls);
        List<EntityMention> sides = group.filter("group-parties"::equals).map(k -> lastPair(pf, earlier, s.index(), k))
                .orElse(List.of());
        sides.forEach(e -> add(people, new Participant(e, holderRole, "coref:group")));
        for (Participant p : sides.isEmpty() ? pf.subject(s, ls) : List.<Participant>of()) {
            add(people, p.as(holderRole));
        }
        pf.possessive(s, ls).forEach(p -> add(people, p));
        int modified = verb && coded && directedAt(trigger.cameo()) ? reducedRelativeObject(tokens, m.start()) : -1;
        if (modified >= 0) {
            // "Poland expelled nine Russian diplomats accused of spying": the ones accused are the noun phrase the
            // participle hangs on, the accuser the subject of the verb whose object that phrase is
            people.clear();
            pf.subject(s, modified - 1).forEach(p -> add(people, p.as(SOURCE)));
            pf.objects(s, modified, "object").forEach(p -> add(people, p.as(TARGET)));
        }
        int governing = verb ? travelledFor(view, tokens, m.start()) : pf.governingVerb(s, ls);
        if (governing >= 0 && people.isEmpty()) {
            pf.subject(s, governing).forEach(p -> add(people, p.as(holderRole)));
        }
        if (people.isEmpty() && group.isPresent()) {
            // "The two leaders agreed", with more people named around than two: the two of the event told before
            lastPair(pf, earlier, s.index(), group.get()).forEach(e -> add(people, new Participant(e, holderRole, "coref:group")));
        }
        int receiver = verb ? -1 : np - 1;
        if (cues.isReceivingVerb(tokens, receiver)) {
            // "Doe secured Roe's backing", "won his support", "gained the backing of Roe": given to the subject
            List<Participant> given = received(view, pf, s, receiver, m.start(), le);
            people.clear();
            given.forEach(p -> add(people, p));
        }
        EntityMention place = null;
        boolean personObject = false;
        if (verb) {
            EntityMention visited = null;
            int k = le < tokens.size() && Words.is(tokens.get(le), "the") ? le + 1 : le; // "visited the National Assembly"
            EntityMention first = k < tokens.size() ? view.entityAt(tokens.get(k)) : null;
            boolean pledged = pledge(trigger.cameo()) && !trigger.cameo().startsWith("13");
            if (ArticleView.isPlace(first) && directedAt(trigger.cameo())) {
                // "criticized Strelsau": the capital's government; "offered Latvia's full backing": the giver
                add(people, new Participant(first, pledged && given(view, s, first) ? SOURCE : TARGET, "object"));
                placesJoined(view, tokens, first).forEach(p -> add(people, new Participant(p, TARGET, "object")));
            } else if (ArticleView.isPlace(first) && first.type() != EntityType.COUNTRY
                    || trigger.type().equals("Visit") && (ArticleView.isPlace(first)
                    || first != null && first.type() == EntityType.ORGANIZATION && !ArticleView.isDemonym(first))) {
                // "visited Moscow", "visit Chile": where, not who; "visited the National Assembly": not who either, but
                // a body is no place
                place = ArticleView.isPlace(first) ? first : null;
                visited = first;
            } else if (Words.is(tokens.get(m.start()), "warn") && k + 1 < tokens.size() && Words.is(tokens.get(k), "that")) {
                // "Doe warned that Ruritania would face ...": the one warned is the clause's subject
                pf.objects(s, k + 1, "that-object").stream().limit(1)
                        .forEach(p -> add(people, p.as(TARGET)));
            }
            if (forceVerb && Words.is(tokens.get(m.end() - 1), "into") && visited == null) {
                // "sent troops into its breakaway region of X": force used on X, in X
                visited = placeInPhrase(view, tokens, le);
                place = visited;
                if (visited != null) {
                    add(people, new Participant(visited, TARGET, "into-object"));
                }
            }
            EntityMention where = visited;
            List<Participant> object = pf.objects(s, le, "object").stream().filter(p -> p.mention() != where).toList();
            personObject = object.stream().anyMatch(p -> p.mention().type() == EntityType.PERSON);
            // "offered the Netherlands' full backing", "offered Ankara's help": the owner of what is offered gives it
            object.forEach(p -> add(people, !coded ? p : pledged && given(view, s, p.mention()) ? p.as(SOURCE) : p.as(TARGET)));
        }
        // "a summit of the Union": a summit is a consultation (CAMEO 04) though newskg gives it no code of its own
        objectsAfter(view, s, pf, le, trigger.type().equals("Summit") ? "04" : trigger.cameo()).forEach(p -> add(people, p));
        List<EntityMention> hosts = hosts(view, pf, s, ls, le);
        EntityMention host = hosts.isEmpty() ? null : hosts.get(0);
        boolean passive = verb && passive(tokens, m.start());
        if (trigger.needs().equals("person-object") && passive) {
            // "B was received by A": the agent after "by" hosts
            Optional<Participant> by = people.values().stream().filter(p -> p.via().equals("by-object")
                    && p.mention().type() == EntityType.PERSON).findFirst();
            if (by.isEmpty()) {
                return Optional.empty();
            }
            host = by.get().mention();
        } else if (trigger.needs().equals("person-object")) {
            if (!personObject) {
                return Optional.empty();
            }
            // "A hosted B": the subject is the host
            List<Participant> subject = pf.subject(s, m.start());
            if (subject.isEmpty()) {
                return Optional.empty();
            }
            host = subject.get(0).mention();
        }
        if (host != null) {
            List<EntityMention> all = hosts.isEmpty() ? List.of(host) : hosts;
            Map<String, Participant> others = new LinkedHashMap<>(people);
            people.clear();
            for (EntityMention h : all) {
                others.remove(ArticleView.key(h));
                people.put(ArticleView.key(h), new Participant(h, "host", "host"));
            }
            people.putAll(others);
        }
        if (trigger.type().equals("Visit") && host == null && people.values().stream().noneMatch(p -> p.role().equals(TARGET))) {
            List<EntityMention> visitors = people.values().stream().map(Participant::mention).toList();
            new VisitTargets(view, pf, cues).find(s, ls, le, visitors)
                    .ifPresent(h -> add(people, new Participant(h, TARGET, "visited")));
        }
        if (verb && directedAt(trigger.cameo()) && people.values().stream().noneMatch(p -> p.role().equals(TARGET))) {
            // "refused to accept a letter from Doe": aimed at whoever the thing refused comes from
            author(s, pf, le).ifPresent(p -> add(people, p.as(TARGET)));
        }
        if (verb && directedAt(trigger.cameo()) && people.values().stream().noneMatch(p -> p.role().equals(TARGET))) {
            // "Iran condemned the embargo": aimed at whoever imposed it
            List<String> sources = people.values().stream().map(p -> ArticleView.key(p.mention())).toList();
            List<Participant> answered = references.targets(view.text(), tokens, le, s.index(), sources, earlier);
            (answered.isEmpty() ? references.proposers(view, pf, s, le, sources) : answered).forEach(p -> add(people, p));
        }
        if (trigger.needs().equals("participant") && people.isEmpty()) {
            return Optional.empty();
        }
        if (trigger.cameo() != null && trigger.cameo().startsWith("14") && people.values().stream().noneMatch(p -> p.role().equals(TARGET))) {
            demanded(pf, s, le).ifPresent(p -> add(people, p));
        }
        if (trigger.cameo() != null && trigger.cameo().startsWith("14") && people.values().stream().noneMatch(p -> p.role().equals(TARGET))) {
            List<String> sources = people.values().stream().map(p -> ArticleView.key(p.mention())).toList();
            protestedAgainst(view, s, le, sources, earlier).forEach(p -> add(people, p));
        }
        if (trigger.cameo() != null && trigger.cameo().startsWith("14") && people.values().stream().noneMatch(p -> p.role().equals(TARGET))) {
            missionOf(view, s, le).ifPresent(p -> add(people, p));
        }
        if (verb && trigger.cameo() != null && trigger.cameo().startsWith("10") && le + 1 < tokens.size()
                && Words.is(tokens.get(le), "that") && people.values().stream().noneMatch(p -> p.role().equals(TARGET))) {
            // "demanded that Prague open talks": the one asked to act is the clause's subject, a capital its government
            EntityMention asked = view.entityAt(tokens.get(le + 1));
            if (ArticleView.isActor(asked) || ArticleView.isPlace(asked)) {
                add(people, new Participant(asked, TARGET, "that-object"));
            }
        }
        if (cues.isResponse(trigger.phrase()) && people.values().stream().noneMatch(p -> p.role().equals(TARGET))) {
            // "X sent troops into Y, prompting a Ruritanian counter-attack": aimed at whoever acted before
            List<String> sources = people.values().stream().map(p -> ArticleView.key(p.mention())).toList();
            answered(earlier, s.index(), sources).forEach(p -> add(people, p));
        }
        if (aid(trigger.cameo()) && people.values().stream().noneMatch(p -> p.role().equals(TARGET))) {
            // "STRELSAU, Ruritania (AP) - ... sent a rescue team": help goes where the story is
            EntityMention country = datelineCountry(view);
            if (country != null && !people.containsKey(ArticleView.key(country))) {
                add(people, new Participant(country, TARGET, "dateline"));
            }
        }
        if (forceVerb && people.values().stream().noneMatch(p -> p.role().equals(TARGET))) {
            // "shelled the Azerbaijani town of Tartar": force used on the town's country, in the town
            EntityMention town = placeInPhrase(view, tokens, le);
            EntityMention country = town == null || town.type() == EntityType.COUNTRY ? null : demonymBefore(view, s, le, town);
            if (country != null) {
                add(people, new Participant(country, TARGET, "coref:demonym"));
                place = place == null ? town : place;
            }
        }
        List<Participant> parties = counterparts(directed(people.values(), passive, trigger.cameo()));
        if (place == null) {
            place = place(view, s, le, trigger.type(), trigger.cameo());
        }
        if (place == null && governing >= 0) {
            place = place(view, s, Chunks.end(tokens, governing), "Visit", null); // "travel to X for a meeting": in X
        }
        // "offered to host the next round": what a pledge promises lies ahead, the pledge is made now
        String status = verb && pledge(trigger.cameo()) ? cues.statusBefore(tokens, ls) : cues.status(tokens, ls, le);
        // "will meet Z on Wednesday before flying to B": a gerund adjunct is planned and dated as its clause is
        int head = verb ? pf.adjunctHead(s, m.start()) : -1;
        if (status == null && head >= 0 && "planned".equals(cues.status(tokens, head, head + 1))) {
            status = "planned";
        }
        if (status == null && governing >= 0) {
            int vpEnd = Chunks.end(tokens, governing);
            // "is due to fly ... for talks", "is to travel ... for a meeting"; but "X, during a phone talk with Y,
            // offered to host the next round": past the verb after the phrase lies what it tells of, not the talk
            status = governing > ls ? cues.statusBefore(tokens, governing) : cues.status(tokens, vpEnd, vpEnd);
        }
        int first = verb ? coordinatedWith(tokens, m.start()) : -1;
        if (status == null && first >= 0) {
            status = cues.status(tokens, first, first + 1); // "is due to open the embassy and to meet Doe"
        }
        if (status == null && trigger.type().equals("Visit") && VisitTargets.invited(s, ls)) {
            status = "planned"; // "invited Doe to pay a state visit"
        }
        boolean pledgedNow = "planned".equals(status) && verb && pledge(trigger.cameo()) && m.start() > 0
                && Words.is(tokens.get(m.start() - 1), "will");
        if (pledgedNow) {
            status = null; // "We will stand by you": the pledge is made, what it promises lies ahead
        }
        // "met on the sidelines of the summit and agreed to ...": a noun after a preposition is no subject of the verb after it
        boolean objectOfPreposition = np > 0 && tokens.get(np - 1).pos().equals("ADP") && !Words.is(tokens.get(np - 1), "that");
        if (status == null && !verb && !objectOfPreposition) {
            status = cues.statusOfVerbAfter(tokens, le);
        }

        TimeMention around = dayAround(view, s, ls);
        TimeMention date = around != null ? around : head >= 0 ? date(view, s, head, head + 1, trigger.type(), true)
                : date(view, s, ls, Math.max(le, m.reach()), trigger.type(), verb); // "spoke with Doe by telephone on Tuesday"
        if (date == null && governing >= 0) {
            // "X, during a phone talk with Y, offered ...", "The decision came at a summit of ...": dated as the verb is
            date = date(view, s, governing, Chunks.end(tokens, governing), trigger.type(), true);
        }
        if (date == null && (pledgedNow || aboutLater(trigger.type()) && !"planned".equals(status))) {
            date = datelineDate(view); // made on the day the story tells of, like "said"
        }
        boolean possessed = !verb && possessed(view, s, ls);
        if (possessed && date != null && date.sentence() != s.index() && !"planned".equals(status)
                && compareToStoryDay(view, date) > 0) {
            date = null; // "It is Doe's first visit to X" after "... to sign agreements on Thursday": not that day's
        }
        if ("planned".equals(status) && date != null && beforeStoryDay(view, date)) {
            date = null; // a planned event dated before the article was written: the date was read wrong
        }
        if (place == null) {
            place = wherePlace(view, s, ls);
        }
        if (place == null && cues.onsite(trigger.type())) {
            place = whenPlace(view, s, ls);
        }
        if (place == null && verb) {
            place = frontedPlace(view, s, ls); // the clause's own verb, not "protesting against the accord" told before
        }
        if (place == null && verb && s.index() > 0 && view.sameParagraph(s.index() - 1, s.index())) {
            // "In X, thousands marched ... . Police detained about 100 people": the scene set the sentence before
            Sentence before = view.sentence(s.index() - 1);
            place = frontedPlace(view, before, before.tokens().size());
        }
        String label = view.text().substring(tokens.get(ls).begin(), tokens.get(le - 1).end());
        Evidence evidence = new Evidence(s.index(), tokens.get(m.start()).begin(), tokens.get(m.end() - 1).end());
        boolean definite = ls > 0 && Words.isAny(tokens.get(ls - 1), "the", "this", "that") && ls == m.start() || possessed;
        double confidence = people.isEmpty() ? 0.6 : 0.8;
        Event e = new Event(trigger.type(), label, List.of(evidence), parties, date, place, host,
                trigger.cameo(), status, "trigger:" + trigger.phrase(), confidence);
        return Optional.of(new EventMerger.Told(e, definite, trigger.needs().equals("antecedent"),
                ls == m.start() && le == m.end() ? "" : label, verb));
    }

    /** The demonym between token {@code from} and a place named after it ("the Azerbaijani town of Tartar"), or null. */
    private static EntityMention demonymBefore(ArticleView view, Sentence s, int from, EntityMention place) {
        List<Token> tokens = s.tokens();
        for (int k = from; k < ArticleView.tokenAt(s, place.begin()); k++) {
            EntityMention m = view.entityAt(tokens.get(k));
            if (m != null && ArticleView.isDemonym(m) && m.type() == EntityType.COUNTRY) {
                return m;
            }
        }
        return null;
    }

    /**
     * A country or body owning what is given after it ("Ruritania's help", "the Netherlands' full backing": a noun
     * for support or aid, read from the trigger lexicon), not what is supported ("Lithuania's bid").
     */
    private boolean given(ArticleView view, Sentence s, EntityMention owner) {
        if (owner.type() == EntityType.PERSON || !ParticipantFinder.possessive(s, owner)) {
            return false;
        }
        List<Token> tokens = s.tokens();
        int k = ArticleView.tokenAt(s, owner.end() - 1) + 1;
        while (k < tokens.size() && (tokens.get(k).text().matches("['’]s?") || tokens.get(k).pos().equals("ADJ"))) {
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
    private boolean offered(ArticleView view, List<Token> tokens, int ls) {
        for (int k = ls - 1; k >= 0 && k >= ls - 6; k--) {
            Token t = tokens.get(k);
            if (Chunks.isVerb(t)) {
                Optional<TriggerLexicon.Match> v = triggers.longestAt(view.text(), tokens, k);
                return v.isPresent() && v.get().trigger().cameo() != null && v.get().trigger().cameo().startsWith("03")
                        && v.get().end() <= ls;
            }
            boolean owner = view.entityAt(t) != null || t.text().matches("['’]s?");
            if (!(owner || t.pos().equals("DET") || t.pos().equals("ADJ") || t.penn().equals("PRP$"))) {
                return false;
            }
        }
        return false;
    }

    /**
     * "Doe's first visit", "his three-day visit": a noun trigger owned by an actor or a pronoun, over adjectives and
     * hyphenated modifiers; it refers to an event of that actor, as "the" does.
     */
    private static boolean possessed(ArticleView view, Sentence s, int ls) {
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

    /** Promises and threats (CAMEO 03, 07, 13): made now, about what lies ahead. */
    private static boolean pledge(String cameo) {
        return cameo != null && (cameo.startsWith("03") || cameo.startsWith("07") || cameo.startsWith("13"));
    }

    /**
     * The sides of a noun act after a receiving verb at {@code verbAt} ("secured his backing"): its subject is the
     * target; the source is the possessor between the verb and the trigger, or the person "his"/"her" names (someone named before
     * the verb other than the subject: one does not secure one's own backing), or the "of" object after it.
     */
    private static List<Participant> received(ArticleView view, ParticipantFinder pf, Sentence s, int verbAt,
                                              int trigger, int le) {
        List<Token> tokens = s.tokens();
        List<Participant> targets = pf.subject(s, verbAt).stream().map(p -> p.as(TARGET)).toList();
        List<String> keys = targets.stream().map(p -> ArticleView.key(p.mention())).toList();
        List<Participant> out = new ArrayList<>(targets);
        for (int k = verbAt + 1; k < trigger; k++) {
            EntityMention e = view.entityAt(tokens.get(k));
            if (ArticleView.isActor(e)) {
                out.add(new Participant(e, SOURCE, "possessor"));
                return out;
            }
            if (Words.isAny(tokens.get(k), "his", "her")) {
                view.entities(s.index()).stream().filter(x -> x.type() == EntityType.PERSON && x.end() <= tokens.get(verbAt).begin()
                                && !keys.contains(ArticleView.key(x))).reduce((a, b) -> b)
                        .ifPresent(x -> out.add(new Participant(x, SOURCE, "coref:pronoun")));
                return out;
            }
        }
        if (le + 1 < tokens.size() && Words.is(tokens.get(le), "of")) {
            pf.objects(s, le + 1, "of-object").forEach(p -> out.add(p.as(SOURCE)));
        }
        return out;
    }

    /** The actors of the last act told before (in this sentence or the one before) by others than {@code sources}. */
    private static List<Participant> answered(List<EventMerger.Told> earlier, int sentence, List<String> sources) {
        for (int i = earlier.size() - 1; i >= 0; i--) {
            Event e = earlier.get(i).event();
            if (e.first().sentence() < sentence - 1) {
                break;
            }
            List<Participant> actors = e.participants().stream().filter(p -> p.role().equals(SOURCE)
                    && !sources.contains(ArticleView.key(p.mention()))).toList();
            if (e.cameo() != null && !actors.isEmpty()) {
                return actors.stream().map(p -> new Participant(p.mention(), TARGET, "coref:event")).toList();
            }
        }
        return List.of();
    }

    /**
     * "marched through the capital demanding that Doe step down", "calling for Doe's resignation": a protest is aimed
     * at the first one its demand names, in its clause.
     */
    private Optional<Participant> demanded(ParticipantFinder pf, Sentence s, int le) {
        List<Token> tokens = s.tokens();
        for (int k = le; k < tokens.size() && k < le + PLACE_WINDOW && !Words.isPunct(tokens.get(k)); k++) {
            int end = tokens.get(k).pos().equals("VERB") ? cues.demandEnd(tokens, k) : -1;
            if (end > 0 && end < tokens.size()) {
                int from = Words.is(tokens.get(end), "that") ? end + 1 : end;
                return pf.objects(s, from, "demand-object").stream().findFirst().map(p -> p.as(TARGET));
            }
        }
        return Optional.empty();
    }

    /**
     * "protested outside the castle against the visit": a protest against an act told before is aimed at those who
     * did it (the visitor), read after "against" in the protest's clause.
     */
    private List<Participant> protestedAgainst(ArticleView view, Sentence s, int le, List<String> sources,
                                               List<EventMerger.Told> earlier) {
        List<Token> tokens = s.tokens();
        for (int k = le; k + 1 < tokens.size() && k < le + PLACE_WINDOW && !Words.isPunct(tokens.get(k)); k++) {
            if (Words.is(tokens.get(k), "against")) {
                return references.targets(view.text(), tokens, k + 1, s.index(), sources, earlier);
            }
        }
        return List.of();
    }

    /**
     * "rallied outside the French embassy": a protest at a country's mission, aimed at no one else, is aimed at that
     * country (the demonym before the mission's noun, in the protest's clause).
     */
    private Optional<Participant> missionOf(ArticleView view, Sentence s, int le) {
        List<Token> tokens = s.tokens();
        for (int k = le + 1; k < tokens.size() && k < le + PLACE_WINDOW && !Words.isPunct(tokens.get(k)); k++) {
            EntityMention before = view.entityAt(tokens.get(k - 1));
            if (cues.isMission(tokens.get(k)) && before != null && ArticleView.isDemonym(before)) {
                return Optional.of(new Participant(before, TARGET, "coref:demonym"));
            }
        }
        return Optional.empty();
    }

    /** True when an event was told earlier in sentence {@code sentence}. */
    private static boolean toldBefore(List<EventMerger.Told> earlier, int sentence) {
        return !earlier.isEmpty() && earlier.get(earlier.size() - 1).event().first().sentence() == sentence;
    }

    /** Humanitarian or other aid (CAMEO 07). */
    private static boolean aid(String cameo) {
        return cameo != null && cameo.startsWith("07");
    }

    /** Force used: unconventional violence, fighting, mass violence (CAMEO 18, 19, 20). */
    private static boolean force(String cameo) {
        return cameo != null && cameo.compareTo("18") >= 0;
    }

    /** "if it were attacked", "unless they are shelled": the verb's clause is a condition. */
    private static boolean hypothetical(List<Token> tokens, int i) {
        for (int k = i - 1; k >= 0 && k >= i - 6; k--) {
            Token t = tokens.get(k);
            if (Words.isAny(t, "if", "unless")) {
                return true;
            }
            if (Words.isPunct(t) || Words.isAny(t, "that", "and")) {
                return false;
            }
        }
        return false;
    }

    /** "said that X would attack Y", "warned it will strike": force announced with a modal in a reported clause. */
    private static boolean threatened(List<Token> tokens, int i) {
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
     * "Doe spoke by telephone with Roe and Poe": a call is between two sides, so one caller speaking with several
     * people made one call with each.
     */
    /** The events of {@code a} then those of {@code b}, read through without copying. */
    private static <T> List<T> concat(List<T> a, List<T> b) {
        return new java.util.AbstractList<>() {
            @Override
            public T get(int i) {
                return i < a.size() ? a.get(i) : b.get(i - a.size());
            }

            @Override
            public int size() {
                return a.size() + b.size();
            }
        };
    }

    private static List<EventMerger.Told> oneCallEach(EventMerger.Told told) {
        Event e = told.event();
        List<Participant> with = e.participants().stream().filter(p -> p.via().equals("with-object")).toList();
        List<Participant> callers = e.participants().stream().filter(p -> !p.via().equals("with-object")).toList();
        boolean people = e.participants().stream().allMatch(p -> p.mention().type() == EntityType.PERSON);
        if (!e.type().equals("PhoneCall") || with.size() < 2 || callers.size() != 1 || !people) {
            return List.of(told);
        }
        return with.stream().map(w -> new EventMerger.Told(new Event(e.type(), e.label(), e.evidence(),
                List.of(callers.get(0), w), e.date(), e.place(), e.host(), e.cameo(), e.status(), e.rule(),
                e.confidence()), told.definite(), told.antecedentOnly(), told.name(), told.verb())).toList();
    }

    /** True when token {@code ti} stands in a relative clause closed before token {@code ls} (", who arrived on Monday,"). */
    private static boolean inRelativeClause(List<Token> tokens, int ti, int ls) {
        int open = -1;
        for (int k = ti - 1; k > 0; k--) {
            if (Words.isComma(tokens.get(k))) {
                open = Words.isAny(tokens.get(k + 1), "who", "which", "whose") ? k : -1;
                break;
            }
        }
        if (open < 0) {
            return false;
        }
        for (int k = ti + 1; k < ls; k++) {
            if (Words.isComma(tokens.get(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the trigger verb, or the light verb just before a noun trigger's phrase, is a simple past ("met",
     * "held talks"); a passive or a definite noun ("The agreement was signed") tells of an event already dated.
     */
    private boolean pastTense(ArticleView view, List<Token> tokens, int ls, boolean verb) {
        if (verb) {
            // "Doe was received by Roe" (a name before the passive), not "The agreement was signed" (told before)
            return tokens.get(ls).penn().equals("VBD") || passive(tokens, ls) && tokens.get(ls - 1).penn().equals("VBD")
                    && ls >= 2 && ArticleView.isActor(view.entityAt(tokens.get(ls - 2))) || reportedPresent(tokens, ls)
                    || begunInPast(tokens, ls);
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
        if (!tokens.get(ls).penn().matches("VB[ZP]") && !(modal && tokens.get(ls).penn().equals("VB")) && !perfect) {
            return false; // "said it opposes", "said that X would attack Y"
        }
        for (int k = ls - 1; k >= 0 && k >= ls - 5; k--) {
            if (tokens.get(k).penn().equals("VBD") && Words.is(tokens.get(k), "say")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The date of the story's dateline ("PORT LOUIS, Nov. 11 (Example Wire) -"), or null. A dateline without a date
     * ("STRELSAU, Ruritania (AP) -") dates the story by its publication day, as the lead names it ("Doe said Monday").
     */
    private static TimeMention datelineDate(ArticleView view) {
        for (Sentence s : view.sentences()) {
            int own = StatementFinder.contentStart(s.tokens());
            if (own > 0) {
                int ownBegin = s.tokens().get(own).begin();
                return view.times(s.index()).stream()
                        .filter(t -> t.end() <= ownBegin && t.value().matches("\\d{4}-\\d{2}-\\d{2}"))
                        .findFirst().orElseGet(() -> publicationDay(view, s));
            }
            if (s.index() >= 2) {
                break;
            }
        }
        return null;
    }

    /** The time mention of the lead sentence naming the day the story was published ("Doe said Monday"), or null. */
    private static TimeMention publicationDay(ArticleView view, Sentence lead) {
        var published = view.extraction().text().article().published();
        if (published == null) {
            return null;
        }
        String day = published.date().toString();
        return view.times(lead.index()).stream().filter(t -> t.value().length() >= day.length()
                && t.value().startsWith(day)).findFirst().orElse(null);
    }

    /** A coded interaction acted on someone, other than a consultation or an agreement (CAMEO 04x, 057). */
    private static boolean directedAt(String cameo) {
        return cameo != null && !cameo.startsWith("04") && !cameo.equals("057");
    }

    /**
     * In the passive the agent after "by" acts and the subject is acted on ("B was condemned by A"); subjects
     * with nobody acted on are parties, not sources ("A and B met"), unless one acts alone ("A arrived").
     */
    private static List<Participant> directed(Collection<Participant> people, boolean passive, String cameo) {
        List<Participant> out = new ArrayList<>();
        // "Ruritania and Borduria urged restraint": acts aimed at someone keep their sources
        long sources = directedAt(cameo) ? 1 : people.stream().filter(p -> p.role().equals(SOURCE)).count();
        boolean targets = people.stream().anyMatch(p -> p.role().equals(TARGET));
        for (Participant p : people) {
            if (passive && p.role().equals(SOURCE) && !p.via().equals("by-object")) {
                out.add(p.as(TARGET));
            } else if (!passive && !targets && sources > 1 && p.role().equals(SOURCE)) {
                out.add(p.as("participant"));
            } else {
                out.add(p);
            }
        }
        return out;
    }

    /** "his counterpart Y" where "his" found no antecedent of its own: Y is the counterpart of the acting person. */
    private static List<Participant> counterparts(List<Participant> people) {
        EntityMention actor = people.stream().filter(p -> p.role().equals(SOURCE) && p.mention().type() == EntityType.PERSON)
                .map(Participant::mention).findFirst().orElse(null);
        return people.stream().map(p -> (p.via().equals("apposition") || p.via().equals("coref:counterpart"))
                && p.counterpartOf() == null && actor != null && actor != p.mention()
                ? new Participant(p.mention(), p.role(), p.via(), actor) : p).toList();
    }

    /**
     * "expelled nine Russian diplomats accused of spying": the first token of the noun phrase a past participle
     * right after it modifies, when that phrase is the object of a verb just before it (no "be": not a passive);
     * else -1.
     */
    private static int reducedRelativeObject(List<Token> tokens, int i) {
        // the tagger may call the participle a past tense ("diplomats accused/VBD of spying"): a verb right before its
        // object tells it is none
        if (i < 2 || !tokens.get(i).penn().matches("VB[DN]") || !tokens.get(i - 1).penn().startsWith("NN") || passive(tokens, i)) {
            return -1;
        }
        // "accused of spying", "blamed for": a participle takes no object of its own ("said Ruritanian artillery shelled
        // the town" is a clause)
        boolean noObject = i + 1 >= tokens.size() || tokens.get(i + 1).pos().equals("ADP") || Words.isPunct(tokens.get(i + 1));
        int np = Chunks.start(tokens, i - 1);
        return noObject && np > 0 && Chunks.isVerb(tokens.get(np - 1)) && tokens.get(np - 1).penn().matches("VB[DPZ]?")
                && !Words.isAny(tokens.get(np - 1), "say", "tell", "announce", "report", "claim") ? np : -1;
    }

    /** "was received", "had been hosted": a past participle after a form of "be" in its verb phrase. */
    private static boolean passive(List<Token> tokens, int i) {
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

    private static void add(Map<String, Participant> people, Participant p) {
        people.putIfAbsent(ArticleView.key(p.mention()), p);
    }

    /**
     * "with X" (a target of a coded interaction), "between X and Y" (parties), "by X" (the agent of a passive: a
     * source), and for interactions other than consultations and agreements "on X", "against X", "to X" (a target),
     * a few words after the trigger.
     */
    private List<Participant> objectsAfter(ArticleView view, Sentence s, ParticipantFinder pf, int le, String cameo) {
        List<Token> tokens = s.tokens();
        boolean coded = cameo != null;
        boolean directedAt = directedAt(cameo);
        int window = 6;
        for (int k = le; k < tokens.size() && k < le + window; k++) {
            Token t = tokens.get(k);
            if (t.text().matches("[\"“”]")) {
                window++; // promised an "aggressive" relief effort for X
                continue;
            }
            if (t.text().matches("['’]") && t.penn().equals("POS")) {
                continue; // "offered the Netherlands' full backing to France"
            }
            // "sanctions on X", "protest against X", "aid to X": the target of an interaction that is no consultation
            boolean onWhom = directedAt && Words.isAny(t, "on", "against", "to")
                    || pledge(cameo) && !cameo.startsWith("13") && Words.is(t, "for"); // "promised relief for X"
            if (k == le && Words.is(t, "of") && cameo != null && cameo.startsWith("04")) {
                // "a meeting of the Ruritanian Union's foreign ministers", "a summit of the Union": the body meets; a
                // name only the statistical model proposes may be a nationality it misread ("of Southeast Asian ministers")
                List<Participant> bodies = pf.objects(s, k + 1, "of-object").stream()
                        .filter(p -> p.mention().type() == EntityType.ORGANIZATION
                                && (p.mention().kbQid() != null || !p.mention().rule().startsWith("model:")))
                        .map(p -> p.as("participant")).toList();
                return bodies.isEmpty() ? delegatesOf(view, s, pf, k + 1) : bodies;
            }
            if (Words.isAny(t, "with", "between", "by") || onWhom) {
                String role = !coded || Words.is(t, "between") ? "participant" : Words.is(t, "by") ? SOURCE : TARGET;
                List<Participant> objects = pf.objects(s, k + 1, Words.lower(t) + "-object").stream().map(p -> p.as(role)).toList();
                EntityMention city = k + 1 < tokens.size() ? view.entityAt(tokens.get(k + 1)) : null;
                if (objects.isEmpty() && directedAt && ArticleView.isPlace(city) && city.type() == EntityType.CITY) {
                    return List.of(new Participant(city, TARGET, Words.lower(t) + "-object")); // "cut ties with Doha"
                }
                return objects;
            }
            boolean agentFollows = k == le && t.penn().equals("VBN") && k + 1 < tokens.size() && Words.is(tokens.get(k + 1), "by");
            // the Penn tag too: the UD tagger calls some adjectives verbs ("an aggressive/VERB effort")
            if (Words.isPunct(t) || t.pos().equals("VERB") && (t.penn().isEmpty() || t.penn().startsWith("VB")) && !Words.isAny(t, "sign", "hold")
                    && !agentFollows) {
                break; // but "the tests conducted by X": the agent of a participle after a noun trigger
            }
        }
        return List.of();
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
     * Who the object of a directed verb comes from: "rejected an offer from X", "refused to accept a letter from
     * X" (an infinitive between), within a short noun phrase.
     */
    private static Optional<Participant> author(Sentence s, ParticipantFinder pf, int le) {
        List<Token> tokens = s.tokens();
        int k = le;
        if (k + 1 < tokens.size() && tokens.get(k).penn().equals("TO") && tokens.get(k + 1).penn().equals("VB")) {
            k += 2;
        }
        for (int n = 0; k < tokens.size() && n < 5; k++, n++) {
            Token t = tokens.get(k);
            if (Words.is(t, "from") && n > 0) {
                return pf.objects(s, k + 1, "from-object").stream().findFirst();
            }
            if (!(t.pos().equals("DET") || t.pos().equals("ADJ") || t.pos().equals("NUM") || t.penn().startsWith("NN")
                    && pf.view().entityAt(t) == null)) {
                break;
            }
        }
        return Optional.empty();
    }

    /**
     * The countries whose people meet in "a meeting of officials from X and Y" or "of Ruritanian and Borduran
     * ministers": the nationality words before the people noun, else the objects of "from" after it.
     */
    private List<Participant> delegatesOf(ArticleView view, Sentence s, ParticipantFinder pf, int from) {
        List<Token> tokens = s.tokens();
        List<Participant> demonyms = new ArrayList<>();
        for (int k = from; k < tokens.size() && k < from + 6; k++) {
            Token t = tokens.get(k);
            EntityMention m = view.entityAt(t);
            if (m != null && ArticleView.isDemonym(m)) {
                if (demonyms.stream().noneMatch(p -> p.mention() == m)) {
                    demonyms.add(new Participant(m, "participant", "coref:government")); // as in "Ruritanian troops"
                }
            } else if (cues.isDelegates(t)) {
                if (!demonyms.isEmpty()) {
                    return demonyms;
                }
                return k + 1 < tokens.size() && Words.is(tokens.get(k + 1), "from")
                        ? pf.objects(s, k + 2, "from-object").stream().map(p -> p.as("participant")).toList() : List.of();
            } else if (!(t.pos().equals("DET") || t.pos().equals("ADJ") || t.pos().equals("NUM") || t.penn().equals("NN")
                    || Words.isAny(t, "and", ","))) { // "of Ruritanian trade ministers"
                break;
            }
        }
        return List.of();
    }

    /** Names, numbers and hyphens before a noun trigger belong to its label: "African Union summit". */
    private static int extendLeft(ArticleView view, Sentence s, int start) {
        List<Token> tokens = s.tokens();
        int ls = start;
        while (ls > 0) {
            Token t = tokens.get(ls - 1);
            EntityMention m = view.entityAt(t);
            if (m != null && (m.type() == EntityType.ORGANIZATION || m.type() == EntityType.EVENT || m.type() == EntityType.COUNTRY)) {
                ls = ArticleView.tokenAt(s, m.begin());
            } else if (t.text().equals("-") && ls >= 2 && view.entityAt(tokens.get(ls - 2)) != null) {
                ls--;
            } else if (t.pos().equals("PROPN") && t.isCapitalized() || t.text().matches("\\d+(st|nd|rd|th)")) {
                ls--;
            } else {
                break;
            }
        }
        return ls;
    }

    /** "Years of Sports Exchange", "75th anniversary of diplomatic relations". */
    private static int extendRight(List<Token> tokens, TriggerLexicon.Trigger trigger, int end) {
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

    /** The first place after "in", "at" (or "to" for visits) in the clause after the trigger. */
    private EntityMention place(ArticleView view, Sentence s, int le, String type, String cameo) {
        List<Token> tokens = s.tokens();
        boolean fronted = fronted(tokens, le);
        // "bombed targets around X", "shot down two jets over X": where force is used
        boolean force = cameo != null && cameo.compareTo("18") >= 0;
        for (int k = le; k < tokens.size() - 1 && k < le + PLACE_WINDOW; k++) {
            Token t = tokens.get(k);
            if (t.text().equals(";") || t.text().equals(".") || Words.isAny(t, "that", "which", "where", "who")
                    || fronted && Words.isComma(t)) {
                break; // "Hours before the talks, Doe ordered a halt ... in X": the comma ends the fronted phrase
            }
            if (force && Words.isAny(t, "over", "around")) {
                EntityMention m = placeInPhrase(view, tokens, k + 1);
                if (m != null) {
                    return m;
                }
            }
            // "The summit also discussed the conflict in Sudan": past another verb, the place is not the event's
            // "A meeting of ... is planned for June in X": a status verb tells of the event itself
            boolean otherVerb = t.pos().equals("VERB") && !(cues.isSupportVerb(t) || cues.hostKind(t) != null
                    || cues.isStatus(tokens, k) || triggers.longestAt(view.text(), tokens, k).isPresent());
            // "talks about the situation in Ruritania": the place of a topic is not the event's
            if (otherVerb || Words.isAny(t, "about", "over", "regarding", "concerning")) {
                break;
            }
            if (Words.is(t, "here") && t.pos().equals("ADV")) {
                return datelinePlace(view); // "arrived here Tuesday": the dateline's city
            }
            if (Words.is(t, "from")) {
                k = originEnd(tokens, k + 1) - 1; // "flew food in from its depot in X": where it came from, not where
                continue;
            }
            boolean prep = Words.isAny(t, "in", "at", "near") || type.equals("Visit") && Words.is(t, "to");
            if (!prep) {
                continue;
            }
            EntityMention m = placeInPhrase(view, tokens, k + 1);
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    /** The index after the noun phrase at token {@code k} and the "in"/"at"/"of" phrases that hang on it. */
    private static int originEnd(List<Token> tokens, int k) {
        int end = k < tokens.size() ? Chunks.end(tokens, k) : k;
        while (end + 1 < tokens.size() && Words.isAny(tokens.get(end), "in", "at", "of")) {
            end = Chunks.end(tokens, end + 1);
        }
        return end;
    }

    /** True when no verb stands before token {@code le} in the sentence's own words: a fronted phrase. */
    private static boolean fronted(List<Token> tokens, int le) {
        for (int k = StatementFinder.contentStart(tokens); k < le; k++) {
            if (Chunks.isVerb(tokens.get(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The place named by the noun phrase starting at token {@code j}: its first word after determiners, or the
     * name after a demonym and a common noun ("the Ruritanian capital Strelsau", "the port city of Zenda").
     */
    private static EntityMention placeInPhrase(ArticleView view, List<Token> tokens, int j) {
        int k = j;
        while (k < tokens.size() && (tokens.get(k).pos().equals("DET") || tokens.get(k).penn().equals("PRP$"))) {
            k++; // "the", "its breakaway region of X"
        }
        EntityMention m = k < tokens.size() ? view.entityAt(tokens.get(k)) : null;
        if (ArticleView.isPlace(m)) {
            return m;
        }
        int end = k < tokens.size() ? Chunks.end(tokens, k) : k;
        if (end < tokens.size() && Words.is(tokens.get(end), "of")) {
            end = Math.min(tokens.size(), end + 3); // "the city of Aden"
        }
        for (int i = k; i < end; i++) {
            Token t = tokens.get(i);
            EntityMention e = view.entityAt(t);
            if (ArticleView.isPlace(e)) {
                return e;
            }
            if (e == null && !t.pos().equals("ADJ") && !t.pos().equals("NOUN") && !Words.is(t, "of")) {
                return null;
            }
            if (e != null) {
                i = ArticleView.tokenAt(view.sentence(e.sentence()), e.end() - 1);
            }
        }
        return null;
    }

    /**
     * The event, placed in the dateline's city when none of its tellings names a place, its class happens where
     * its people are and it is not dated before the story ("STRELSAU, Aug 12 - Doe met Roe on Tuesday").
     */
    Event placedAtDateline(ArticleView view, Event e) {
        if (e.place() != null || !cues.onsite(e.type()) || beforeDateline(view, e.date())) {
            return e;
        }
        EntityMention city = datelinePlace(view);
        return city == null ? e : new Event(e.type(), e.label(), e.evidence(), e.participants(), e.date(), city, e.host(),
                e.cameo(), e.status(), e.rule(), e.confidence());
    }

    /** "In Strelsau, thousands marched through the city centre": a place phrase before the clause's subject. */
    /**
     * "X happened on Tuesday night, a day after Y cut ties": Y's day is the day before the clause's own day (the day
     * named before "a day after", else the dateline's); "a day before" is the day after. Null when the trigger at
     * {@code ls} is in no such clause or the day is not a calendar day.
     */
    private static TimeMention dayAround(ArticleView view, Sentence s, int ls) {
        List<Token> tokens = s.tokens();
        for (int k = ls - 1; k >= 2 && k >= ls - PLACE_WINDOW; k--) {
            Token t = tokens.get(k);
            if (Words.isPunct(t) && !Words.isComma(t) || Chunks.isVerb(t)) {
                return null;
            }
            if (!Words.isAny(t, "after", "before") || !Words.is(tokens.get(k - 1), "day")
                    || !Words.isAny(tokens.get(k - 2), "a", "one", "the")) {
                continue;
            }
            int anchor = tokens.get(k - 2).begin();
            TimeMention own = view.times(s.index()).stream()
                    .filter(m -> m.end() <= anchor && m.value().matches("\\d{4}-\\d{2}-\\d{2}.*"))
                    .filter(m -> m.begin() >= tokens.get(StatementFinder.contentStart(tokens)).begin())
                    .reduce((a, b) -> b).orElse(datelineDate(view));
            if (own == null || !own.value().matches("\\d{4}-\\d{2}-\\d{2}.*")) {
                return null;
            }
            java.time.LocalDate day = java.time.LocalDate.parse(own.value().substring(0, 10))
                    .plusDays(Words.is(t, "after") ? -1 : 1);
            int end = t.end();
            return new TimeMention(anchor, end, view.text().substring(anchor, end), s.index(), own.type(), day.toString(),
                    "relative:day-" + Words.lower(t));
        }
        return null;
    }

    /** The places joined to {@code first} by "and" or commas ("urged Riyadh and Doha"). */
    private static List<EntityMention> placesJoined(ArticleView view, List<Token> tokens, EntityMention first) {
        List<EntityMention> out = new ArrayList<>();
        int k = tokens.indexOf(tokens.stream().filter(t -> t.begin() >= first.end()).findFirst().orElse(null));
        while (k > 0 && k + 1 < tokens.size() && (Words.is(tokens.get(k), "and") || Words.isComma(tokens.get(k)))) {
            EntityMention next = view.entityAt(tokens.get(k + 1));
            if (!ArticleView.isPlace(next)) {
                break;
            }
            out.add(next);
            k = tokens.indexOf(tokens.stream().filter(t -> t.begin() >= next.end()).findFirst().orElse(null));
        }
        return out;
    }

    /**
     * The travel verb whose purpose the infinitive at {@code start} tells, in the same clause, or -1: "would travel to
     * X next month to meet Y" (the traveller meets Y, in X), "flew to X to sign".
     */
    private int travelledFor(ArticleView view, List<Token> tokens, int start) {
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
                if (m.isPresent() && m.get().trigger().type().equals("Visit")) {
                    return k;
                }
            }
        }
        return -1;
    }

    /**
     * "X and Y last met in Bangkok in December 2014, when they witnessed the signing": an event told in a when-clause
     * after a clause that says where its people were happens there (the last "in/at PLACE" before ", when").
     */
    private static EntityMention whenPlace(ArticleView view, Sentence s, int ls) {
        List<Token> tokens = s.tokens();
        int w = ls - 1;
        while (w > 1 && !(Words.is(tokens.get(w), "when") && Words.isComma(tokens.get(w - 1)))) {
            Token t = tokens.get(w);
            if (Words.isPunct(t) || Words.isAny(t, "that", "which", "who", "where")) {
                return null; // the trigger is past the clause, or in another one
            }
            w--;
        }
        for (int c = w - 2; c > 0 && !Words.isPunct(tokens.get(c)); c--) {
            if (Words.isAny(tokens.get(c), "in", "at") && c + 1 < w && view.timeAt(tokens.get(c + 1)) == null) {
                EntityMention m = placeInPhrase(view, tokens, c + 1); // "in April" is a time, whatever a finder said
                if (m != null) {
                    return m;
                }
            }
        }
        return null;
    }

    /**
     * The place a relative "where" before token {@code ls} stands for: "flew to X, the capital of Y, where he is to
     * meet Z" (X, over an apposition), "arrived in X, where he held talks"; null when no such clause holds the trigger.
     */
    private static EntityMention wherePlace(ArticleView view, Sentence s, int ls) {
        List<Token> tokens = s.tokens();
        int w = ls - 1;
        while (w > 1 && !(Words.is(tokens.get(w), "where") && Words.isComma(tokens.get(w - 1)))) {
            Token t = tokens.get(w);
            if (Words.isPunct(t) && !t.text().equals("-") || Words.isAny(t, "that", "which", "who", "when")) { // "a two-day summit"
                return null; // the trigger is past the relative clause, or in another one
            }
            w--;
        }
        if (w <= 1) {
            return null;
        }
        int k = w - 2;
        for (int c = k; c > 0 && c > k - 10; c--) {
            if (Words.isComma(tokens.get(c))) {
                if (Words.is(tokens.get(c + 1), "the")) {
                    k = c - 1; // "X, the capital of Y, where": the apposition names X again
                }
                break;
            }
        }
        // "will fly to X on Friday, where": over a time after the place
        for (int c = k; c >= 0 && c > k - 6 && !Words.isComma(tokens.get(c)) && !Chunks.isVerb(tokens.get(c)); c--) {
            EntityMention m = view.entityAt(tokens.get(c));
            if (ArticleView.isPlace(m)) {
                return m;
            }
            if (m != null && view.timeAt(tokens.get(c)) == null) {
                return null; // another name stands there
            }
        }
        return null;
    }

    private static EntityMention frontedPlace(ArticleView view, Sentence s, int ls) {
        List<Token> tokens = s.tokens();
        int k = StatementFinder.contentStart(tokens);
        if (k + 2 >= ls || !Words.isAny(tokens.get(k), "in", "at")) {
            return null;
        }
        EntityMention m = placeInPhrase(view, tokens, k + 1);
        if (m == null) {
            return null;
        }
        int after = ArticleView.tokenAt(s, m.end() - 1) + 1;
        return after < ls && Words.isComma(tokens.get(after)) ? m : null;
    }

    /**
     * True when the event's date lies in a month before the dateline's ("last met in Manila in July 1997"); the
     * days just before it ("held talks on Friday" in a Saturday story) are the same trip.
     */
    private static boolean beforeDateline(ArticleView view, TimeMention date) {
        TimeMention dateline = datelineDate(view);
        if (date == null || dateline == null || !date.value().matches("\\d{4}.*")) {
            return false;
        }
        String d = date.value().length() > 7 ? date.value().substring(0, 7) : date.value();
        return d.compareTo(dateline.value().substring(0, d.length())) < 0;
    }

    /** The country named after the city in the story's dateline ("STRELSAU, Ruritania (AP) -"), or null. */
    private static EntityMention datelineCountry(ArticleView view) {
        EntityMention city = datelinePlace(view);
        if (city == null) {
            return null;
        }
        Sentence s = view.sentence(city.sentence());
        int k = ArticleView.tokenAt(s, city.end() - 1) + 1;
        if (city.type() == EntityType.COUNTRY || k + 1 >= s.tokens().size() || !Words.isComma(s.tokens().get(k))) {
            return city.type() == EntityType.COUNTRY ? city : null;
        }
        EntityMention m = view.entityAt(s.tokens().get(k + 1));
        return m != null && m.type() == EntityType.COUNTRY ? m : null;
    }

    /** The city of the story's dateline ("STRELSAU, April 4 (Example Wire) --"), or null when it has none. */
    private static EntityMention datelinePlace(ArticleView view) {
        for (Sentence s : view.sentences()) {
            int own = StatementFinder.contentStart(s.tokens());
            if (own > 0) {
                EntityMention m = view.entityAt(s.tokens().get(0));
                return ArticleView.isPlace(m) ? m : null;
            }
            if (s.index() >= 2) {
                break;
            }
        }
        return null;
    }

    /** The hosts, first in text order: "India and South Africa will hold a business forum" → both. */
    private List<EntityMention> hosts(ArticleView view, ParticipantFinder pf, Sentence s, int ls, int le) {
        EntityMention last = host(view, pf, s, ls, le);
        if (last == null) {
            return List.of();
        }
        List<Token> tokens = s.tokens();
        List<EntityMention> out = new ArrayList<>(List.of(last));
        int k = ArticleView.tokenAt(s, last.begin()) - 1;
        while (k > 0 && (Words.is(tokens.get(k), "and") || Words.isComma(tokens.get(k)))) {
            EntityMention m = view.entityAt(tokens.get(k - 1));
            if (m == null || ArticleView.isDemonym(m) || !(ArticleView.isActor(m) || ArticleView.isPlace(m))
                    || m.type() == EntityType.PERSON != (last.type() == EntityType.PERSON)) {
                break;
            }
            out.add(0, m);
            k = ArticleView.tokenAt(s, m.begin()) - 1;
        }
        return out;
    }

    /**
     * True when the date lies before the story's day: its dateline's ("VIENNA, Nov. 11 --"), else its
     * publication day. A page published later still tells of plans made on the dateline's day.
     */
    private static boolean beforeStoryDay(ArticleView view, TimeMention date) {
        return compareToStoryDay(view, date) < 0;
    }

    /**
     * Whether a verb trigger is negated inside its verb group ("did not meet", "has never visited", "not to travel",
     * "won't attend"), or a noun trigger by "no" ("no talks were held", "no direct talks").
     */
    static boolean negated(List<Token> tokens, int start, boolean verb) {
        for (int k = start - 1; k >= 0 && start - k <= 4; k--) {
            Token t = tokens.get(k);
            if (Words.isAny(t, "not", "n't", "never", "no")) {
                boolean notOnly = k + 1 < tokens.size() && Words.is(tokens.get(k + 1), "only"); // "not only met X but"
                return !notOnly && (verb ? !Words.is(t, "no") : Words.is(t, "no"));
            }
            String pos = t.pos();
            boolean inGroup = verb ? pos.equals("AUX") || pos.equals("ADV") || pos.equals("PART") || t.penn().equals("TO")
                    : pos.equals("ADJ") || pos.equals("NUM") || pos.equals("NOUN") && k == start - 1;
            if (!inGroup) {
                return false;
            }
        }
        return false;
    }

    /** Negative, zero or positive as the date lies before, on or after the story's day; zero when either is unknown. */
    private static int compareToStoryDay(ArticleView view, TimeMention date) {
        var published = view.extraction().text().article().published();
        TimeMention dateline = datelineDate(view);
        boolean datelineDay = dateline != null && dateline.value().matches("\\d{4}-\\d{2}-\\d{2}.*");
        if (published == null && !datelineDay || !date.value().matches("\\d{4}(-\\d{2}){0,2}.*")) {
            return 0;
        }
        String day = datelineDay ? dateline.value().substring(0, 10) : published.date().toString();
        String value = date.value().length() > 10 ? date.value().substring(0, 10) : date.value();
        return value.compareTo(day.substring(0, Math.min(day.length(), value.length())));
    }

    /** "the 1992 Consensus", "the 2015 Accord": a bare year inside a capitalized name is no date of the event. */
    private static boolean inName(Sentence s, TimeMention t) {
        List<Token> tokens = s.tokens();
        int after = ArticleView.tokenAt(s, t.end() - 1) + 1;
        return t.value().matches("\\d{4}") && after < tokens.size() && tokens.get(after).isCapitalized()
                && !Words.isPunct(tokens.get(after)) && ArticleView.tokenAt(s, t.begin()) > 0
                && Words.is(tokens.get(ArticleView.tokenAt(s, t.begin()) - 1), "the");
    }

    /** "on March 5, ahead of the visit": an anchor within two words after a date that stands before the trigger. */
    private boolean anchorRightAfter(List<Token> tokens, int afterDate, int ls) {
        return cues.anchorBetween(tokens, afterDate, Math.min(ls, afterDate + 2));
    }

    /** "X hosts/holds [the ...] TRIGGER", "X in holding a ... summit", "TRIGGER hosted by X". */
    private EntityMention host(ArticleView view, ParticipantFinder pf, Sentence s, int ls, int le) {
        List<Token> tokens = s.tokens();
        for (int j = ls - 1; j >= 0 && j >= ls - HOST_WINDOW; j--) {
            Token t = tokens.get(j);
            String kind = cues.hostKind(t);
            if (kind != null && t.pos().equals("VERB")) {
                int k = j - 1;
                while (k >= 0 && (tokens.get(k).pos().equals("ADV") || tokens.get(k).pos().equals("AUX")
                        || Words.isAny(tokens.get(k), "in", "to", "will"))) {
                    k--;
                }
                EntityMention m = k >= 0 ? view.entityAt(tokens.get(k)) : null;
                boolean fits = m != null && !ArticleView.isDemonym(m) && (ArticleView.isActor(m) || ArticleView.isPlace(m))
                        && (kind.equals("any") || m.type() != EntityType.PERSON);
                return fits ? m : null;
            }
            String pos = t.pos();
            boolean np = pos.equals("DET") || pos.equals("ADJ") || pos.equals("PROPN") || pos.equals("NOUN")
                    || pos.equals("NUM") || t.text().equals("-") || view.entityAt(t) != null;
            if (!np) {
                break;
            }
        }
        // "a summit hosted by X", "a summit of the Union in the Ruritanian capital X, hosted by Y": the first verb
        // after the trigger's phrases
        for (int k = le; k + 2 < tokens.size() && k < le + HOST_WINDOW * 4; k++) {
            Token t = tokens.get(k);
            if (Words.is(t, "host") && Words.is(tokens.get(k + 1), "by")) {
                List<Participant> by = pf.objects(s, k + 2, "host");
                return by.isEmpty() ? null : by.get(0).mention();
            }
            if (Chunks.isVerb(t) || t.text().equals(";") || Words.isAny(t, "who", "which", "that")) {
                break;
            }
        }
        return null;
    }

    /**
     * The time mention overlapping the label, else the closest concrete one in the sentence that is no
     * reference point; for calls, meetings, visits and signings told without a date, the one day named in the
     * sentence before ("... said Xi on Thursday. Xi made the remarks in his phone conversation ...").
     */
    /**
     * True when the noun at {@code ls} stands in what an appeal or demand asks for: after its verb and a "that" or an
     * infinitive, in the same clause ("demanded that Prague open direct talks", "urged both sides to resume talks").
     */
    private boolean asked(ArticleView view, List<Token> tokens, int ls) {
        boolean clause = false;
        for (int k = ls - 1; k >= 0 && k >= ls - PLACE_WINDOW; k--) {
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
    private boolean askedFor(ArticleView view, List<Token> tokens, int ls) {
        for (int k = ls - 1; k >= 0 && k >= ls - PLACE_WINDOW; k--) {
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

    /** Appeals, demands, pledges and threats: a day after them in an infinitive is the day of what they ask or promise. */
    private static boolean aboutLater(String type) {
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

    private TimeMention date(ArticleView view, Sentence s, int ls, int le, String type, boolean verb) {
        List<Token> tokens = s.tokens();
        int lb = tokens.get(ls).begin();
        int lend = tokens.get(le - 1).end();
        int own = tokens.get(StatementFinder.contentStart(tokens)).begin();
        // A dateline's date ("PRETORIA, June 12 -") is the story's, not the event's.
        List<TimeMention> times = view.times(s.index()).stream()
                .filter(t -> StatementFinder.concrete(t) && t.begin() >= own).toList();
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
                    || ti < ls && inRelativeClause(tokens, ti, ls)
                    || ti >= le && cues.anchorBetween(tokens, le, ti)
                    || (verb || aboutLater(type)) && ti >= le && infinitiveBetween(tokens, le, ti)
                    || ti >= le && coordinatedClauseBetween(tokens, le - 1, ti) // "thanked X and said ... next month"
                    || ti < ls && coordinatedClauseBetween(tokens, ti, ls) && reportedBefore(tokens, ti)
                    || ti < ls && anchorRightAfter(tokens, ArticleView.tokenAt(s, t.end() - 1) + 1, ls)
                    || ti < ls && !verb && cues.consequenceBetween(tokens, ti, ls)) {
                continue;
            }
            int d = ti < ls ? ls - ti : Math.max(0, ti - le);
            if (ti < ls && coordinatedClauseBetween(tokens, ti, ls)) {
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
        if (pastTense(view, tokens, ls, verb)) {
            // "X met Y" with no day of its own in a story datelined "CITY, Nov. 11": that day
            TimeMention dateline = datelineDate(view);
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
        List<TimeMention> days = view.times(s.index() - 1).stream()
                .filter(t -> t.value().matches("\\d{4}-\\d{2}-\\d{2}.*")).toList();
        long distinct = days.stream().map(t -> t.value().substring(0, 10)).distinct().count();
        return distinct == 1 ? days.stream().min(Comparator.comparingInt(TimeMention::begin)).get() : null;
    }
}
