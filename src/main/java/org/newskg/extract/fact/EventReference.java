package org.newskg.extract.fact;

import java.util.List;
import java.util.Optional;
import org.newskg.extract.EntityMention;
import org.newskg.extract.Event;
import org.newskg.extract.Participant;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;

/**
 * Reads whom a reaction is aimed at when its object names an earlier act rather than an actor: "Iran condemned
 * the embargo" (the embargo told before, imposed by the EU: the EU is the target), "Moscow called the move
 * unfriendly" (the last act told before, by someone else). The object must be definite ("the", "this", "that"),
 * its head a trigger of the earlier event's class or a generic word for an act ({@code reference} cues).
 *
 * <pre>{@code
 * List<Participant> targets = references.targets(text, tokens, objectStart, sources, earlier);
 * List<Participant> proposers = references.proposers(view, participants, sentence, objectStart, sources);
 * }</pre>
 * Immutable and thread-safe.
 */
final class EventReference {

    /** How far back, in sentences, an act is looked for. */
    private static final int LOOK_BACK = 8;
    /** How far back, in sentences, a name owning the act ("Japan's bid") is looked for. */
    private static final int OWNER_LOOK_BACK = 2;

    private final TriggerLexicon triggers;
    private final EventCues cues;

    EventReference(TriggerLexicon triggers, EventCues cues) {
        this.triggers = triggers;
        this.cues = cues;
    }

    /**
     * The actors of the earlier act the definite noun phrase at token {@code k} names, as targets; acts of the
     * reacting side itself ({@code sources}) are passed over; empty when it names none.
     */
    List<Participant> targets(String text, List<Token> tokens, int k, int sentence, List<String> sources,
                              List<EventMerger.Told> earlier) {
        int head = head(tokens, k);
        if (head < 0) {
            return List.of();
        }
        Optional<TriggerLexicon.Match> named = triggers.longestAt(text, tokens, head);
        boolean generic = cues.isReference(tokens.get(head));
        // "Doe thanked Borduria ... Roe welcomed the decision": a deed, not the thanks told last
        boolean deed = cues.isDeed(tokens.get(head));
        Optional<String> verb = cues.referenceVerb(tokens.get(head));
        if (verb.isPresent()) {
            // "Y rejected the accusation": the last act told by "accused", not merely the last act told (the agreement
            // told between the accusation and its rejection is not what is rejected)
            String rule = EventFinder.TRIGGER_RULE + verb.get();
            // ("the suspension": "suspended Nigeria from", told by "suspend * from")
            List<Participant> told = actors(earlier, sentence, sources, e -> rule.equals(e.rule()) || e.rule().startsWith(rule + " "));
            if (!told.isEmpty()) {
                return told;
            }
        }
        return actors(earlier, sentence, sources, e -> {
            // "the test" after "its first nuclear weapons test": the head word of the earlier telling
            boolean sameHead = e.label().toLowerCase(java.util.Locale.ROOT).endsWith(Words.lower(tokens.get(head)));
            // "rejected the call": a word both a trigger ("the call" of a phone call) and a generic reference fits either way
            // "condemned the bombing" after "aircraft bombed the embassy": force told by a noun of another force class
            return sameHead || named.filter(m -> m.trigger().type().equals(e.type())
                            || CameoCodes.force(m.trigger().cameo()) && CameoCodes.force(e.cameo())
                            || CameoCodes.expulsion(m.trigger().cameo()) && CameoCodes.expulsion(e.cameo())).isPresent()
                    || generic && e.cameo() != null && !(deed && CameoCodes.comment(e.cameo()));
        });
    }

    /**
     * The source actors, as targets, of the last act told within {@link #LOOK_BACK} sentences that {@code fits} and
     * whose actors are not the reacting side ({@code sources}); empty when there is none.
     */
    private static List<Participant> actors(List<EventMerger.Told> earlier, int sentence, List<String> sources,
                                            java.util.function.Predicate<Event> fits) {
        // "Tass criticized the tour" after "Roe accepted an invitation to visit X next year": an act done or under way
        // before one only planned, which is passed over unless no other fits
        List<Participant> done = actorsOf(earlier, sentence, sources, fits.and(e -> !"planned".equals(e.status())));
        return done.isEmpty() ? actorsOf(earlier, sentence, sources, fits) : done;
    }

    private static List<Participant> actorsOf(List<EventMerger.Told> earlier, int sentence, List<String> sources,
                                              java.util.function.Predicate<Event> fits) {
        for (int i = earlier.size() - 1; i >= 0; i--) {
            Event e = earlier.get(i).event();
            if (e.first().sentence() < sentence - LOOK_BACK) {
                break;
            }
            List<Participant> actors = e.participants().stream().filter(p -> p.role().equals("source")).toList();
            boolean own = actors.stream().anyMatch(p -> sources.contains(ArticleView.key(p.mention())));
            if (fits.test(e) && !actors.isEmpty() && !own) {
                // a nationality word ("Pakistani aircraft bombed") stays read as its country
                return actors.stream().map(p -> new Participant(p.mention(), "target",
                        ArticleView.isDemonym(p.mention()) ? "coref:demonym" : "coref:event")).toList();
            }
        }
        return List.of();
    }

    /**
     * "Doe proposed a hotline, and Roe agreed to the proposal": the one who did what the definite noun at token
     * {@code k} names, told by its verb ({@code reference} cue value) earlier in this sentence or in the one before,
     * as the target; empty when none is told or it is one of {@code sources}.
     */
    List<Participant> proposers(ArticleView view, ParticipantFinder pf, Sentence s, int k, List<String> sources) {
        int head = head(s.tokens(), k);
        Optional<String> verb = head < 0 ? Optional.empty() : cues.referenceVerb(s.tokens().get(head));
        if (verb.isEmpty()) {
            return List.of();
        }
        for (int i = s.index(); i >= Math.max(0, s.index() - 1); i--) {
            Sentence in = view.sentence(i);
            for (int j = (i == s.index() ? k : in.tokens().size()) - 1; j >= 0; j--) {
                Token t = in.tokens().get(j);
                if (Chunks.isVerb(t) && Words.is(t, verb.get())) {
                    List<Participant> actors = pf.subject(in, j).stream()
                            .filter(p -> !sources.contains(ArticleView.key(p.mention()))).toList();
                    return actors.stream().map(p -> new Participant(p.mention(), "target", "coref:event")).toList();
                }
            }
        }
        return List.of();
    }

    /**
     * Whose act the definite noun phrase at token {@code k} names, when its head is a word for an act in general
     * ({@code reference} cues) and a name owns it: "condemned the decision of the Chinese government to close the
     * border" (an "of" phrase after the head), "Japan's bid for a seat ... China has opposed the bid" (the same word
     * owned by a name before it, in this sentence or the {@link #OWNER_LOOK_BACK} before); as targets, empty when no
     * name owns it or the owner is one of {@code sources}.
     */
    List<Participant> owners(ArticleView view, ParticipantFinder pf, Sentence s, int k, List<String> sources) {
        List<Token> tokens = s.tokens();
        int head = head(tokens, k);
        if (head < 0 || !cues.isReference(tokens.get(head))) {
            return List.of();
        }
        if (head + 2 < tokens.size() && Words.is(tokens.get(head + 1), "of")) {
            List<Participant> of = pf.objects(s, head + 2, "of-object").stream()
                    // "of the Chinese government": the nationality word read as its country
                    .map(p -> ArticleView.isDemonym(p.mention()) ? p.mention() : owner(pf, p.mention()))
                    .filter(m -> m != null && !sources.contains(ArticleView.key(m)))
                    .map(m -> new Participant(m, Participant.TARGET, ArticleView.isDemonym(m) ? "coref:demonym" : "of-object")).toList();
            if (!of.isEmpty()) {
                return of;
            }
        }
        String word = Words.lower(tokens.get(head));
        for (int i = s.index(); i >= Math.max(0, s.index() - OWNER_LOOK_BACK); i--) {
            Sentence in = view.sentence(i);
            List<EntityMention> named = view.entities(i);
            for (int n = named.size() - 1; n >= 0; n--) {
                EntityMention m = named.get(n);
                EntityMention owner = owner(pf, m);
                if (owner == null || i == s.index() && m.end() > tokens.get(k).begin() || !ParticipantFinder.possessive(in, m)
                        || sources.contains(ArticleView.key(owner)) || !owns(in, m, word)) {
                    continue;
                }
                return List.of(new Participant(owner, Participant.TARGET, "coref:owner"));
            }
        }
        return List.of();
    }

    /** Whether the word {@code word} follows the possessive name {@code m} within a few modifiers ("Japan's long bid"). */
    private static boolean owns(Sentence s, EntityMention m, String word) {
        List<Token> tokens = s.tokens();
        int j = ArticleView.tokenAt(s, m.end() - 1) + 1;
        if (j < tokens.size() && Words.isPossessiveMark(tokens.get(j))) {
            j++;
        }
        for (int n = 0; j < tokens.size() && n < 3; j++, n++) {
            Token t = tokens.get(j);
            if (Words.lower(t).equals(word)) {
                return true;
            }
            if (!t.pos().equals("ADJ") && !t.pos().equals("NOUN")) {
                return false;
            }
        }
        return false;
    }

    /** The actor a name stands for as an owner: itself, a capital its country; null for other names. */
    private static EntityMention owner(ParticipantFinder pf, EntityMention m) {
        if (ArticleView.isActor(m)) {
            return m;
        }
        return m.type() == org.newskg.kb.EntityType.CITY ? pf.countryOfCity(m) : null;
    }

    /**
     * The head of the definite noun phrase at token {@code k}, over quotes, adverbs and a "to" ("opposes" the test,
     * "strongly condemned the test", "agreed to the proposal"), or -1.
     */
    private static int head(List<Token> tokens, int k) {
        while (k < tokens.size() && (Words.isPunct(tokens.get(k)) && !Words.isComma(tokens.get(k))
                || tokens.get(k).pos().equals("ADV") || Words.is(tokens.get(k), "to") && tokens.get(k).pos().equals("ADP"))) {
            k++;
        }
        if (k >= tokens.size() || !Words.isAny(tokens.get(k), "the", "this", "that")) {
            return -1;
        }
        int head = Chunks.end(tokens, k) - 1;
        return head <= k ? -1 : head;
    }
}
