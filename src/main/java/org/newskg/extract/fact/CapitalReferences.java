package org.newskg.extract.fact;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newskg.extract.EntityMention;
import org.newskg.extract.Extraction;
import org.newskg.kb.EntityType;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;

/**
 * "arrived in the Ethiopian capital", "met in Brazil's capital", "the capital of Kenya": the word "capital" after a
 * country (its demonym or its name and "'s") or before "of" and a country names that country's capital city, which
 * the knowledge base knows. Each such word becomes a city mention of its own (rule {@value #RULE}) so that events
 * may take it for their place and the linker resolves it; the country word keeps its own mention. Not when a name
 * follows ("the Tunisian capital Tunis": that name is the place), nor for "capital" modifying a noun ("capital
 * punishment"). Immutable.
 */
final class CapitalReferences {

    static final String RULE = "coref:capital";
    private static final double CONFIDENCE = 0.8;

    private CapitalReferences() {
    }

    /** The mentions with a city mention added for each capital referred to by its country; the same extraction when none. */
    static Extraction added(Extraction mentions, PlaceCountries places) {
        ArticleView view = new ArticleView(mentions);
        List<EntityMention> found = new ArrayList<>();
        for (Sentence s : view.sentences()) {
            List<Token> tokens = s.tokens();
            for (int k = 0; k < tokens.size(); k++) {
                Token t = tokens.get(k);
                if (!t.text().equals("capital") || !t.pos().equals("NOUN") || view.entityAt(t) != null || named(view, tokens, k)) {
                    continue;
                }
                country(view, tokens, k).flatMap(c -> places.capitalOf(c.kbQid())).ifPresent(p -> found.add(new EntityMention(
                        t.begin(), t.end(), t.text(), s.index(), EntityType.CITY, p.label(), p.qid(), RULE, CONFIDENCE)));
            }
        }
        return mentions.withMentions(found);
    }

    /** Whether a name or a noun follows "capital" at {@code k}: "the Tunisian capital(,) Tunis", "capital markets". */
    private static boolean named(ArticleView view, List<Token> tokens, int k) {
        if (k + 1 >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(k + 1);
        if (next.pos().equals("NOUN") || next.pos().equals("PROPN") || ArticleView.isPlace(view.entityAt(next))) {
            return true;
        }
        return Words.isComma(next) && k + 2 < tokens.size() && ArticleView.isPlace(view.entityAt(tokens.get(k + 2)));
    }

    /** The country whose capital the word at {@code k} is: "the Kenyan capital", "Kenya's capital", "the capital of Kenya". */
    private static Optional<EntityMention> country(ArticleView view, List<Token> tokens, int k) {
        int before = k > 0 && tokens.get(k - 1).text().matches("['’]s") ? k - 2 : k - 1;
        EntityMention m = before >= 0 ? view.entityAt(tokens.get(before)) : null;
        if (m == null && k + 2 < tokens.size() && Words.is(tokens.get(k + 1), "of")) {
            m = view.entityAt(tokens.get(k + 2));
            m = m == null || ArticleView.isDemonym(m) ? null : m;
        }
        return m != null && m.type() == EntityType.COUNTRY && m.kbQid() != null ? Optional.of(m) : Optional.empty();
    }
}
