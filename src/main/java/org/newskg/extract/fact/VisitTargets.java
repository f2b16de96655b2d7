package org.newskg.extract.fact;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.newskg.extract.EntityMention;
import org.newskg.extract.Participant;
import org.newskg.kb.EntityType;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;

/**
 * Whom a visitor goes to see, read from the visit's own clause: the person after a {@code visited} cue
 * ("will travel to X for talks with Y", "is to visit X at the invitation of Y", "flew to X to meet Y"), a person
 * after "to" ("to present the plan to Y": nobody travels to a person), or the one who invited the visitor
 * ("Y invited Doe to pay a state visit").
 *
 * <pre>{@code
 * List<Participant> hosts = new VisitTargets(view, pf, cues).find(sentence, labelStart, labelEnd, visitors);
 * }</pre>
 * Immutable; one per article.
 */
final class VisitTargets {

    /** How far before a visit an inviting verb may stand ("invited the Ruritanian president to pay a visit"). */
    private static final int INVITE_WINDOW = 10;

    private final ArticleView view;
    private final ParticipantFinder pf;
    private final EventCues cues;

    VisitTargets(ArticleView view, ParticipantFinder pf, EventCues cues) {
        this.view = view;
        this.pf = pf;
        this.cues = cues;
    }

    /**
     * The people the visit of tokens [ls, le) goes to, other than the {@code visitors}, as its targets: all of those
     * joined after the cue ("at the invitation of Roe and Poe"); empty when none is named.
     */
    List<Participant> find(Sentence s, int ls, int le, Collection<EntityMention> visitors) {
        List<Token> tokens = s.tokens();
        // "arrived in X at the invitation of Roe and was greeted at the airport by Poe": who invited and who greeted
        List<Participant> invited = List.of();
        for (int k = le; k < tokens.size(); k++) {
            if (Words.isPunct(tokens.get(k)) && !Words.isHyphenPiece(tokens.get(k))) {
                // "Doe, who arrived here on Monday for a state visit, was greeted at the airport by Roe": the clause
                // the visit is told in closes, and its subject is received by Roe
                List<EntityMention> greeters = Words.isComma(tokens.get(k)) && inRelativeClause(tokens, ls)
                        ? greeter(s, k + 1, visitors) : List.of();
                if (!greeters.isEmpty()) {
                    return withGreeters(invited, greeters);
                }
                break; // ", during which he held talks with Roe": another event's partner, told in its own clause
            }
            Optional<EntityMention> owner = cues.visitedByOwner(tokens.get(k)) ? possessiveOwner(s, k) : Optional.empty();
            if (invited.isEmpty() && owner.isPresent() && !visitors.contains(owner.get())) {
                invited = List.of(target(owner.get())); // "is to travel to X at Roe's invitation": Roe asks the visitor
                continue;
            }
            if (Words.isAny(tokens.get(k), "and", "but") && k + 1 < tokens.size()
                    && (Chunks.isVerb(tokens.get(k + 1)) || tokens.get(k + 1).penn().equals("MD"))) {
                // "arrived in X and was greeted by Roe at the airport": who receives the visitor; else "is to fly to X
                // and will travel on to Y for talks with Roe": the second trip's partner
                List<EntityMention> greeters = greeter(s, k + 1, visitors);
                if (!greeters.isEmpty()) {
                    return withGreeters(invited, greeters);
                }
                break;
            }
            int after = invited.isEmpty() ? cues.visitedCue(tokens, k) : -1;
            // "at the invitation of the Central Committee of the Ruritanian party", "for talks with the Union": a body
            // the visitor is asked by or goes to see is the visit's target too; but one travels to a body's seat, so
            // after a bare "to" only people
            boolean bodies = after > 0;
            if (invited.isEmpty() && after < 0 && Words.is(tokens.get(k), "to") && k + 1 < tokens.size() && !Chunks.isVerb(tokens.get(k + 1))) {
                after = k + 1; // a preposition, not the "to" of an infinitive
            }
            if (after > 0) {
                // "at the invitation of the Ruritanian government": the state whose government asks
                invited = pf.objects(s, after, "visited").stream()
                        .filter(p -> bodies && p.via().equals("coref:government") || p.mention().type() == EntityType.PERSON
                                || bodies && body(s, p.mention()))
                        .filter(p -> !visitors.contains(p.mention()))
                        .map(p -> p.via().equals("coref:government") ? p.as(Participant.TARGET) : target(p.mention()))
                        .distinct().toList();
            }
        }
        return !invited.isEmpty() ? invited : inviter(s, ls, visitors).map(m -> List.of(target(m))).orElse(List.of());
    }

    /** The visit's targets named before its greeting, then the greeters not among them. */
    private static List<Participant> withGreeters(List<Participant> invited, List<EntityMention> greeters) {
        List<Participant> out = new ArrayList<>(invited);
        greeters.stream().filter(g -> invited.stream().noneMatch(p -> p.mention() == g)).map(VisitTargets::target).forEach(out::add);
        return out;
    }

    /** Whether the words before token {@code ls} open a relative clause on a subject (", who arrived here ..."). */
    private static boolean inRelativeClause(List<Token> tokens, int ls) {
        for (int k = ls - 1; k > 0; k--) {
            if (Words.isPunct(tokens.get(k)) && !Words.isHyphenPiece(tokens.get(k))) {
                return false;
            }
            if (Words.is(tokens.get(k), "who")) {
                return Words.isComma(tokens.get(k - 1));
            }
        }
        return false;
    }

    /**
     * "at Roe's invitation", "at the Ruritanian government's invitation": the person or body whose possessive stands
     * right before the noun of a {@code visited} cue "NOUN of" at token {@code k}.
     */
    private Optional<EntityMention> possessiveOwner(Sentence s, int k) {
        List<Token> tokens = s.tokens();
        if (k < 2) {
            return Optional.empty();
        }
        Token before = tokens.get(k - 1);
        EntityMention m = Words.isPossessiveMark(before) ? view.entityAt(tokens.get(k - 2)) : view.entityAt(before);
        boolean actor = m != null && (m.type() == EntityType.PERSON || body(s, m) || m.type() == EntityType.COUNTRY);
        return actor && ParticipantFinder.possessive(s, m) ? Optional.of(m) : Optional.empty();
    }

    private static Participant target(EntityMention m) {
        return new Participant(m, Participant.TARGET, "visited");
    }

    /**
     * "and was greeted by Roe", "and was met at the airport by Roe": the people after "by" in a passive greeting that
     * opens at token {@code k}, other than the {@code visitors}; else none.
     */
    private List<EntityMention> greeter(Sentence s, int k, Collection<EntityMention> visitors) {
        List<Token> tokens = s.tokens();
        int v = k + 1;
        while (v < tokens.size() && tokens.get(v).penn().startsWith("RB")) {
            v++; // "was warmly welcomed at the airport by Roe": a manner adverb before the greeting
        }
        if (v >= tokens.size() || !Words.is(tokens.get(k), "be") || !cues.isGreeting(tokens.get(v))) {
            return List.of();
        }
        for (int b = v + 1; b + 1 < tokens.size() && b <= v + 1 + Clauses.CLAUSE_WINDOW; b++) {
            if (Words.isPunct(tokens.get(b)) || Chunks.isVerb(tokens.get(b))) {
                return List.of();
            }
            if (Words.is(tokens.get(b), "by")) {
                return pf.objects(s, b + 1, "visited").stream().map(Participant::mention)
                        .filter(m -> m.type() == EntityType.PERSON && !visitors.contains(m)).distinct().toList();
            }
        }
        return List.of();
    }

    /**
     * "Roe invited Doe to pay a state visit", "Roe has invited the ministers to talks": the subject of an inviting verb
     * a few words before the event, other than the {@code visitors}.
     */
    Optional<EntityMention> inviter(Sentence s, int ls, Collection<EntityMention> visitors) {
        int k = invitation(s, ls);
        return k < 0 || !Chunks.isVerb(s.tokens().get(k)) ? Optional.empty() : person(pf.subject(s, k), visitors);
    }

    /**
     * Whether the event starting at token {@code ls} is one someone was invited to ("invited Doe to pay a visit",
     * "invited the ministers to talks", "accepted an invitation to visit X"): a plan, not a thing done.
     */
    static boolean invited(Sentence s, int ls) {
        return invitation(s, ls) >= 0;
    }

    /** The inviting verb a few words before the visit in its clause, or -1. */
    private static int invitation(Sentence s, int ls) {
        List<Token> tokens = s.tokens();
        for (int k = ls - 1; k >= 0 && k >= ls - INVITE_WINDOW; k--) {
            Token t = tokens.get(k);
            if (Words.isPunct(t)) {
                return -1;
            }
            if (Words.is(t, "invite") && Chunks.isVerb(t)) {
                return k;
            }
            if (Words.is(t, "invitation") && k + 1 < tokens.size() && Words.is(tokens.get(k + 1), "to")) {
                return k; // "accepted an invitation to visit X": but not "at the invitation of Roe"
            }
        }
        return -1;
    }

    /** An organization heading its phrase: not "European Union leaders", people of the body. */
    private static boolean body(Sentence s, EntityMention m) {
        int next = ArticleView.tokenAt(s, m.end() - 1) + 1;
        return m.type() == EntityType.ORGANIZATION && !ArticleView.isDemonym(m)
                && (next >= s.tokens().size() || !s.tokens().get(next).pos().equals("NOUN"));
    }

    private static Optional<EntityMention> person(List<Participant> found, Collection<EntityMention> visitors) {
        return found.stream().map(Participant::mention)
                .filter(m -> m.type() == EntityType.PERSON && !visitors.contains(m)).findFirst();
    }
}
