package org.newskg.extract.fact;

import java.util.ArrayList;
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
 * tags and mentions: participants (through {@link ParticipantFinder} and {@link EventParties}), the date
 * ({@link EventDates}), the place and host ({@link EventPlaces}) and the status ("concluded", "next"), with the
 * clause read by {@link Clauses}; the label's words are read by {@link TellingSpan}, and the status, date and place
 * fallbacks around the clause by {@link TellingCircumstances}. Each mention is one {@link EventMerger.Told}; the merger then joins the
 * tellings of one event.
 *
 * <pre>{@code
 * List<EventMerger.Told> told = finder.find(view, participants);
 * }</pre>
 * Immutable and thread-safe.
 */
final class EventFinder {

    /** The rule of an event a trigger found: this prefix and the trigger's phrase. */
    static final String TRIGGER_RULE = "trigger:";
    /** How many words back a participle's "keep"/"remain" may stand ("keep the two disputed islands occupied"). */
    private static final int STATE_VERB_REACH = 6;

    /** How a participant called is read: "spoke with Roe", "telephoned Roe", "his counterpart Roe". */
    private static final java.util.Set<String> CALLED = java.util.Set.of("with-object", "object", "apposition");
    /** The parts of speech of the people told between a topic verb and its matter ("brief NATO foreign ministers on"). */
    private static final java.util.Set<String> OBJECT_TAGS = java.util.Set.of("NOUN", "PROPN", "ADJ", "DET", "NUM");

    private final TriggerLexicon triggers;
    private final EventCues cues;
    private final EventReference references;
    private final Clauses clauses;
    private final EventDates dates;
    private final EventPlaces places;
    private final EventParties parties;
    private final EventTargets targets;
    private final TellingCircumstances circumstances;

    EventFinder(TriggerLexicon triggers, EventCues cues) {
        this.triggers = triggers;
        this.cues = cues;
        this.references = new EventReference(triggers, cues);
        this.clauses = new Clauses(triggers, cues);
        this.dates = new EventDates(cues);
        this.places = new EventPlaces(triggers, cues);
        this.parties = new EventParties(cues, references);
        this.targets = new EventTargets(triggers, cues, references, parties);
        this.circumstances = new TellingCircumstances(cues, dates);
    }

    List<EventMerger.Told> find(ArticleView view, ParticipantFinder participants) {
        List<EventMerger.Told> out = new ArrayList<>();
        for (Sentence s : view.sentences()) {
            Cancellation.checkpoint();
            List<Token> tokens = s.tokens();
            List<EventMerger.Told> own = new ArrayList<>();
            List<Integer> judging = new ArrayList<>();
            int tailFrom = -1;
            int tailTo = -1;
            for (int i = 0; i < tokens.size(); i++) {
                if (i >= tailFrom && i < tailTo) {
                    continue; // "suspended the signing of ...", "lodged a solemn protest": the words after a gap are the phrase's
                }
                Optional<TriggerLexicon.Match> m = triggers.longestAt(view.text(), tokens, i);
                if (m.isPresent() && m.get().trigger().needs().equals("evaluation")) {
                    judgment(view, participants, s, m.get(), out, judging).ifPresent(own::add);
                } else if (m.isPresent() && insideOrganizationName(view, tokens, m.get())) {
                    i = m.get().end() - 1; // "the Ruritanian Defence Treaty Organization", "Zenda Forum ministers": a body named
                    continue;
                } else if (m.isPresent() && calledOffByMishap(tokens, m.get())) {
                    i = m.get().reach() - 1; // "cancelled the trip because of the floods": no act against anyone, nor a trip
                    continue;
                } else if (m.isPresent() && inProtestOfAnAct(tokens, m.get(), own)) {
                    i = m.get().end() - 1; // "recalled its ambassador in protest": the manner of the recall, no rally
                    continue;
                } else if (m.isPresent()) {
                    // A view, not a copy: copying every earlier event for each trigger made long articles quadratic.
                    Optional<List<EventMerger.Told>> found = told(view, participants, s, m.get(), concat(out, own))
                            .map(t -> oneCallEach(t, separately(tokens, m.get().end())));
                    found.ifPresent(own::addAll);
                    if (found.isPresent() && m.get().reach() > m.get().end()) {
                        // but "agreed to impose a package of sanctions", no act of its own: the noun still tells the sanctions
                        tailTo = m.get().reach();
                        tailFrom = tailTo - afterGap(m.get().trigger());
                    }
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
     * "Japan recalled its ambassador in protest", "expelled two diplomats in protest at the arrests": the noun "protest"
     * after "in" says why an act already told in the sentence was done; it is no protest of its own. With no coded act
     * before it ("quit the institutions in protest") the words still tell the protest.
     */
    private static boolean inProtestOfAnAct(List<Token> tokens, TriggerLexicon.Match m, List<EventMerger.Told> own) {
        return m.trigger().type().equals("Protest") && m.start() > 0 && Words.is(tokens.get(m.start() - 1), "in")
                && Words.is(tokens.get(m.start()), "protest")
                && own.stream().anyMatch(t -> t.event().cameo() != null && !t.event().cameo().startsWith("14"));
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
        List<Participant> sources = pf.subject(s, v).stream().map(p -> p.as(Participant.SOURCE)).toList();
        if (sources.isEmpty()) {
            return Optional.empty();
        }
        // "called the North Korean ban 'unacceptable'", "called the move 'unfriendly'": whose act is judged, read as for
        // a directed verb's object
        Map<String, Participant> actors = new LinkedHashMap<>();
        sources.forEach(p -> add(actors, p));
        targets.ofDirected(view, pf, s, object, null, earlier, actors);
        List<Participant> people = new ArrayList<>(actors.values());
        judging.add(tokens.get(v).begin());
        TriggerLexicon.Trigger trigger = m.trigger();
        String label = view.text().substring(tokens.get(v).begin(), tokens.get(m.end() - 1).end());
        Evidence evidence = new Evidence(s.index(), tokens.get(m.start()).begin(), tokens.get(m.end() - 1).end());
        Event e = new Event(trigger.type(), label, List.of(evidence), EventParties.directed(people, false, trigger.cameo()),
                dates.date(view, s, v, v + 1, trigger.type(), true), null, null, trigger.cameo(), null,
                TRIGGER_RULE + trigger.phrase(), 0.7);
        return Optional.of(new EventMerger.Told(e, false, false, label, true));
    }

    /**
     * A trigger word that is part of an organization's name and no event: a word of the name before its last ("the
     * Collective Defence Treaty Organization"), or the name's last word when the name modifies a noun after it ("met
     * Zenda Forum foreign ministers"). A name ending in the word alone ("attended the Zenda Forum") may be a gathering.
     */
    private static boolean insideOrganizationName(ArticleView view, List<Token> tokens, TriggerLexicon.Match m) {
        EntityMention name = view.entityAt(tokens.get(m.start()));
        if (name == null || name.type() != EntityType.ORGANIZATION || name.begin() >= tokens.get(m.start()).begin()) {
            return false;
        }
        int last = m.end() - 1;
        if (name.end() > tokens.get(last).end()) {
            return true;
        }
        return name.end() == tokens.get(last).end() && m.end() < tokens.size()
                && (tokens.get(m.end()).penn().startsWith("NN") || tokens.get(m.end()).penn().startsWith("JJ")) && view.entityAt(tokens.get(m.end())) == null;
    }

    /** A verb that reduces relations, then a natural or chance cause: "cancelled the trip because of the floods". */
    private boolean calledOffByMishap(List<Token> tokens, TriggerLexicon.Match m) {
        return m.trigger().pos().equals("VERB") && m.trigger().type().equals("ReduceRelations")
                && cues.mishapCauseAfter(tokens, m.reach());
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
        boolean forceVerb = CameoCodes.force(trigger.cameo()) && Chunks.isVerb(tokens.get(m.start()));
        if (ReferenceReadings.visiting(tokens, m.start()) || ReferenceReadings.visitingName(view, tokens, m.start())) {
            return Optional.empty(); // "the visiting minister", "with visiting Premier Doe": who is meant, not a visit told of
        }
        if (Clauses.negated(tokens, m.start(), verb) || !verb && Clauses.objectOfNegated(tokens, m.start())) {
            return Optional.empty(); // "told them not to travel", "did not meet", "no talks were held": nothing happened
        }
        if (verb && Clauses.hypothetical(tokens, m.start())) {
            return Optional.empty(); // "if it were attacked", "until Doe is released": nothing happened or is planned
        }
        trigger = recoded(trigger, tokens, m.start(), verb, forceVerb);
        trigger = courtesyCall(pf, s, trigger, m.end(), verb);
        if ("040".equals(trigger.cameo()) && tokens.get(m.start()).penn().equals("VBG") && summitAfter(view, tokens, m.end())) {
            // "The leaders, meeting at a summit in Brussels, ...": the gathering is the summit the participle names
            trigger = triggers.byPhrase("summit").orElse(trigger);
        }
        int ls = verb ? m.start() : TellingSpan.extendLeft(view, s, m.start());
        int le = TellingSpan.extendRight(tokens, trigger, m.end());
        int np = Chunks.start(tokens, ls);
        if (toldOtherwise(view, s, m.start(), trigger, verb, ls, earlier)) {
            return Optional.empty();
        }
        int contact = verb ? -1 : clauses.contactClauseVerb(view, s, le);
        final Map<String, Participant> people = new LinkedHashMap<>();
        // CAMEO-coded interactions have a direction, as GDELT codes them: the subject acts (source), the objects are
        // acted on or with (target)
        boolean coded = trigger.cameo() != null;
        String holderRole = trigger.type().equals("Presidency") ? "holder" : coded ? Participant.SOURCE : "participant";
        for (int k = ls; k < m.start(); k++) {
            EntityMention e = view.entityAt(tokens.get(k));
            if (ArticleView.isActor(e)) {
                add(people, new Participant(e, "participant", "modifier"));
            } else if (!verb && CameoCodes.force(trigger.cameo()) && e != null && ArticleView.isDemonym(e)) {
                add(people, new Participant(e, Participant.SOURCE, "coref:government")); // "a Ruritanian air strike": Ruritania's
            }
        }
        // "The two sides are expected to sign": the sides of the talks told just before, rather than the last two
        // countries named, which may be any two of those the talks were about
        Optional<String> group = pf.groupSubject(s, ls);
        List<EntityMention> sides = group.filter("group-parties"::equals).map(k -> EventParties.lastPair(pf, earlier, s.index(), k))
                .or(() -> group.filter("group-people"::equals).map(k -> EventParties.hostedPair(earlier, s.index())))
                .orElse(List.of());
        sides.forEach(e -> add(people, new Participant(e, holderRole, "coref:group")));
        // "Estonia had threatened to delay the signing": who holds an act up takes no part in it
        boolean heldUp = !verb && np > 0 && cues.isObstructing(tokens.get(np - 1));
        for (Participant p : sides.isEmpty() && !heldUp ? pf.subject(s, ls) : List.<Participant>of()) {
            add(people, p.as(holderRole));
        }
        if (people.isEmpty() && verb && coded && !CameoCodes.force(trigger.cameo())) {
            // "said Kuala Lumpur had urged": a city that speaks or deals with others speaks for its government
            pf.citySubject(s, ls).forEach(p -> add(people, p.as(holderRole)));
        } else if (people.isEmpty() && verb && coded && !Clauses.passive(tokens, ls)) {
            // "Strelsau launched air strikes on Zenda": a capital using force acts for its government as one speaking
            // does (not any town: "Zenda fell", a place and no actor)
            pf.capitalSubject(s, ls).forEach(p -> add(people, p.as(holderRole)));
        }
        pf.possessive(s, ls).forEach(p -> add(people, p));
        int modified = verb && coded && CameoCodes.directedAt(trigger.cameo()) ? Clauses.reducedRelativeObject(tokens, m.start()) : -1;
        if (modified >= 0) {
            // "Poland expelled nine Russian diplomats accused of spying": the ones accused are the noun phrase the
            // participle hangs on, the accuser the subject of the verb whose object that phrase is
            people.clear();
            pf.subject(s, modified - 1).forEach(p -> add(people, p.as(Participant.SOURCE)));
            pf.objects(s, modified, "object").forEach(p -> add(people, p.as(Participant.TARGET)));
        }
        int issuer = verb && coded && people.values().stream().noneMatch(p -> p.role().equals(Participant.SOURCE))
                ? Clauses.documentIssued(tokens, m.start(), cues) : -1;
        if (issuer >= 0) {
            // "The council adopted a resolution urging X", "issued a statement condemning X": the act of the body that
            // adopted or issued the text
            pf.subject(s, issuer).forEach(p -> add(people, p.as(Participant.SOURCE)));
        }
        int governing = verb ? clauses.travelledFor(view, tokens, m.start()) : pf.governingVerb(s, ls);
        int caller = verb && governing < 0 && people.isEmpty() ? clauses.calledFor(view, tokens, m.start()) : -1;
        if (caller >= 0) {
            pf.subject(s, caller).forEach(p -> add(people, p.as(holderRole))); // "telephoned Y to thank him": the caller thanks
        }
        if (governing >= 0 && people.isEmpty()) {
            pf.subject(s, governing).forEach(p -> add(people, p.as(holderRole)));
            if (!verb && "041".equals(trigger.cameo()) && !people.isEmpty()) {
                // "X thanked Y for his help in a telephone call", "X spoke with Y in a telephone call": the one the verb
                // addresses was on the line too
                int object = governing;
                while (object < tokens.size() && Chunks.is(tokens, object, "VP")) {
                    object++;
                }
                if (object + 1 < tokens.size() && Words.isAny(tokens.get(object), "with", "to")) {
                    object++; // "X spoke with Y in a telephone call": the one spoken with
                }
                pf.objects(s, object, "object").stream().filter(p -> p.mention().type() == EntityType.PERSON)
                        .forEach(p -> add(people, p.as(holderRole)));
            }
        }
        if (people.isEmpty() && group.isPresent()) {
            // "The two leaders agreed", with more people named around than two: the two of the event told before
            EventParties.lastPair(pf, earlier, s.index(), group.get()).forEach(e -> add(people, new Participant(e, holderRole, "coref:group")));
        }
        List<Participant> grouped = people.values().stream().filter(p -> p.via().equals("coref:group")).toList();
        List<EntityMention> opened = grouped.isEmpty() ? List.of() : EventParties.openingConsultation(view.text(), s, triggers, earlier);
        if (!opened.isEmpty() && opened.stream().map(EntityMention::type).collect(java.util.stream.Collectors.toSet())
                .equals(grouped.stream().map(p -> p.mention().type()).collect(java.util.stream.Collectors.toSet()))) {
            // "After the talks, the two leaders witnessed the signing": the two of those talks, not the last two named
            String role = grouped.get(0).role();
            people.values().removeIf(p -> p.via().equals("coref:group"));
            opened.forEach(e -> add(people, new Participant(e, role, "coref:group")));
        }
        if (verb && cues.isMutual(tokens.get(m.start()))) {
            // "'We agreed that our experts should resume their work,' Doe said" after meeting Roe: "we" are both
            EventParties.weSides(earlier, s.index(), people.values())
                    .forEach(e -> add(people, new Participant(e, holderRole, ParticipantFinder.WE)));
        }
        int receiver = verb ? -1 : np - 1;
        if (cues.isReceivingVerb(tokens, receiver)) {
            // "Doe secured Roe's backing", "won his support", "gained the backing of Roe": given to the subject
            List<Participant> given = EventParties.received(view, pf, s, receiver, m.start(), le);
            people.clear();
            given.forEach(p -> add(people, p));
        }
        // "will join the Geneva talks", "the Camp David summit": a city or building naming a meeting is where it is held
        // (not an accord: "the Oslo accords" were signed elsewhere)
        EntityMention place = !verb && cues.onsite(trigger.type()) && !trigger.type().equals("Agreement")
                ? EventPlaces.namingPlace(view, tokens, ls, m.start()) : null;
        boolean personObject = false;
        List<Participant> authors = List.of();
        if (!verb && trigger.type().equals("Visit") && m.start() > 0 && Words.is(tokens.get(m.start() - 1), "to")
                && le < tokens.size() && ArticleView.isPlace(view.entityAt(tokens.get(le)))) {
            place = view.entityAt(tokens.get(le)); // "an invitation to visit X", the tagger reading "visit" as a noun: X
        }
        if (verb) {
            EntityMention visited = null;
            int k = le < tokens.size() && Words.is(tokens.get(le), "the") ? le + 1 : le; // "visited the National Assembly"
            EntityMention first = k < tokens.size() ? view.entityAt(tokens.get(k)) : null;
            boolean pledged = CameoCodes.pledge(trigger.cameo()) && !trigger.cameo().startsWith("13");
            // "demonstrated in X", "rallied in X": a trigger ending in "in" says where, not at whom
            boolean saysWhere = Words.isAny(tokens.get(m.end() - 1), "in", "at");
            // "accused Moscow of ...": a capital acted on by words stands for its government, as a capital subject does
            boolean forGovernment = coded && !CameoCodes.force(trigger.cameo()) && !trigger.type().equals("Visit");
            if (ArticleView.isPlace(first) && CameoCodes.directedAt(trigger.cameo()) && !saysWhere) {
                // "criticized Strelsau": the capital's government; "offered Latvia's full backing": the giver
                boolean giver = pledged && clauses.given(view, s, first);
                Participant object = new Participant(first, giver ? Participant.SOURCE : Participant.TARGET, "object");
                add(people, giver || !forGovernment ? object : governmentOf(pf, object));
                EventPlaces.placesJoined(view, tokens, first).forEach(p -> add(people, new Participant(p, Participant.TARGET, "object")));
            } else if (ArticleView.isPlace(first) && (first.type() != EntityType.COUNTRY || saysWhere)
                    || trigger.type().equals("Visit") && (ArticleView.isPlace(first)
                    || first != null && first.type() == EntityType.ORGANIZATION && !ArticleView.isDemonym(first))) {
                // "visited Moscow", "visit Chile": where, not who; "visited the National Assembly": not who either, but
                // a body is no place
                place = ArticleView.isPlace(first) ? first : null;
                visited = first;
            } else if (trigger.type().equals("Visit") && first == null && EventPlaces.placeInPhrase(view, tokens, le) != null) {
                place = EventPlaces.placeInPhrase(view, tokens, le); // "visit the southwestern city of Kunming": where
                visited = place;
            } else if (Words.is(tokens.get(m.start()), "warn") && k + 1 < tokens.size() && Words.is(tokens.get(k), "that")) {
                // "Doe warned that Ruritania would face ...": the one warned is the clause's subject
                EventTargets.warned(pf, s, List.copyOf(people.values()), k + 1).forEach(p -> add(people, p.as(Participant.TARGET)));
            }
            if (forceVerb && Words.is(tokens.get(m.end() - 1), "into") && visited == null) {
                // "sent troops into its breakaway region of X": force used on X, in X
                visited = EventPlaces.placeInPhrase(view, tokens, le);
                place = visited;
                if (visited != null) {
                    add(people, new Participant(visited, Participant.TARGET, "into-object"));
                }
            }
            EntityMention where = visited;
            List<Participant> object = pf.objects(s, le, "object").stream().filter(p -> p.mention() != where).toList();
            List<EntityMention> own = object.stream().anyMatch(p -> p.via().equals("coref:group") && p.mention().type() == EntityType.PERSON)
                    ? EventParties.ownPair(earlier, s.index(), people.values().stream().map(Participant::mention).toList()) : List.of();
            if (!own.isEmpty()) {
                // "Doe is due to meet both leaders again": the two Doe brought together, not the last two leaders named
                object = java.util.stream.Stream.concat(object.stream().filter(p -> !p.via().equals("coref:group")),
                        own.stream().map(e -> new Participant(e, "participant", "coref:group"))).toList();
            }
            personObject = object.stream().anyMatch(p -> p.mention().type() == EntityType.PERSON);
            // "offered the Netherlands' full backing", "offered Ankara's help": the owner of what is offered gives it
            authors = coded && CameoCodes.directedAt(trigger.cameo()) && !pledged ? EventParties.madeBy(s, pf, le) : List.of();
            if (authors.isEmpty()) {
                object.stream().map(p -> forGovernment ? governmentOf(pf, p) : p).forEach(p -> add(people, !coded ? p
                        : pledged && clauses.given(view, s, p.mention()) ? p.as(Participant.SOURCE) : p.as(Participant.TARGET)));
            }
        }
        if (verb && trigger.type().equals("Visit") && m.reach() > m.end() && m.reach() < tokens.size()) {
            // "will leave X for Y": a trip is placed where it goes, not where it sets out from
            EntityMention destination = EventPlaces.placeInPhrase(view, tokens, m.reach());
            place = destination != null ? destination : place;
        }
        // "recalled its ambassador in Harare": where the envoy serves is the country acted on, not where the act was
        EntityMention post = verb && coded && cues.isPostEnding(tokens, m.reach()) ? EventPlaces.postedIn(view, tokens, m.reach()) : null;
        if (post != null) {
            add(people, new Participant(pf.countryOfCity(post), Participant.TARGET, "post"));
        }
        if (contact >= 0) {
            // "the talks he held in X on Monday with Y": the clause's subject and "with" object took part
            pf.subject(s, contact).forEach(p -> add(people, p.as(holderRole)));
            parties.withInClause(s, pf, contact + 1).forEach(p -> add(people, p.as(coded ? Participant.TARGET : "participant")));
        }
        // "a summit of the Union": a summit is a consultation (CAMEO 04) though newskg gives it no code of its own
        List<Participant> after = parties.objectsAfter(view, s, pf, le, trigger.type().equals("Summit") ? "04" : trigger.cameo());
        if (after.isEmpty() && verb && m.reach() > le) {
            // "extended a loan of 40 billion crowns to Ruritania": the words after the phrase's object ("loan") are
            // read from its end, as they are after a one-word trigger
            after = parties.objectsAfter(view, s, pf, m.reach(), trigger.cameo());
        }
        if (!verb && !after.isEmpty() && after.stream().allMatch(p -> p.via().equals("of-object")) && cues.preparedAt(tokens, np)) {
            // "X and Y asked for an urgent meeting of the Council": the body meets; who asks for its meeting is not in it
            people.clear();
        }
        after.forEach(p -> add(people, p));
        if (!authors.isEmpty()) {
            // "criticized a resolution on Taiwan adopted by the House": aimed at who made the text, not what it is about
            people.values().removeIf(p -> p.role().equals(Participant.TARGET));
            authors.forEach(p -> add(people, p.as(Participant.TARGET)));
        }
        if (!verb && (trigger.type().equals("Summit") || trigger.cameo() != null && trigger.cameo().startsWith("04"))) {
            parties.attendees(s, pf, le).forEach(p -> add(people, p));
            EventParties.takingPart(s, pf, ls, le).forEach(p -> add(people, p));
        }
        List<EntityMention> hosts = places.hosts(view, pf, s, ls, le);
        EntityMention host = hosts.isEmpty() ? null : hosts.get(0);
        boolean passive = verb && Clauses.passive(tokens, m.start());
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
        if (verb && SummonedEnvoys.SUMMONS.equals(trigger.cameo())) {
            // "called in Ruritania's ambassador", "Ruritania's ambassador was summoned to the foreign ministry": the
            // envoy's country is acted on; in the passive the ministry's (else the dateline's) country summons
            (passive ? SummonedEnvoys.passiveEnvoyCountry(view, cues, tokens, m.start())
                    : SummonedEnvoys.objectEnvoyCountry(view, cues, tokens, m.end()))
                    .ifPresent(c -> add(people, new Participant(c, Participant.TARGET, ArticleView.isDemonym(c) ? "coref:demonym" : "post")));
            if (passive && !people.isEmpty() && people.values().stream().noneMatch(p -> p.via().equals("by-object"))) {
                SummonedEnvoys.passiveSummoner(view, pf, s, m.start()).ifPresent(p -> add(people, p));
            }
        }
        if (trigger.type().equals("Visit") && host == null && people.values().stream().noneMatch(p -> p.role().equals(Participant.TARGET))) {
            List<EntityMention> visitors = people.values().stream().map(Participant::mention).toList();
            new VisitTargets(view, pf, cues).find(s, ls, le, visitors).forEach(h -> add(people, h));
        }
        if (!trigger.type().equals("Visit") && VisitTargets.invited(s, ls)) {
            // "Roe has invited the ministers to talks in X": who calls the talks takes part in them
            new VisitTargets(view, pf, cues).inviter(s, ls, List.of())
                    .ifPresent(h -> add(people, new Participant(h, "participant", "inviter")));
        }
        if (verb && CameoCodes.directedAt(trigger.cameo())) {
            targets.ofDirected(view, pf, s, le, trigger.cameo(), earlier, people);
        }
        if (verb) {
            EventTargets.coordinatedTargets(tokens, m.start(), trigger.cameo(), earlier, s.index(), people)
                    .forEach(p -> add(people, p));
        }
        // "Gunmen attacked the village of Tawila", "guerrillas shelled the town of X": force whose attacker the text does
        // not name is still an event, where it struck
        EntityMention struck = forceVerb && people.isEmpty() && !passive ? EventPlaces.placeInPhrase(view, tokens, le) : null;
        // "Security forces seized the headquarters": coercion by a state's unnamed forces is still an act (force by them
        // is not kept: whose army fired is what a reader needs, and the nearest country named is often a mediator's)
        boolean unowned = people.isEmpty() && verb && CameoCodes.coercion(trigger.cameo()) && pf.unownedForcesSubject(s, ls);
        if (people.isEmpty() && CameoCodes.bombing(trigger.cameo())) {
            // "A car bomb exploded outside the Ruritanian Embassy": a bomb at a country's mission is aimed at that country
            parties.missionOf(view, s, le).ifPresent(p -> add(people, p));
        }
        if (trigger.needs().equals("participant") && people.isEmpty() && struck == null && !unowned) {
            return Optional.empty();
        }
        if (struck != null && place == null) {
            place = struck;
        }
        targets.ofOthers(view, pf, s, trigger, verb, le, earlier, people);
        if (trigger.cameo() != null && trigger.cameo().startsWith("14")) {
            foreignProtest(people);
        }
        if (forceVerb && people.values().stream().noneMatch(p -> p.role().equals(Participant.TARGET))) {
            // "shelled the Azerbaijani town of Tartar": force used on the town's country, in the town
            EntityMention town = EventPlaces.placeInPhrase(view, tokens, le);
            EntityMention country = town == null || town.type() == EntityType.COUNTRY ? null : EventPlaces.demonymBefore(view, s, le, town);
            if (country != null) {
                add(people, new Participant(country, Participant.TARGET, "coref:demonym"));
                place = place == null ? town : place;
            }
        }
        if (trigger.type().equals("Visit") && !passive) {
            // "left for X with his Ruritanian and Borduran counterparts, A and B": they travel together
            people.replaceAll((k, p) -> p.via().equals(NounPhraseObjects.COUNTERPARTS) ? p.as(Participant.SOURCE) : p);
        }
        List<Participant> parties = EventParties.counterparts(EventParties.directed(people.values(), passive, trigger.cameo()));
        if (place == null) {
            place = places.place(view, s, contact >= 0 ? contact + 1 : le, trigger.type(), trigger.cameo());
        }
        if (place != null && SummonedEnvoys.SUMMONS.equals(trigger.cameo()) && actedOn(place, post, parties, trigger.cameo())) {
            place = null; // "In X, the ministry called in Ruritania's ambassador": the envoy's country is no scene, X is
        }
        if (place == null && m.reach() > le && tokens.get(m.reach() - 1).penn().startsWith("VB")) {
            // "forced the airliner to land in X": a phrase whose words after its object end in a verb acts where that verb does
            place = places.place(view, s, m.reach(), trigger.type(), trigger.cameo());
        }
        int statusVerb = verb || Clauses.possessed(view, s, ls) ? -1 : cues.statusVerbAfter(tokens, le);
        if (place == null && statusVerb > le && np == 0) {
            // "Talks between X, ..., and Y are expected in Tehran next month": said of the talks, past their parties
            place = places.place(view, s, Chunks.end(tokens, statusVerb), trigger.type(), trigger.cameo());
        }
        if (place == null && governing >= 0) {
            place = places.place(view, s, Chunks.end(tokens, governing), "Visit", null); // "travel to X for a meeting": in X
        }
        if (place == null && governing >= 0) {
            place = places.visitedObject(view, tokens, governing); // "will visit X on Monday for talks with Y": in X
        }
        // "will meet Z on Wednesday before flying to B": a gerund adjunct is planned and dated as its clause is
        int head = verb ? pf.adjunctHead(s, m.start()) : -1;
        String status = circumstances.status(tokens, s, m.start(), trigger, verb, ls, le, head, governing);
        // "will visit X next week despite attacks by Y": what a concession grants has happened, whatever its clause tells
        boolean conceded = !verb && np > 0 && Words.is(tokens.get(np - 1), "despite");
        if (conceded) {
            status = null;
        }
        boolean pledgedNow = "planned".equals(status) && verb && CameoCodes.pledge(trigger.cameo()) && m.start() > 0
                && Words.is(tokens.get(m.start() - 1), "will");
        if (pledgedNow) {
            status = null; // "We will stand by you": the pledge is made, what it promises lies ahead
        }
        boolean possessed = !verb && Clauses.possessed(view, s, ls);
        TimeMention date = circumstances.date(view, s, m.start(), trigger, verb, ls, le, m.reach(), head, governing, status, pledgedNow, possessed);
        if (date == null && verb && CameoCodes.spoken(trigger.cameo()) && (tokens.get(m.start()).penn().equals("VBP") || tokens.get(m.start()).penn().equals("VBZ"))) {
            date = pf.saidOn(tokens.get(m.start())); // "'We strongly oppose X's actions,' Doe said on Monday": that day
        }
        if (promisedNow(tokens, m, trigger, verb) && date != null && date.sentence() == s.index()
                && date.begin() > tokens.get(m.start()).begin()) {
            // "said Malaysia would send a second aid flight next week": the day of the act promised, not of the promise,
            // which is made when said
            date = Optional.ofNullable(pf.saidOn(tokens.get(m.start()))).orElse(Dateline.date(view));
        }
        if (status == null && verb && SummonedEnvoys.SUMMONS.equals(trigger.cameo())) {
            date = SummonedEnvoys.happenedDay(view, date);
        }
        if (conceded && date != null && Dateline.compareToStoryDay(view, date) > 0) {
            date = null; // the day of the clause it concedes to
        }
        if ((status == null || status.equals("concluded")) && !pledgedNow && !conceded && TellingCircumstances.datedAhead(view, s, trigger, date)) {
            // "He travels on to X on Monday for talks with Y", "ends the trip in Z on Tuesday": a day after the
            // story's is still to come
            status = "planned";
        }
        if (place == null) {
            place = circumstances.placeAround(view, s, trigger, verb, ls);
        }
        if (place == null && cues.onsite(trigger.type()) && !"planned".equals(status)) {
            place = places.arrivalPlace(view, s, verb ? ls : Chunks.start(tokens, ls));
        }
        if (place == null && CameoCodes.coercion(trigger.cameo())) {
            place = protestScene(view, s, earlier); // "... protested outside the castle. Police detained 12 of them."
        }
        EntityMention scene = place;
        if (scene != null && trigger.cameo() != null && trigger.cameo().startsWith("14")
                && people.values().removeIf(p -> p.role().equals(Participant.SOURCE) && ArticleView.isDemonym(p.mention())
                && !p.via().equals(ParticipantFinder.MISSION) && pf.abroad(p.mention(), scene))) {
            // "In the Borduran capital, hundreds of Ruritanians rallied": a crowd abroad is no act of its own state
            parties = EventParties.counterparts(EventParties.directed(people.values(), passive, trigger.cameo()));
        }
        if (place != null && actedOn(place, post, parties, trigger.cameo())) {
            place = null; // "recalled its ambassador in Harare", "cut ties with Tehran": the capital acted on, not where the act was
        }
        String label = view.text().substring(tokens.get(ls).begin(), tokens.get(le - 1).end());
        Evidence evidence = new Evidence(s.index(), tokens.get(m.start()).begin(), tokens.get(m.end() - 1).end());
        // "the talks he held with Y" is told by its clause, not a reference to talks told before
        // "the three-day summit" is as definite as "the summit": words that only describe it, no name of its own
        int article = (verb ? ls : TellingSpan.describedFrom(tokens, ls)) - 1;
        boolean definite = contact < 0 && (article >= 0 && Words.isAny(tokens.get(article), "the", "this", "that")
                && (ls == m.start() || TellingSpan.lowerCaseBetween(tokens, ls, m.start())) || possessed);
        double confidence = people.isEmpty() ? 0.6 : 0.8;
        Event e = new Event(trigger.type(), label, List.of(evidence), parties, date, place, host,
                trigger.cameo(), status, TRIGGER_RULE + trigger.phrase(), confidence);
        // "Doe also met Poe": a verb told as one more of its kind
        boolean further = verb && m.start() > 0 && Words.is(tokens.get(m.start() - 1), "also");
        // "told reporters after the meeting that ... would sign it on Friday": a definite noun the clause's time is
        // measured from, naming no one, is the act told before, with no date or status of its own (but "following the
        // tests conducted by X" tells the tests)
        boolean timedFrom = !verb && definite && !possessed && parties.isEmpty() && article >= 1
                && Words.isAny(tokens.get(article - 1), "after", "following");
        return Optional.of(new EventMerger.Told(e, definite, trigger.needs().equals("antecedent") || timedFrom,
                ls == m.start() && le == m.end() ? "" : label, verb, further));
    }

    /**
     * The trigger as this telling codes it: force said to come ("Doe said that Ruritania would attack Borduria") is a
     * threat; endorsement promised ("will support") an intent to cooperate.
     */
    private TriggerLexicon.Trigger recoded(TriggerLexicon.Trigger trigger, List<Token> tokens, int start, boolean verb,
                                           boolean forceVerb) {
        if (forceVerb && Clauses.threatened(tokens, start)) {
            // "Doe said that Ruritania would attack Borduria": a threat, made that day
            trigger = coded(trigger, "Threat", "130");
        }
        if (verb && "protest".equals(trigger.phrase()) && protestedTo(tokens, start + 1)) {
            // "Doe protested strongly to Roe": a complaint made to someone, not a demonstration
            trigger = coded(trigger, "Disapproval", "114");
        }
        boolean promised = start > 0 && Words.isAny(tokens.get(start - 1), "will", "would");
        if (verb && promised && (CameoCodes.aid(trigger.cameo()) || "051".equals(trigger.cameo()))) {
            // "Germany will support the Czech Republic", "said Japan would extend loans to X": endorsement or aid
            // promised is an intent to cooperate (CAMEO 03), made now
            trigger = coded(trigger, "IntentToCooperate", "030");
        }
        if (verb && promised && "085".equals(trigger.cameo())) {
            // "said Washington would lift its trade embargo against X": easing promised is an intent to yield (CAMEO
            // 035), made now, not sanctions eased
            trigger = coded(trigger, "IntentToCooperate", "035");
        }
        if (verb && promised && CameoCodes.materialCooperation(trigger.cameo())) {
            // "said Ruritania would cooperate with the inquiry": cooperation promised is an intent to engage in it
            // (CAMEO 031), made now, not cooperation done
            trigger = coded(trigger, "IntentToCooperate", "031");
        }
        return trigger;
    }

    /**
     * Whether the verb trigger, after "will" or "would", was recoded as the intent or threat it tells ("would send aid":
     * an intent to cooperate; "would attack": a threat), an act of saying rather than the act said to come.
     */
    private static boolean promisedNow(List<Token> tokens, TriggerLexicon.Match m, TriggerLexicon.Trigger trigger, boolean verb) {
        return verb && m.start() > 0 && Words.isAny(tokens.get(m.start() - 1), "will", "would")
                && !trigger.type().equals(m.trigger().type())
                && (trigger.type().equals("IntentToCooperate") || trigger.type().equals("Threat"));
    }

    /** Whether "at" or "for" and a summit named by its trigger noun follow at {@code k}: "meeting at a summit". */
    private boolean summitAfter(ArticleView view, List<Token> tokens, int k) {
        if (k >= tokens.size() || !Words.isAny(tokens.get(k), "at", "for")) {
            return false;
        }
        for (int j = k + 1; j < tokens.size() && j <= k + 4; j++) {
            Optional<TriggerLexicon.Match> m = triggers.longestAt(view.text(), tokens, j);
            if (m.isPresent() && m.get().trigger().type().equals("Summit")) {
                return true;
            }
            if (Words.isPunct(tokens.get(j)) || Chunks.isVerb(tokens.get(j))) {
                return false;
            }
        }
        return false;
    }

    /** Whether "to" and a noun phrase (not an infinitive) follow at {@code k}, past adverbs: "protested strongly to Roe". */
    private static boolean protestedTo(List<Token> tokens, int k) {
        while (k < tokens.size() && tokens.get(k).penn().startsWith("RB")) {
            k++;
        }
        return k + 1 < tokens.size() && Words.is(tokens.get(k), "to") && !tokens.get(k + 1).penn().startsWith("VB")
                && !Words.isPunct(tokens.get(k + 1));
    }

    /** The same trigger coded as another type of event. */
    private TriggerLexicon.Trigger coded(TriggerLexicon.Trigger trigger, String type, String cameo) {
        return new TriggerLexicon.Trigger(trigger.phrase(), trigger.byText(), trigger.pos(), type, cameo,
                triggers.cameoLabel(cameo).orElse(null), trigger.needs());
    }

    /**
     * "Prachanda called on President Patil at the palace": with a person as its object and no infinitive saying what
     * is asked (as "called on Roe to resign" does), the verb tells a courtesy call, read as the trigger its
     * {@code courtesy} cue names ("meet"); the trigger unchanged otherwise.
     */
    private TriggerLexicon.Trigger courtesyCall(ParticipantFinder pf, Sentence s, TriggerLexicon.Trigger trigger, int end,
                                                boolean verb) {
        Optional<TriggerLexicon.Trigger> call = verb ? cues.courtesy(trigger.phrase()).flatMap(triggers::byPhrase) : Optional.empty();
        if (call.isEmpty() || Clauses.infinitiveAfter(s.tokens(), end)
                || pf.objects(s, end, "object").stream().noneMatch(p -> p.mention().type() == EntityType.PERSON)) {
            return trigger;
        }
        return new TriggerLexicon.Trigger(trigger.phrase(), trigger.byText(), trigger.pos(), call.get().type(), call.get().cameo(),
                call.get().cameoLabel(), trigger.needs());
    }

    /**
     * Whether the words of a trigger tell no event of their own here: what a protest demands, how an appeal was made,
     * what is offered or asked for.
     */
    private boolean toldOtherwise(ArticleView view, Sentence s, int start, TriggerLexicon.Trigger trigger, boolean verb, int ls,
                                  List<EventMerger.Told> earlier) {
        List<Token> tokens = s.tokens();
        int np = Chunks.start(tokens, ls);
        boolean adjunct = tokens.get(start).penn().equals("VBG") || start > 0 && tokens.get(start - 1).penn().equals("TO");
        if (trigger.cameo() != null && trigger.cameo().startsWith("10") && adjunct
                && toldBefore(earlier, s.index()) && String.valueOf(earlier.get(earlier.size() - 1).event().cameo()).startsWith("14")) {
            return true; // "marched through the capital demanding that ...", "rallied to demand that ...": what the protest demands
        }
        if (verb && trigger.cameo() != null && trigger.cameo().startsWith("11") && start > 0
                && tokens.get(start - 1).penn().equals("TO") && toldBefore(earlier, s.index())
                && String.valueOf(earlier.get(earlier.size() - 1).event().cameo()).startsWith("14")) {
            return true; // "rallied in the square to denounce Ruritania": what the rally was for, its target, no act of its own
        }
        if (!verb && trigger.cameo() != null && trigger.cameo().startsWith("01") && np > 0
                && Words.isAny(tokens.get(np - 1), "in", "through") && toldBefore(earlier, s.index())) {
            return true; // "urged X in a joint statement to ...": how the appeal was made, not an act of its own
        }
        if (verb && trigger.cameo() != null && !trigger.cameo().startsWith("02") && start > 0 && tokens.get(start - 1).penn().equals("TO")
                && clauses.asked(view, tokens, start)) {
            return true; // "urged Ruritania to release Doe": asked for, not done
        }
        if (verb && trigger.cameo() != null && trigger.cameo().startsWith("14") && adjunct && toldBefore(earlier, s.index())
                && String.valueOf(earlier.get(earlier.size() - 1).event().cameo()).startsWith("11")) {
            return true; // "summoned the ambassador to protest against the raid": what the summons was for
        }
        if (verb && trigger.cameo() != null && trigger.cameo().startsWith("14") && start > 0 && Words.is(tokens.get(start - 1), "and")
                && toldBefore(earlier, s.index()) && String.valueOf(earlier.get(earlier.size() - 1).event().cameo()).startsWith("11")) {
            return true; // "summoned Ruritania's envoy and protested the seizure": the protest the summons delivered
        }
        if (verb && CameoCodes.force(trigger.cameo()) && stateKept(tokens, start)) {
            return true; // "their plan to keep the islands occupied": a state kept, no new use of force
        }
        if (verb && trigger.cameo() != null && !trigger.cameo().startsWith("13") && start > 1 && tokens.get(start - 1).penn().equals("TO")
                && Words.is(tokens.get(start - 2), "threaten")) {
            return true; // "threatened to impose sanctions on X": what is threatened, told by the threat, not done
        }
        if (verb && CameoCodes.directedAt(trigger.cameo()) && clauses.intended(view, tokens, start)) {
            // "the two men agreed to back a role for the U.N.": what the intent promises, told by it (but "agreed to
            // meet", "agreed to sign" are planned)
            return true;
        }
        if (!verb && trigger.cameo() != null && !trigger.cameo().startsWith("04") && clauses.offered(view, tokens, ls)) {
            return true; // "offered the Netherlands' full backing to France": what is offered
        }
        if (!verb && trigger.cameo() != null && np > 0 && Words.isAny(tokens.get(np), "the", "this", "that")
                && talkedOver(view, tokens, np) && earlier.stream().anyMatch(t -> t.event().type().equals(trigger.type()))) {
            return true; // "Colombians will vote on the agreement": the accord told before, talked over, no act of its own
        }
        if (!verb && trigger.cameo() != null && !trigger.cameo().startsWith("04") && np > 0
                && !Words.isAny(tokens.get(np), "the", "this", "that") && talkedOver(view, tokens, np)) {
            // "are expected to discuss new sanctions against X", "will hold talks on a treaty to halve arsenals": a
            // matter talked over, not imposed, signed nor planned
            return true;
        }
        if (verb && trigger.type().equals("Meeting") && greetsVisitor(tokens, start)
                && earlier.stream().anyMatch(t -> t.event().first().sentence() == s.index() && t.event().type().equals("Visit"))) {
            // "Doe, who arrived in X on Monday, was met at the airport by Roe": the welcome of the visit told just before,
            // whose host Roe is (VisitTargets), not a meeting of its own
            return true;
        }
        if (!verb && trigger.cameo() != null && trigger.cameo().startsWith("08") && clauses.askedFor(view, tokens, ls)) {
            return true; // "called for an immediate ceasefire": asked for, not declared
        }
        if (!verb && trigger.cameo() != null && trigger.cameo().startsWith("04") && clauses.asked(view, tokens, ls)) {
            return true; // "demanded that X open talks", "urged them to hold talks": asked for, not held nor planned
        }
        return false;
    }

    /**
     * Whether the verb at token {@code start} is a passive greeting right after a clause closes (", was met at the
     * airport by", "and was warmly welcomed by"): how a visitor is received, told with the visit.
     */
    private boolean greetsVisitor(List<Token> tokens, int start) {
        if (!cues.isGreeting(tokens.get(start))) {
            return false;
        }
        int k = start - 1;
        while (k >= 0 && tokens.get(k).penn().startsWith("RB")) {
            k--; // "was warmly welcomed"
        }
        return k >= 1 && Words.is(tokens.get(k), "be") && tokens.get(k).penn().startsWith("VB")
                && (Words.isComma(tokens.get(k - 1)) || Words.is(tokens.get(k - 1), "and"));
    }

    /**
     * Whether the noun phrase at token {@code np} is the matter of a topic word ({@code topic} cues): right after a verb
     * ("discuss new sanctions"), or after "on"/"about" following a verb or a noun, over a time ("talks on Wednesday on
     * a treaty"), or over the people told ("brief the ministers on the treaty").
     */
    private boolean talkedOver(ArticleView view, List<Token> tokens, int np) {
        if (cues.isTopic(tokens.get(np - 1))) {
            return true;
        }
        if (np < 2 || !Words.isAny(tokens.get(np - 1), "on", "about")) {
            return false;
        }
        int k = np - 2;
        while (k > 0 && view.timeAt(tokens.get(k)) != null) {
            k--;
        }
        if (k < np - 2 && tokens.get(k).pos().equals("ADP")) {
            k--;
        }
        if (k >= 0 && cues.isTopicWord(tokens.get(k))) {
            return true;
        }
        // "to brief NATO foreign ministers on the treaty": the people told stand between the verb and its matter
        int object = k;
        while (k > 0 && OBJECT_TAGS.contains(tokens.get(k).pos()) && !Chunks.isVerb(tokens.get(k))) {
            k--;
        }
        return k < object && Chunks.isVerb(tokens.get(k)) && cues.isTopicWord(tokens.get(k));
    }

    /** Whether a place is where an envoy serves or, for a directed act other than force, one of its participants. */
    private static boolean actedOn(EntityMention place, EntityMention post, List<Participant> parties, String cameo) {
        String key = ArticleView.key(place);
        return post != null && ArticleView.key(post).equals(key) || !CameoCodes.force(cameo) && CameoCodes.directedAt(cameo)
                && parties.stream().anyMatch(p -> ArticleView.key(p.mention()).equals(key));
    }

    /**
     * Where a protest told just before (in this sentence or the one before it, in the same paragraph) took place, or
     * the dateline's city where such a protest will be placed: arrests told after it are made there. Null when no
     * protest was told there.
     */
    private static EntityMention protestScene(ArticleView view, Sentence s, List<EventMerger.Told> earlier) {
        for (int i = earlier.size() - 1; i >= 0; i--) {
            Event e = earlier.get(i).event();
            int at = e.first().sentence();
            if (at < s.index() - 1 || at < s.index() && !view.sameParagraph(at, s.index())) {
                return null;
            }
            if (e.cameo() != null && e.cameo().startsWith("14") && !"planned".equals(e.status())) {
                return e.place() != null ? e.place() : Dateline.beforeDateline(view, e.date()) ? null : Dateline.city(view);
            }
        }
        return null;
    }

    /**
     * "About 3,000 Icelanders demonstrated outside the British embassy": a crowd of one nation protesting against
     * another country is no act of its own state (the text names no group, as with "opposition supporters"), so the
     * nationality read as the source is dropped; against their own leaders ("thousands of Venezuelans marched
     * demanding that Chavez step down") the nation stays the source.
     */
    static void foreignProtest(Map<String, Participant> people) {
        boolean againstCountry = people.values().stream().anyMatch(p -> p.role().equals(Participant.TARGET)
                && (p.mention().type() == EntityType.COUNTRY || ArticleView.isDemonym(p.mention())));
        if (againstCountry) {
            people.entrySet().removeIf(e -> e.getValue().role().equals(Participant.SOURCE) && ArticleView.isDemonym(e.getValue().mention())
                    && !e.getValue().via().equals(ParticipantFinder.MISSION)
                    && people.values().stream().noneMatch(p -> p.role().equals(Participant.TARGET) && ArticleView.key(p.mention()).equals(e.getKey())));
        }
    }

    /**
     * Whether the participle at token {@code start} is the complement of "keep" or "remain" a few words before
     * ("keep south Korea occupied", "remained occupied"): the state something is held in, not an act.
     */
    private static boolean stateKept(List<Token> tokens, int start) {
        if (!tokens.get(start).penn().matches("VBN|VBD|JJ")) {
            return false;
        }
        for (int k = start - 1; k >= 0 && k >= start - STATE_VERB_REACH; k--) {
            if (Words.isAny(tokens.get(k), "keep", "remain")) {
                return true;
            }
            if (Words.isPunct(tokens.get(k)) || tokens.get(k).pos().equals("VERB") && k < start - 1) {
                return false;
            }
        }
        return false;
    }

    /** True when an event was told earlier in sentence {@code sentence}. */
    private static boolean toldBefore(List<EventMerger.Told> earlier, int sentence) {
        return !earlier.isEmpty() && earlier.get(earlier.size() - 1).event().first().sentence() == sentence;
    }

    /** How many words of a phrase with a gap follow the gap ("lodge * protest": one). */
    private static int afterGap(TriggerLexicon.Trigger trigger) {
        String phrase = trigger.phrase();
        return phrase.substring(phrase.indexOf(" * ") + 3).split(" ").length;
    }

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

    /** How far after a meeting's verb "separately" may stand ("met Roe and Poe separately on Monday"). */
    private static final int SEPARATELY_WINDOW = 16;

    /** Whether "separately" follows token {@code end} in its clause: "met Roe and Poe separately", one meeting each. */
    private static boolean separately(List<Token> tokens, int end) {
        for (int k = end; k < tokens.size() && k < end + SEPARATELY_WINDOW; k++) {
            if (Words.isPunct(tokens.get(k))) {
                return false;
            }
            if (Words.is(tokens.get(k), "separately")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Doe spoke by telephone with Roe and Poe": a call is between two sides, so one caller speaking with several
     * people made one call with each.
     */
    private static List<EventMerger.Told> oneCallEach(EventMerger.Told told, boolean separately) {
        Event e = told.event();
        // "met Roe and Poe separately": one meeting with each, as one call with each
        boolean apart = separately && e.cameo() != null && e.cameo().startsWith("04");
        // "spoke by telephone with Roe and Poe", "telephoned Roe and his Borduran counterpart Poe"; "met Roe and Poe
        // separately": whom the subject met, however they were found
        List<Participant> with = e.participants().stream()
                .filter(p -> apart ? p.role().equals(Participant.TARGET) : CALLED.contains(p.via())).toList();
        List<Participant> callers = e.participants().stream().filter(p -> !with.contains(p)).toList();
        boolean people = e.participants().stream().allMatch(p -> p.mention().type() == EntityType.PERSON);
        if (!e.type().equals("PhoneCall") && !apart || with.size() < 2 || callers.size() != 1 || !people) {
            return List.of(told);
        }
        return with.stream().map(w -> new EventMerger.Told(new Event(e.type(), e.label(), e.evidence(),
                List.of(callers.get(0), w), e.date(), e.place(), e.host(), e.cameo(), e.status(), e.rule(),
                e.confidence()), told.definite(), told.antecedentOnly(), told.name(), told.verb())).toList();
    }

    private static void add(Map<String, Participant> people, Participant p) {
        people.putIfAbsent(ArticleView.key(p.mention()), p);
    }

    /** The event placed in the dateline's city when it needs it: see {@link EventPlaces#placedAtDateline}. */
    Event placedAtDateline(ArticleView view, ParticipantFinder pf, Event e, List<Event> all) {
        return places.placedAtDateline(view, pf, e, all);
    }

    /** The country a capital object stands for, when the article names that country; the participant itself otherwise. */
    static Participant governmentOf(ParticipantFinder pf, Participant p) {
        if (p.mention().type() != EntityType.CITY) {
            return p;
        }
        EntityMention country = pf.countryOfCity(p.mention());
        return country == p.mention() ? p : new Participant(country, p.role(), "coref:capital");
    }
}
