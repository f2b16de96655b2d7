package org.newskg.extract.fact;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.newskg.extract.EntityMention;
import org.newskg.extract.Statement;
import org.newskg.extract.TimeMention;
import org.newskg.kb.EntityType;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;

/**
 * Reads the words that refer to someone named elsewhere in the article: a definite title ("the king", "the German
 * Chancellor"), the visitor ("the visiting minister"), a body by its common noun ("the council"), a pronoun (through
 * {@link Coreference}, the speaker of a quotation standing for "I" and "we").
 * Immutable; one per article.
 */
final class ReferenceReadings {

    /** Tokens from "visiting" to the visitor's name at most: a demonym and a title of three words. */
    private static final int NAME_REACH = 5;

    private final ArticleView view;
    private final Coreference coref;
    private final List<Statement> statements;
    private final TitleLexicon titles;

    ReferenceReadings(ArticleView view, Coreference coref, List<Statement> statements, TitleLexicon titles) {
        this.view = view;
        this.coref = coref;
        this.statements = statements;
        this.titles = titles;
    }

    /**
     * "the king", "the German Chancellor": a title ending at token {@code j} after "the" and at most a demonym (and
     * "visiting" before it),
     * with no name after it; answers the index of "the", else -1.
     */
    int definiteTitle(Sentence s, int j) {
        List<Token> tokens = s.tokens();
        if (j + 1 < tokens.size() && view.entityAt(tokens.get(j + 1)) != null) {
            return -1;
        }
        Optional<TitleLexicon.Title> title = titles.endingAt(view.text(), tokens, j + 1);
        if (title.isEmpty()) {
            return -1;
        }
        int k = title.get().start() - 1;
        EntityMention before = k >= 0 ? view.entityAt(tokens.get(k)) : null;
        if (before != null && (ArticleView.isDemonym(before) || before.type() == EntityType.COUNTRY)) {
            k = ArticleView.tokenAt(s, before.begin()) - 1;
            if (visiting(tokens, k)) {
                k--; // "the visiting Chinese president": the president of that country, who is visiting
            }
        }
        return k >= 0 && Words.is(tokens.get(k), "the") ? k : -1;
    }

    /**
     * "the visiting minister": a title ending at token {@code j} after "the visiting", with no name after it;
     * answers the index of "the", else -1.
     */
    int visitingTitle(Sentence s, int j) {
        List<Token> tokens = s.tokens();
        if (j + 1 < tokens.size() && view.entityAt(tokens.get(j + 1)) != null) {
            return -1;
        }
        for (int v = j - 1; v >= 1 && v >= j - 3; v--) {
            if (visiting(tokens, v)) {
                boolean title = titles.startingAt(view.text(), tokens, v + 1).filter(x -> x.end() == j + 1).isPresent();
                return title && Words.is(tokens.get(v - 1), "the") ? v - 1 : -1;
            }
        }
        return -1;
    }

    /**
     * "the council": a lower-case common noun at token {@code j} right after "the", ending its noun phrase and naming
     * no one itself: the body named before whose name ends in that noun, if the article has one.
     */
    Optional<EntityMention> definiteBody(Sentence s, int j) {
        List<Token> tokens = s.tokens();
        if (j < 1 || j >= tokens.size() || !Words.is(tokens.get(j - 1), "the")) {
            return Optional.empty();
        }
        Token t = tokens.get(j);
        boolean noun = t.pos().equals("NOUN") && !t.isCapitalized() && view.entityAt(t) == null && endsNounPhrase(tokens, j + 1);
        return noun ? coref.bodyNamed(t.text(), s.index(), t.begin()) : Optional.empty();
    }

    /** "visiting" as a word before a noun: "the visiting president". */
    static boolean visiting(List<Token> tokens, int k) {
        return k > 0 && tokens.get(k).text().equalsIgnoreCase("visiting") && tokens.get(k - 1).pos().equals("DET");
    }

    /**
     * "visiting" before the visitor's name, titles and demonym ("held talks with visiting Ruritanian Prime Minister
     * Jane Doe"), not after a form of "be" ("is visiting Japan"): it says who is meant; the visit is told elsewhere,
     * as "the visiting minister" is.
     */
    static boolean visitingName(ArticleView view, List<Token> tokens, int k) {
        if (k == 0 || !tokens.get(k).text().equalsIgnoreCase("visiting") || tokens.get(k - 1).pos().equals("AUX")) {
            return false;
        }
        for (int j = k + 1; j < tokens.size() && j <= k + NAME_REACH; j++) {
            Token t = tokens.get(j);
            EntityMention m = view.entityAt(t);
            if (m != null && !ArticleView.isDemonym(m)) {
                return m.type() == EntityType.PERSON; // "visiting Japan": the place visited
            }
            if (!t.isCapitalized()) {
                return false;
            }
        }
        return false;
    }

    /** Whether nothing of the noun phrase follows token {@code end}: no possessive, noun or name. */
    static boolean endsNounPhrase(List<Token> tokens, int end) {
        if (end >= tokens.size()) {
            return true;
        }
        Token next = tokens.get(end);
        return !(next.text().startsWith("'") || next.pos().equals("NOUN") || next.pos().equals("PROPN") || next.isCapitalized());
    }

    /** The person or body a pronoun at token {@code t} stands for, if resolvable. */
    Optional<EntityMention> pronoun(Sentence s, Token t) {
        return coref.pronoun(s.index(), t.begin(), speakerAt(t));
    }

    /** When the statement holding token {@code t} was said, or null. */
    TimeMention saidOn(Token t) {
        return holding(t).map(Statement::date).filter(Objects::nonNull).findFirst().orElse(null);
    }

    /** The speaker of the statement holding token {@code t}, or null. */
    EntityMention speakerAt(Token t) {
        return holding(t).map(Statement::speaker).findFirst().orElse(null);
    }

    private Stream<Statement> holding(Token t) {
        return statements.stream().filter(st -> st.begin() <= t.begin() && t.begin() < st.end());
    }
}
