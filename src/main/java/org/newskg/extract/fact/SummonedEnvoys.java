package org.newskg.extract.fact;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.newskg.extract.EntityMention;
import org.newskg.extract.Participant;
import org.newskg.extract.TimeMention;
import org.newskg.kb.EntityType;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;

/**
 * The two sides of a summons (CAMEO 110) that the envoy's noun phrase tells rather than a name: the envoy's country
 * named before the post ("called in Ruritania's ambassador", "summoned the Borduran envoy") is the one acted on,
 * and in the passive ("Ruritania's ambassador was summoned to the foreign ministry") the summoner is the country of
 * the ministry named ("to the Borduran foreign ministry"), else the dateline's, where wire copy is filed from.
 *
 * <pre>{@code
 * Optional<EntityMention> country = SummonedEnvoys.envoyCountry(view, cues, tokens, from, to);
 * }</pre>
 * Stateless.
 */
final class SummonedEnvoys {

    /** The CAMEO code of the summons triggers ("summon", "call in * ambassador"). */
    static final String SUMMONS = "110";

    /** How many words an envoy's noun phrase may hold before its post ("the newly appointed Borduran"). */
    private static final int PHRASE = 6;

    private SummonedEnvoys() {
    }

    /**
     * The country named in the envoy's noun phrase of tokens [from, to) when a post ends it ("Ruritania's
     * ambassador", "the Borduran envoy"); empty when no post ends it or no country is named.
     */
    static Optional<EntityMention> envoyCountry(ArticleView view, EventCues cues, List<Token> tokens, int from, int to) {
        if (to <= from || to > tokens.size() || !cues.isPostEnding(tokens, to)) {
            return Optional.empty();
        }
        if (to < tokens.size() && Words.is(tokens.get(to), "'s")) {
            return Optional.empty(); // "the ambassador's car": no envoy summoned
        }
        for (int k = Math.max(from, to - PHRASE); k < to; k++) {
            EntityMention m = view.entityAt(tokens.get(k));
            if (m != null && m.type() == EntityType.COUNTRY) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /**
     * The envoy's country of an active summons, from the object noun phrase starting at token {@code from}
     * ("summoned the Borduran envoy to protest", "called in Ruritania's ambassador"): the first post ending a noun
     * phrase within a few words, with the country named before it.
     */
    static Optional<EntityMention> objectEnvoyCountry(ArticleView view, EventCues cues, List<Token> tokens, int from) {
        for (int k = from + 1; k <= tokens.size() && k <= from + PHRASE; k++) {
            Token last = tokens.get(k - 1);
            if (Words.isPunct(last) || k - 1 > from && Chunks.isVerb(last)) {
                break;
            }
            if (cues.isPostEnding(tokens, k)) {
                return envoyCountry(view, cues, tokens, from, k);
            }
        }
        return Optional.empty();
    }

    /**
     * The envoy's country of a passive summons whose subject is an envoy ("Ruritania's ambassador was summoned"),
     * read from the words before the form of "be" that opens the verb at {@code verb}.
     */
    static Optional<EntityMention> passiveEnvoyCountry(ArticleView view, EventCues cues, List<Token> tokens, int verb) {
        int be = verb - 1;
        while (be > 0 && !Words.is(tokens.get(be), "be")) {
            be--;
        }
        return be <= 0 ? Optional.empty() : envoyCountry(view, cues, tokens, 0, be);
    }

    /**
     * Who summons in a passive summons: the country of the ministry the envoy is summoned to ("to the Borduran
     * foreign ministry"), else the dateline city's country; empty when neither is known.
     */
    static Optional<Participant> passiveSummoner(ArticleView view, ParticipantFinder pf, Sentence s, int verb) {
        List<Token> tokens = s.tokens();
        if (verb + 2 < tokens.size() && Words.is(tokens.get(verb + 1), "to")) {
            for (int k = verb + 2; k < tokens.size() && k < verb + 2 + PHRASE; k++) {
                EntityMention m = view.entityAt(tokens.get(k));
                if (m != null && m.type() == EntityType.COUNTRY) {
                    // "to the Borduran foreign ministry": a demonym stands for its state only as a target
                    return ArticleView.isDemonym(m) ? Optional.empty() : Optional.of(new Participant(m, Participant.SOURCE, "summoner"));
                }
                if (m != null) {
                    return Optional.empty(); // "to the Borduran Foreign Ministry" named as a body: it is a party already
                }
                if (Words.isAny(tokens.get(k), "ministry", "office") || Words.isPunct(tokens.get(k))) {
                    break;
                }
            }
        }
        EntityMention city = Dateline.city(view);
        return city == null ? Optional.empty()
                : Optional.of(new Participant(pf.countryOfCity(city), Participant.SOURCE, "summoner"));
    }

    /**
     * Where the purpose infinitive of a summons ends ("summoned the envoy to protest against the closure"): an envoy is
     * summoned to hear a protest or a decision, so a day told after it dates the summons, not a later act. Token
     * {@code from} itself when no infinitive follows in the clause.
     */
    static int purposeEnd(List<Token> tokens, int from) {
        for (int k = from; k + 1 < tokens.size() && k < from + PHRASE; k++) {
            if (Words.isPunct(tokens.get(k))) {
                break;
            }
            if (tokens.get(k).penn().equals("TO") && tokens.get(k + 1).penn().equals("VB")) {
                return k + 2;
            }
        }
        return from;
    }

    /**
     * The day of a summons told as done ("summoned the envoy to protest ... on Monday"): a bare weekday read ahead of
     * the story's day (the purpose infinitive looks ahead) is the one just before it, since the summons has happened.
     */
    static TimeMention happenedDay(ArticleView view, TimeMention date) {
        if (date == null || !date.rule().contains("weekday") || !date.value().matches("\\d{4}-\\d{2}-\\d{2}")
                || Dateline.compareToStoryDay(view, date) <= 0) {
            return date;
        }
        String earlier = LocalDate.parse(date.value()).minusWeeks(1).toString();
        return new TimeMention(date.begin(), date.end(), date.text(), date.sentence(), date.type(), earlier, date.rule());
    }
}
