package org.newskg.extract.fact;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newskg.extract.EntityMention;
import org.newskg.extract.Participant;
import org.newskg.kb.EntityType;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;

/**
 * Finds the target of a directed event when its sentence does not name it as the object: whoever the thing refused
 * comes from, whoever did the act a reaction answers, what a protest is against or demands, the one asked to act in
 * "demanded that X ...", whoever a response answers, and the dateline's country for aid. Each reading runs only while
 * no target is found.
 * Immutable and thread-safe.
 */
final class EventTargets {
    /** Penn tags of a finite verb or modal, which opens another clause (compared, not matched as a regex per token). */
    private static final java.util.Set<String> FINITE_TAGS = java.util.Set.of("VBD", "VBZ", "VBP", "MD");

    private final TriggerLexicon triggers;
    private final EventCues cues;
    private final EventReference references;
    private final EventParties parties;

    EventTargets(TriggerLexicon triggers, EventCues cues, EventReference references, EventParties parties) {
        this.triggers = triggers;
        this.cues = cues;
        this.references = references;
        this.parties = parties;
    }

    /**
     * The target of a directed verb ("refused", "condemned") named elsewhere than its object ({@code cameo}: the verb's
     * code, null for a judgment read as one).
     */
    void ofDirected(ArticleView view, ParticipantFinder pf, Sentence s, int le, String cameo, List<EventMerger.Told> earlier,
                    Map<String, Participant> people) {
        List<Token> tokens = s.tokens();
        boolean force = CameoCodes.force(cameo);
        // "pledged Ruritanian help", "sent Ruritanian aid": the demonym names the giver, not whom it is for
        boolean offer = CameoCodes.pledge(cameo) && !CameoCodes.threat(cameo);
        if (!force && !offer && noTarget(people)) {
            // (force on "the Azerbaijani town of X" strikes the town, read with the place)
            // "rejected a Greek proposal", "called the North Korean ban 'unacceptable'": the country whose act it is
            demonymOwner(view, tokens, le).ifPresent(d -> add(people, new Participant(d, Participant.TARGET, "coref:demonym")));
        }
        if (!force) {
            fightingSides(view, pf, s, le, earlier, people);
        }
        if (CameoCodes.asking(cameo) && noTarget(people)) {
            // "demanded the withdrawal of Ruritanian troops": asked of the country whose forces are to go
            pulledBack(view, tokens, le, sources(people)).forEach(p -> add(people, p));
        }
        if (!force && noTarget(people)) {
            groupObject(view, pf, s, le, earlier, people).forEach(p -> add(people, p));
        }
        if (noTarget(people)) {
            // "refused to accept a letter from Doe": aimed at whoever the thing refused comes from
            EventParties.author(s, pf, le).ifPresent(p -> add(people, p.as(Participant.TARGET)));
        }
        if (noTarget(people)) {
            // "condemned the decision of the Chinese government", "Japan's bid ... China opposed the bid": its owner
            references.owners(view, pf, s, le, sources(people)).forEach(p -> add(people, p));
        }
        if (noTarget(people)) {
            // "Iran condemned the embargo": aimed at whoever imposed it
            List<String> sources = sources(people);
            List<Participant> answered = references.targets(view.text(), tokens, le, s.index(), sources, earlier);
            (answered.isEmpty() ? references.proposers(view, pf, s, le, sources) : answered).forEach(p -> add(people, p));
        }
    }

    /**
     * Who a warning by the {@code warners} is aimed at, its "that" clause opening at token {@code clause}: "Doe warned
     * that Ruritania would face ...": the clause's subject; but when that subject is the warner's own side ("Doe warned
     * that Borduria would retaliate if Ruritania attacked it", Doe being Borduria's), the subject of the "if" clause
     * after it, or none.
     */
    static List<Participant> warned(ParticipantFinder pf, Sentence s, List<Participant> warners, int clause) {
        List<Participant> said = pf.objects(s, clause, "that-object").stream().limit(1).toList();
        if (!said.isEmpty() && !ownSide(pf, said.get(0).mention(), warners)) {
            return said;
        }
        List<Token> tokens = s.tokens();
        for (int k = clause + 1; !said.isEmpty() && k + 1 < tokens.size(); k++) {
            if (Words.is(tokens.get(k), "if")) {
                return pf.objects(s, k + 1, "that-object").stream().limit(1)
                        .filter(p -> !ownSide(pf, p.mention(), warners)).toList();
            }
        }
        // "warned that Venezuela would cut off oil shipments to Honduras", "warned that donors could cut aid to Kenya":
        // the warner's own side or no one named acts, so the warning is aimed at whom the act would strike
        for (int k = clause; k + 1 < tokens.size() && k < clause + Clauses.CLAUSE_WINDOW; k++) {
            if (Words.isPunct(tokens.get(k))) {
                break;
            }
            if (tokens.get(k).penn().equals("MD") && tokens.get(k + 1).penn().equals("VB")) {
                return struck(pf, s, k + 1, p -> !ownSide(pf, p.mention(), warners));
            }
        }
        return List.of();
    }

    /** Whether {@code m} is one of the {@code speakers}, the country one of them holds a position of, or its capital. */
    private static boolean ownSide(ParticipantFinder pf, EntityMention m, List<Participant> speakers) {
        String side = ArticleView.key(pf.countryOfCity(m));
        for (Participant p : speakers) {
            EntityMention speaker = p.mention();
            if (ArticleView.key(speaker).equals(ArticleView.key(m)) || ArticleView.key(speaker).equals(side)
                    || pf.countryOf(speaker).filter(c -> ArticleView.key(c).equals(side)).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "threatened to cut aid to Ruritania", "threatened to impose sanctions on Ruritania", "threatened to attack
     * Ruritania": the one the threatened act would strike, in the infinitive after the verb (up to its clause's end or
     * an "if"), other than the threat's {@code sources}.
     */
    private static List<Participant> threatened(ParticipantFinder pf, Sentence s, int le, List<String> sources) {
        List<Token> tokens = s.tokens();
        if (le + 2 >= tokens.size() || !Words.is(tokens.get(le), "to") || !tokens.get(le + 1).penn().equals("VB")) {
            return List.of();
        }
        return struck(pf, s, le + 1, p -> !sources.contains(ArticleView.key(p.mention())));
    }

    /**
     * The actors the act of the verb at token {@code verb} would strike ("cut aid to Ruritania", "attack Ruritania"),
     * up to its clause's end or an "if", that are {@code other} than the one acting.
     */
    private static List<Participant> struck(ParticipantFinder pf, Sentence s, int verb,
                                            java.util.function.Predicate<Participant> other) {
        List<Token> tokens = s.tokens();
        for (int k = verb + 1; k < tokens.size() && k < verb + 1 + Clauses.CLAUSE_WINDOW; k++) {
            Token t = tokens.get(k);
            if (Words.isPunct(t) || Words.isAny(t, "if", "unless", "and", "but")) {
                break;
            }
            boolean object = k == verb + 1 || Words.isAny(t, "to", "on", "against", "by", "from") && k + 1 < tokens.size();
            if (!object) {
                continue;
            }
            List<Participant> struck = pf.objects(s, k == verb + 1 ? k : k + 1, "threatened").stream()
                    .filter(p -> ArticleView.isActor(p.mention()) && other.test(p))
                    .map(p -> p.as(Participant.TARGET)).toList();
            if (!struck.isEmpty()) {
                return struck;
            }
        }
        return List.of();
    }

    /** Some target, and every target a building ("the Japanese Embassy" read as one name). */
    private static boolean onlyFacilityTargets(Map<String, Participant> people) {
        List<Participant> targets = people.values().stream().filter(p -> p.role().equals(Participant.TARGET)).toList();
        return !targets.isEmpty() && targets.stream().allMatch(p -> p.mention().type() == EntityType.FACILITY);
    }

    /** The target of a protest, a demand, a response or aid, named elsewhere than its object. */
    void ofOthers(ArticleView view, ParticipantFinder pf, Sentence s, TriggerLexicon.Trigger trigger, boolean verb, int le,
                  List<EventMerger.Told> earlier, Map<String, Participant> people) {
        List<Token> tokens = s.tokens();
        boolean protest = trigger.cameo() != null && trigger.cameo().startsWith("14");
        if (protest && noTarget(people)) {
            parties.demanded(pf, s, le).ifPresent(p -> add(people, p));
        }
        if (protest && noTarget(people)) {
            List<String> sources = sources(people);
            parties.protestedAgainst(view, s, le, sources, earlier).forEach(p -> add(people, p));
        }
        Optional<Participant> mission = protest && (noTarget(people) || onlyFacilityTargets(people))
                ? parties.missionOf(view, s, le) : Optional.empty();
        if (mission.isPresent() && onlyFacilityTargets(people)) {
            // "demonstrated outside the Japanese Embassy": the embassy is where, the state it stands for is whom
            people.values().removeIf(p -> p.role().equals(Participant.TARGET));
        }
        if (protest && noTarget(people)) {
            mission.ifPresent(p -> {
                Participant crowd = people.get(ArticleView.key(p.mention()));
                if (crowd != null && crowd.role().equals(Participant.SOURCE) && ArticleView.isDemonym(crowd.mention())) {
                    // "Several hundred Ruritanians rallied outside the Ruritanian embassy": nationals abroad protest at
                    // their own state's mission, against that state, not as it
                    people.put(ArticleView.key(p.mention()), p);
                }
                add(people, p);
            });
        }
        int that = verb ? overTime(view, tokens, le) : le;
        if (verb && trigger.cameo() != null && trigger.cameo().startsWith("10") && that + 1 < tokens.size()
                && Words.is(tokens.get(that), "that") && noTarget(people)) {
            // "demanded that Prague open talks": the one asked to act is the clause's subject, a capital its government
            // when the article names the country (as a capital subject or object is)
            EntityMention asked = view.entityAt(tokens.get(that + 1));
            if (ArticleView.isActor(asked) || ArticleView.isPlace(asked)) {
                add(people, EventFinder.governmentOf(pf, new Participant(asked, Participant.TARGET, "that-object")));
            }
        }
        if (verb && CameoCodes.threat(trigger.cameo()) && noTarget(people)) {
            threatened(pf, s, le, sources(people)).forEach(p -> add(people, p));
        }
        if (cues.isResponse(trigger.phrase()) && noTarget(people)) {
            // "X sent troops into Y, prompting a Ruritanian counter-attack": aimed at whoever acted before
            List<String> sources = sources(people);
            EventParties.answered(earlier, s.index(), sources).forEach(p -> add(people, p));
        }
        if (verb && trigger.cameo() != null && !trigger.cameo().startsWith("04") && noTarget(people)) {
            // "spoke by telephone with Macron and demanded an apology": aimed at the other side of the call (a verb:
            // "telephoned Roe to brief him on the accords" tells no act of its own by "the accords")
            contactPartners(earlier, s.index(), people).forEach(p -> add(people, p));
        }
        if (verb && trigger.cameo() != null && trigger.cameo().startsWith("02") && noTarget(people)) {
            // "requested an emergency meeting of the Security Council": asked of the body whose meeting it is
            gatheringOf(view, tokens, le, sources(people)).ifPresent(p -> add(people, p));
        }
        if (verb && CameoCodes.pledge(trigger.cameo()) && !CameoCodes.threat(trigger.cameo()) && noTarget(people)) {
            // "sent experts to help Ruritania grow rice", "offered aid to help Ruritania modernize": whom the help is for
            helped(view, tokens, le, sources(people)).ifPresent(p -> add(people, p));
        }
        if (CameoCodes.aid(trigger.cameo()) && noTarget(people)) {
            // "STRELSAU, Ruritania (AP) - ... sent a rescue team": help goes where the story is
            EntityMention country = Dateline.country(view);
            EntityMention city = country == null ? Dateline.city(view) : null;
            if (city != null && city.type() == EntityType.CITY && pf.countryOfCity(city).type() == EntityType.COUNTRY) {
                country = pf.countryOfCity(city); // "ALMATY, Jan 6 (AFP) - ... are to send their contingents": that city's country
            }
            if (country != null && !people.containsKey(ArticleView.key(country))) {
                add(people, new Participant(country, Participant.TARGET, "dateline"));
            }
        }
    }

    /**
     * The body whose meeting or session the object of the verb at {@code le} names ("requested an urgent meeting of the
     * Security Council"), within the verb's clause and other than the {@code sources}.
     */
    private static Optional<Participant> gatheringOf(ArticleView view, List<Token> tokens, int le, List<String> sources) {
        for (int k = le; k + 2 < tokens.size() && k < le + 6; k++) {
            Token t = tokens.get(k);
            if (Words.isPunct(t) || Chunks.isVerb(t) || Words.isAny(t, "from", "to", "for", "with")) {
                return Optional.empty();
            }
            if (Words.isAny(t, "meeting", "session") && Words.is(tokens.get(k + 1), "of")) {
                int j = k + 2 < tokens.size() && Words.is(tokens.get(k + 2), "the") ? k + 3 : k + 2;
                EntityMention body = j < tokens.size() ? view.entityAt(tokens.get(j)) : null;
                return ArticleView.isActor(body) && !sources.contains(ArticleView.key(body))
                        ? Optional.of(new Participant(body, Participant.TARGET, "gathering-of")) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * The country or actor an infinitive "to help" / "to assist" after the verb at {@code le} names as its object, within
     * the verb's clause ("sent agricultural experts to help Ruritania grow rice"), other than the {@code sources}.
     */
    private static Optional<Participant> helped(ArticleView view, List<Token> tokens, int le, List<String> sources) {
        for (int k = le; k + 2 < tokens.size() && k < le + Clauses.CLAUSE_WINDOW; k++) {
            Token t = tokens.get(k);
            if (Words.isPunct(t) || FINITE_TAGS.contains(t.penn())) {
                return Optional.empty();
            }
            if (Words.is(t, "to") && Words.isAny(tokens.get(k + 1), "help", "assist", "support")) {
                EntityMention helped = view.entityAt(tokens.get(k + 2));
                return helped != null && (ArticleView.isActor(helped) || ArticleView.isPlace(helped))
                        && !sources.contains(ArticleView.key(helped))
                        ? Optional.of(new Participant(helped, Participant.TARGET, "helped")) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * The token after a time told between a verb and its clause, from {@code k} ("demanded on Tuesday that ...",
     * "demanded again on Friday that ..."), or {@code k} itself when no time stands there.
     */
    private static int overTime(ArticleView view, List<Token> tokens, int k) {
        int j = k;
        while (j < tokens.size() && j < k + 5 && (view.timeAt(tokens.get(j)) != null
                || Words.isAny(tokens.get(j), "on", "again") && j + 1 < tokens.size())) {
            j++;
        }
        return j > k && j < tokens.size() && Words.is(tokens.get(j), "that") && view.timeAt(tokens.get(j - 1)) != null ? j : k;
    }

    /**
     * The two sides a group object names, as targets: "urged both sides to halt fire" (the two of the last event told
     * before with two parties), "spoke with A and B and urged them to ..." (the others named before it in its sentence,
     * when there are two or more).
     */
    private List<Participant> groupObject(ArticleView view, ParticipantFinder pf, Sentence s, int k,
                                                 List<EventMerger.Told> earlier, Map<String, Participant> people) {
        List<Token> tokens = s.tokens();
        if (k < tokens.size() && Words.is(tokens.get(k), "them") && tokens.get(k).pos().equals("PRON")) {
            // the ones acted with or on before it: named after the sentence's first verb (not its subject, nor the dateline)
            int verb = StatementFinder.contentStart(tokens);
            while (verb < k && !Chunks.isVerb(tokens.get(verb))) {
                verb++;
            }
            int from = tokens.get(verb).end();
            java.util.Map<String, EntityMention> named = new java.util.LinkedHashMap<>();
            view.entities(s.index()).stream().filter(m -> m.begin() >= from && m.end() <= tokens.get(k).begin()
                    && ArticleView.isActor(m) && !people.containsKey(ArticleView.key(m)))
                    .forEach(m -> named.putIfAbsent(ArticleView.key(m), m));
            boolean object = k + 1 >= tokens.size() || !tokens.get(k + 1).penn().matches("VB[DZP]?|MD");
            return named.size() >= 2 ? named.values().stream().map(m -> new Participant(m, Participant.TARGET, "coref:them")).toList()
                    : object ? actedOn(earlier, s.index(), people, false) : List.of();
        }
        if (k < tokens.size() && Words.is(tokens.get(k), "it") && tokens.get(k).pos().equals("PRON")) {
            // but "warned it could impose sanctions": the subject of a clause, not an object
            boolean object = k + 1 >= tokens.size() || !tokens.get(k + 1).penn().matches("VB[DZP]?|MD");
            return object ? actedOn(earlier, s.index(), people, true) : List.of();
        }
        Optional<String> kind = pf.groupObject(s, k);
        if (kind.isEmpty()) {
            return List.of();
        }
        List<EntityMention> pair = EventParties.lastPair(pf, earlier, s.index(), kind.get(), speakers(pf, people.values()));
        return pair.stream().filter(m -> !people.containsKey(ArticleView.key(m)))
                .map(m -> new Participant(m, Participant.TARGET, "coref:group")).toList();
    }

    /** The keys of the {@code speakers} and of their countries: none of the sides they address. */
    private static List<String> speakers(ParticipantFinder pf, java.util.Collection<Participant> speakers) {
        List<String> keys = new java.util.ArrayList<>();
        for (Participant p : speakers) {
            keys.add(ArticleView.key(p.mention()));
            (p.mention().type() == EntityType.CITY ? Optional.of(pf.countryOfCity(p.mention())) : pf.countryOf(p.mention()))
                    .ifPresent(c -> keys.add(ArticleView.key(c)));
        }
        return keys;
    }

    /**
     * "urged both sides to halt the fighting": the two sides are those of the force told before, however far back,
     * not the last two named (an earlier meeting's); the group's targets read so far give way to them.
     */
    private void fightingSides(ArticleView view, ParticipantFinder pf, Sentence s, int k, List<EventMerger.Told> earlier,
                               Map<String, Participant> people) {
        if (!pf.groupObject(s, k).filter("group-parties"::equals).isPresent() || !forceAsked(view, s.tokens(), k)) {
            return;
        }
        List<Participant> asking = people.values().stream().filter(p -> !p.role().equals(Participant.TARGET)).toList();
        List<EntityMention> sides = EventParties.fightingSides(pf, earlier, s.index(), speakers(pf, asking));
        if (!sides.isEmpty()) {
            people.values().removeIf(p -> p.role().equals(Participant.TARGET) && p.via().equals("coref:group"));
            sides.forEach(m -> add(people, new Participant(m, Participant.TARGET, "coref:group")));
        }
    }

    /**
     * Whether the clause after a group object at token {@code k} names force by a noun ("urged both sides to halt the
     * fighting", "to end the clashes").
     */
    private boolean forceAsked(ArticleView view, List<Token> tokens, int k) {
        for (int j = k; j < tokens.size() && j < k + Clauses.CLAUSE_WINDOW; j++) {
            Token t = tokens.get(j);
            if (Words.isPunct(t) || Words.isAny(t, "and", "but")) {
                return false;
            }
            Optional<TriggerLexicon.Match> m = t.pos().equals("NOUN") ? triggers.longestAt(view.text(), tokens, j) : Optional.empty();
            if (m.isPresent() && CameoCodes.force(m.get().trigger().cameo())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "ordered seven officials to leave, accusing them of meddling", "said the government had broken its word and
     * accused it of ...": a pronoun object of a directed act stands for those the last act told before it (in its
     * sentence or the one before) was aimed at, when they are not the actors found so far; for "it"
     * ({@code single}), one country or body, never a person.
     */
    private static List<Participant> actedOn(List<EventMerger.Told> earlier, int sentence, Map<String, Participant> people,
                                             boolean single) {
        for (int i = earlier.size() - 1; i >= 0; i--) {
            org.newskg.extract.Event e = earlier.get(i).event();
            if (e.first().sentence() < sentence - 1) {
                break;
            }
            List<Participant> aimed = e.participants().stream().filter(p -> p.role().equals(Participant.TARGET)).toList();
            if (aimed.isEmpty()) {
                continue;
            }
            if (aimed.stream().anyMatch(p -> people.containsKey(ArticleView.key(p.mention())))
                    || single && (aimed.size() != 1 || aimed.get(0).mention().type() == org.newskg.kb.EntityType.PERSON)) {
                return List.of();
            }
            // a nationality word keeps the reading that made it its country ("five Cameroonian officials")
            return aimed.stream().map(p -> new Participant(p.mention(), Participant.TARGET,
                    ArticleView.isDemonym(p.mention()) ? p.via() : "coref:pronoun")).toList();
        }
        return List.of();
    }

    /**
     * The other sides, as targets, of a call or meeting told just before in the same sentence by one of the acting side
     * ("X spoke by telephone with Y on Tuesday and pledged Washington's support", "X met Y and demanded ..."); empty
     * when the last event told is none such, is planned, or the acting side did not take part in it.
     */
    private static List<Participant> contactPartners(List<EventMerger.Told> earlier, int sentence, Map<String, Participant> people) {
        if (earlier.isEmpty()) {
            return List.of();
        }
        org.newskg.extract.Event last = earlier.get(earlier.size() - 1).event();
        if (last.first().sentence() != sentence || last.cameo() == null || !last.cameo().startsWith("04")
                || "planned".equals(last.status())) {
            return List.of();
        }
        List<String> sides = last.participants().stream().map(p -> ArticleView.key(p.mention())).toList();
        boolean took = people.values().stream().anyMatch(p -> p.role().equals(Participant.SOURCE) && sides.contains(ArticleView.key(p.mention())));
        if (!took) {
            return List.of();
        }
        return last.participants().stream().filter(p -> !people.containsKey(ArticleView.key(p.mention()))
                && !p.role().equals("host")).map(p -> new Participant(p.mention(), Participant.TARGET, "coref:contact")).toList();
    }

    /**
     * The countries whose forces a pullback noun opening the object at token {@code k} names after "of": "the immediate
     * withdrawal of Ruritanian troops from X and of Borduran troops from Y" (both), other than the asker's
     * {@code sources}; empty when no pullback noun opens the object.
     */
    private List<Participant> pulledBack(ArticleView view, List<Token> tokens, int k, List<String> sources) {
        int i = k;
        while (i < tokens.size() && i < k + 4 && !cues.isPullback(tokens.get(i))
                && (tokens.get(i).pos().equals("DET") || tokens.get(i).pos().equals("ADJ") || tokens.get(i).pos().equals("ADV"))) {
            i++;
        }
        if (i >= tokens.size() || !cues.isPullback(tokens.get(i))) {
            return List.of();
        }
        List<Participant> out = new java.util.ArrayList<>();
        for (int j = i + 1; j + 1 < tokens.size() && j < i + Clauses.CLAUSE_WINDOW; j++) {
            Token t = tokens.get(j);
            if (Words.isPunct(t) || Chunks.isVerb(t)) {
                break;
            }
            if (!Words.is(t, "of")) {
                continue;
            }
            int n = j + 1;
            while (n < tokens.size() && (tokens.get(n).pos().equals("DET") || tokens.get(n).pos().equals("NUM"))) {
                n++; // "of all Ruritanian forces", "of its 1,300 troops"
            }
            EntityMention m = n < tokens.size() ? view.entityAt(tokens.get(n)) : null;
            if (m != null && m.type() == EntityType.COUNTRY && !sources.contains(ArticleView.key(m))) {
                out.add(new Participant(m, Participant.TARGET, ArticleView.isDemonym(m) ? "coref:demonym" : "of-object"));
            }
        }
        return out;
    }

    /**
     * "X suspended aid to Y and recalled its ambassador": a cut in relations coordinated right after another act (the
     * verb at token {@code start} after "and") whose subject is the same is aimed at whom that act was, when it names
     * no target of its own; the act is the last one told before it in its sentence, with a source among the
     * {@code people}' sources.
     */
    static List<Participant> coordinatedTargets(List<Token> tokens, int start, String cameo, List<EventMerger.Told> earlier,
                                                int sentence, Map<String, Participant> people) {
        if (cameo == null || !cameo.startsWith("16") || start < 1 || !Words.is(tokens.get(start - 1), "and")
                || !noTarget(people) || earlier.isEmpty()) {
            return List.of();
        }
        org.newskg.extract.Event last = earlier.get(earlier.size() - 1).event();
        if (last.first().sentence() != sentence || "planned".equals(last.status())) {
            return List.of();
        }
        List<String> sources = people.values().stream().filter(p -> p.role().equals(Participant.SOURCE))
                .map(p -> ArticleView.key(p.mention())).toList();
        boolean same = last.participants().stream().anyMatch(p -> p.role().equals(Participant.SOURCE)
                && sources.contains(ArticleView.key(p.mention())));
        if (!same) {
            return List.of();
        }
        return last.participants().stream().filter(p -> p.role().equals(Participant.TARGET) && ArticleView.isActor(p.mention())
                && !people.containsKey(ArticleView.key(p.mention())))
                .map(p -> new Participant(p.mention(), Participant.TARGET, "coref:coordinated")).toList();
    }

    /** The demonym opening the noun phrase at token {@code k} before a common noun ("a Greek proposal"), if any. */
    private static Optional<EntityMention> demonymOwner(ArticleView view, List<Token> tokens, int k) {
        int i = k;
        while (i < tokens.size() && tokens.get(i).pos().equals("DET")) {
            i++;
        }
        EntityMention m = i < tokens.size() ? view.entityAt(tokens.get(i)) : null;
        if (m == null || !ArticleView.isDemonym(m)) {
            return Optional.empty();
        }
        int after = ArticleView.tokenAt(view.sentence(m.sentence()), m.end() - 1) + 1;
        if (after + 1 < tokens.size() && quotation(tokens.get(after))) {
            after++; // "condemned the Ruritanian \"aggression\"": a word quoted is still the noun the demonym owns
        }
        return after < tokens.size() && tokens.get(after).pos().equals("NOUN") && view.entityAt(tokens.get(after)) == null
                ? Optional.of(m) : Optional.empty();
    }

    private static boolean quotation(Token t) {
        return t.text().equals("\"") || t.text().equals("\u201c") || t.penn().equals("``");
    }

    private static boolean noTarget(Map<String, Participant> people) {
        return people.values().stream().noneMatch(p -> p.role().equals(Participant.TARGET));
    }

    /** The keys of the participants found so far: an earlier act's actors who are not these. */
    private static List<String> sources(Map<String, Participant> people) {
        return people.values().stream().map(p -> ArticleView.key(p.mention())).toList();
    }

    private static void add(Map<String, Participant> people, Participant p) {
        people.putIfAbsent(ArticleView.key(p.mention()), p);
    }
}
