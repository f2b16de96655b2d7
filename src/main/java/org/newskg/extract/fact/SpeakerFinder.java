package org.newskg.extract.fact;

import java.util.List;
import java.util.Optional;
import org.newskg.extract.EntityMention;
import org.newskg.kb.EntityType;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;

/**
 * Finds who speaks next to a reporting verb: the noun phrase just before it ("German Chancellor Olaf Scholz
 * said", "he said", "a Hoshino spokesperson said", "the German government said") or just after it ("said
 * Moussa ..."). Only people, organizations and countries speak; a place before the verb ("a diplomat in
 * Brussels told") is no speaker.
 *
 * <pre>{@code
 * Optional<SpeakerFinder.Speaker> sp = speakers.before(view, coref, sentence, verbStart, null);
 * }</pre>
 * Immutable and thread-safe.
 */
final class SpeakerFinder {

    /**
     * Tokens that may describe a person between "the" and a title: "the 44-year-old president" (five tokens when the
     * tokenizer splits the hyphens), "the outgoing premier".
     */
    private static final int DESCRIBING_WORDS = 6;

    /** The longest description before a name in apposition: "a spokesman for the opposition Ruritanian People's Party". */
    private static final int MAX_DESCRIPTION = 12;

    /** The speaker and the tokens [start, end) of the noun phrase naming it. */
    record Speaker(EntityMention mention, int start, int end, boolean viaPronoun) {
    }

    private final TitleLexicon titles;
    private final CorefLexicon coref;

    SpeakerFinder(TitleLexicon titles, CorefLexicon coref) {
        this.titles = titles;
        this.coref = coref;
    }

    /** The speaker named by the phrase ending just before token {@code v} (adverbs and auxiliaries skipped). */
    Optional<Speaker> before(ArticleView view, Coreference resolver, Sentence s, int v, EntityMention hint) {
        List<Token> tokens = s.tokens();
        int j = v - 1;
        // "Beijing said it ...": the tagger may call a name an auxiliary; a name is never skipped
        while (j >= 0 && v - j <= 2 && (tokens.get(j).pos().equals("ADV") || tokens.get(j).pos().equals("AUX"))
                && view.entityAt(tokens.get(j)) == null) {
            j--;
        }
        j = beforeRelativeClause(view, tokens, j);
        if (j < 0) {
            return Optional.empty();
        }
        // "..., Pranab Mukherjee, who told her India had evidence": the relative pronoun speaks for the name before it
        if (j >= 2 && Words.is(tokens.get(j), "who") && Words.isComma(tokens.get(j - 1))) {
            EntityMention antecedent = view.entityAt(tokens.get(j - 2));
            if (ArticleView.isActor(antecedent) && antecedent.end() == tokens.get(j - 2).end()) {
                return Optional.of(new Speaker(antecedent, npStart(view, tokens, ArticleView.tokenAt(s, antecedent.begin())), j + 1,
                        false));
            }
        }
        Optional<Speaker> apposed = appositiveName(view, s, j);
        if (apposed.isPresent()) {
            return apposed;
        }
        final int last = j;
        Token t = tokens.get(j);
        EntityMention m = view.entityAt(t);
        if (ArticleView.isActor(m) && m.end() == t.end()) {
            return Optional.of(new Speaker(m, npStart(view, tokens, ArticleView.tokenAt(s, m.begin())), j + 1, false));
        }
        if (isSeatSubject(tokens, s, m, t)) {
            return Optional.of(new Speaker(m, ArticleView.tokenAt(s, m.begin()), j + 1, false));
        }
        Optional<CorefLexicon.Phrase> p = coref.endingAt(view.text(), tokens, j + 1);
        if (p.isPresent()) {
            CorefLexicon.Phrase phrase = p.get();
            switch (phrase.kind()) {
                case "pronoun" -> {
                    if (Words.isAny(t, "he", "she")) {
                        return resolver.pronoun(s.index(), t.begin(), hint)
                                .map(a -> new Speaker(a, phrase.start(), last + 1, true));
                    }
                }
                case "spokes", "government" -> {
                    for (int k = phrase.start() - 1; k >= 0 && k >= phrase.start() - 3; k--) {
                        EntityMention owner = view.entityAt(tokens.get(k));
                        // "a White House spokesman": the building stands for the body in it
                        if (owner != null && (owner.type() == EntityType.ORGANIZATION || owner.type() == EntityType.COUNTRY
                                || owner.type() == EntityType.FACILITY)) {
                            return Optional.of(new Speaker(owner, npStart(view, tokens, k), j + 1, false));
                        }
                        if (Words.isPunct(tokens.get(k))) {
                            break;
                        }
                    }
                }
                default -> {
                }
            }
            return Optional.empty();
        }
        // "the Chinese President said": a title after a demonym, held by one person of that country
        Optional<TitleLexicon.Title> title = titles.endingAt(view.text(), tokens, j + 1);
        if (title.isPresent() && title.get().start() > 0) {
            EntityMention demonym = view.entityAt(tokens.get(title.get().start() - 1));
            if (demonym != null && ArticleView.isDemonym(demonym)) {
                int start = title.get().start() - 1;
                Optional<EntityMention> named = resolver.holderOf(demonym, t.begin());
                // No holder of that country's offices in the article: the office words name the person.
                return (named.isPresent() ? named : resolver.unnamedHolder(s, ArticleView.tokenAt(s, demonym.begin()), last + 1, title.get().normalized(), demonym, null))
                        .map(a -> new Speaker(a, npStart(view, tokens, start), last + 1, true));
            }
        }
        // "the country's foreign minister said"
        if (title.isPresent() && title.get().start() >= 1) {
            Optional<CorefLexicon.Phrase> the = coref.endingAt(view.text(), tokens, title.get().start());
            if (the.isPresent() && the.get().kind().equals("country")) {
                return resolver.titleOfCountry(s, the.get().start(), title.get())
                        .map(a -> new Speaker(a, the.get().start(), last + 1, true));
            }
        }
        // "the president said", "the 44-year-old president said": the one person the article gave that office before
        int the = title.isPresent() ? definiteStart(tokens, title.get().start()) : -1;
        if (the >= 0) {
            return resolver.holderOfTitle(title.get().normalized(), null, s.index(), t.begin())
                    .map(a -> new Speaker(a, the, last + 1, true));
        }
        return Optional.empty();
    }

    /**
     * The index of the "the" that opens a title's noun phrase, over a few lower-case words describing the holder
     * ("44-year-old", "outgoing"); -1 when the title has no article of its own ("Ruritanian President", "a minister").
     */
    private static int definiteStart(List<Token> tokens, int titleStart) {
        for (int k = titleStart - 1; k >= 0 && k >= titleStart - 1 - DESCRIBING_WORDS; k--) {
            Token t = tokens.get(k);
            if (Words.is(t, "the")) {
                return k;
            }
            // the tagger calls "year" of "44 - year - old" and "outgoing" nouns
            boolean hyphened = t.text().contains("-") || Words.is(tokens.get(k + 1), "-") || k > 0 && Words.is(tokens.get(k - 1), "-");
            boolean describes = !t.isCapitalized() && (t.pos().equals("ADJ") || t.pos().equals("NUM") || hyphened
                    || t.pos().equals("NOUN") && t.text().endsWith("ing"));
            if (!describes) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "Washington said", "..., Moscow warned", "The White House said": a city or a building alone at the head of the
     * subject speaks for the government or body seated there, as wire copy writes it. Not "a diplomat in Beijing said"
     * (a preposition before the city) nor "the Paris office said" (a word of the noun phrase before it).
     */
    private static boolean isSeatSubject(List<Token> tokens, Sentence s, EntityMention m, Token last) {
        boolean building = m != null && m.type() == EntityType.FACILITY;
        if (m == null || m.type() != EntityType.CITY && !building || ArticleView.isDemonym(m) || m.end() != last.end()) {
            return false;
        }
        int first = ArticleView.tokenAt(s, m.begin());
        if (building && first > 0 && Words.is(tokens.get(first - 1), "the")) {
            first--;
        }
        if (first <= StatementFinder.contentStart(tokens)) {
            return true;
        }
        Token before = tokens.get(first - 1);
        // Not by part of speech alone: the tagger may call "in" SCONJ.
        return Words.isComma(before) || before.pos().equals("CCONJ") || Words.isAny(before, "that", "because", "while")
                || before.text().equals("\"") || before.text().equals("”");
    }

    /** "Doe, speaking in Madrid, said": a participle opening an aside after an actor's name says how, not who. */
    private static boolean participleAside(List<Token> tokens, int first, EntityMention before) {
        Token p = tokens.get(first);
        return ArticleView.isActor(before) && p.pos().equals("VERB")
                && (p.text().endsWith("ing") || p.text().endsWith("ed") || p.text().endsWith("en"));
    }

    /**
     * "X, who chaired the session, said" and "X, chairman of Y, said": the last token of X, else {@code j}
     * itself; so is an aside opened by a participle ("X, speaking in Madrid, said"). An apposition without a verb is skipped only when a person's name stands before it.
     */
    private static int beforeRelativeClause(ArticleView view, List<Token> tokens, int j) {
        if (j < 0 || !Words.isComma(tokens.get(j))) {
            return j;
        }
        boolean verb = false;
        for (int k = j - 1; k > 0 && k >= j - 15; k--) {
            Token t = tokens.get(k);
            if (Words.isComma(t)) {
                EntityMention before = view.entityAt(tokens.get(k - 1));
                boolean relative = Words.isAny(tokens.get(k + 1), "who", "which");
                boolean apposition = !verb && before != null && before.type() == EntityType.PERSON;
                return relative || apposition || participleAside(tokens, k + 1, before) ? k - 1 : j;
            }
            verb |= t.pos().equals("VERB") || t.pos().equals("AUX");
        }
        return j;
    }

    /**
     * "..., a spokesman for the ruling party, Jane Doe, told reporters": a person's name set off by commas after the
     * noun phrase that describes it (opened by an article or a title, with no verb); the phrase starts the speaker's
     * noun phrase, so a trailing attribution ends the content before it. {@code j} is the comma after the name.
     */
    private Optional<Speaker> appositiveName(ArticleView view, Sentence s, int j) {
        List<Token> tokens = s.tokens();
        if (j < 3 || !Words.isComma(tokens.get(j))) {
            return Optional.empty();
        }
        EntityMention m = view.entityAt(tokens.get(j - 1));
        if (m == null || m.type() != EntityType.PERSON || m.end() != tokens.get(j - 1).end()) {
            return Optional.empty();
        }
        int first = ArticleView.tokenAt(s, m.begin());
        if (first < 2 || !Words.isComma(tokens.get(first - 1))) {
            return Optional.empty();
        }
        // the description opens the sentence's content (after a dateline) or follows a comma
        int open = StatementFinder.contentStart(tokens);
        int d = first - 2;
        while (d > open && !Words.isComma(tokens.get(d - 1)) && first - d <= MAX_DESCRIPTION) {
            d--;
        }
        if (d > open && !Words.isComma(tokens.get(d - 1))) {
            return Optional.empty();
        }
        if (Words.isAny(tokens.get(d), "and", "but") && d + 1 < first - 1) {
            d++; // "X seized the building, and the commission's chairman, Doe, said"
        }
        for (int k = d; k < first - 1; k++) {
            EntityMention inside = view.entityAt(tokens.get(k));
            if (tokens.get(k).pos().equals("VERB") || tokens.get(k).pos().equals("AUX")
                    || inside != null && inside.type() == EntityType.PERSON) {
                return Optional.empty();
            }
        }
        boolean described = Words.isAny(tokens.get(d), "a", "an", "the") || titles.startingAt(view.text(), tokens, d).isPresent();
        return described ? Optional.of(new Speaker(m, d, j, false)) : Optional.empty();
    }

    /** The speaker named just after the verb ending at token {@code i}: "said German Chancellor Olaf Scholz". */
    Optional<Speaker> after(ArticleView view, Sentence s, int i) {
        List<Token> tokens = s.tokens();
        int k = i;
        while (k < tokens.size() && k < i + 5) {
            Token t = tokens.get(k);
            EntityMention m = view.entityAt(t);
            if (ArticleView.isActor(m)) {
                if (m.type() != EntityType.PERSON && m.type() != EntityType.ORGANIZATION) {
                    return Optional.empty();
                }
                int end = ArticleView.tokenAt(s, m.end() - 1) + 1;
                return Optional.of(new Speaker(m, i, end, false));
            }
            boolean modifier = t.pos().equals("DET") || t.text().equals("'s") || m != null && ArticleView.isDemonym(m)
                    || titles.startingAt(view.text(), tokens, k).isPresent() || t.isCapitalized() && !Words.isPunct(t);
            if (!modifier) {
                return Optional.empty();
            }
            k++;
        }
        return Optional.empty();
    }

    /** Extends a name to the left over its title, the title's country or organization and a determiner. */
    int npStart(ArticleView view, List<Token> tokens, int first) {
        int start = first;
        Optional<TitleLexicon.Title> title = titles.endingAt(view.text(), tokens, start);
        if (title.isPresent()) {
            start = title.get().start();
        }
        while (start > 0) {
            Token t = tokens.get(start - 1);
            EntityMention m = view.entityAt(t);
            boolean owner = m != null && m.type() != EntityType.PERSON && title.isPresent();
            if (t.pos().equals("DET") || t.text().equals("'s") || owner || Words.isAny(t, "acting", "deputy", "former")) {
                start--;
            } else {
                break;
            }
        }
        return start;
    }
}
