package org.newskg.extract.fact;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newskg.extract.EntityMention;
import org.newskg.extract.Event;
import org.newskg.extract.Evidence;
import org.newskg.extract.Participant;
import org.newskg.extract.RoleMention;
import org.newskg.kb.EntityType;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;

/**
 * The office of a person the text names as someone's counterpart: "Modi met his Pakistani counterpart Nawaz
 * Sharif", where Modi is "Prime Minister Narendra Modi", makes Sharif Prime Minister of Pakistan. The title is the
 * one the article gives the person "his" refers to (the event already resolved it: {@link
 * Participant#counterpartOf()}), the owner the country or organization written before "counterpart"; nothing
 * when the article gives that person no title or two, or names no owner.
 *
 * <pre>{@code
 * List<RoleMention> more = CounterpartRoles.find(view, roles, events);
 * }</pre>
 */
final class CounterpartRoles {

    private CounterpartRoles() {
    }

    /** Roles read from counterparts, for people {@code roles} gives no title with an owner of its own. */
    static List<RoleMention> find(ArticleView view, List<RoleMention> roles, List<Event> events) {
        List<RoleMention> out = new ArrayList<>();
        for (Event e : events) {
            for (Participant p : e.participants()) {
                if (p.counterpartOf() == null || p.mention().type() != EntityType.PERSON || !p.via().equals("apposition")) {
                    continue;
                }
                role(view, roles, p).filter(r -> !known(roles, r) && !known(out, r)).ifPresent(out::add);
            }
        }
        return out;
    }

    private static Optional<RoleMention> role(ArticleView view, List<RoleMention> roles, Participant p) {
        Sentence s = view.sentence(p.mention().sentence());
        List<Token> tokens = s.tokens();
        int i = ArticleView.tokenAt(s, p.mention().begin()) - 1;
        if (i >= 0 && Words.isComma(tokens.get(i))) {
            i--;
        }
        if (i < 1 || !Words.isAny(tokens.get(i), "counterpart")) {
            return Optional.empty();
        }
        EntityMention owner = view.entityAt(tokens.get(i - 1));
        if (owner == null || owner.type() != EntityType.COUNTRY && owner.type() != EntityType.ORGANIZATION) {
            return Optional.empty();
        }
        List<String> titles = roles.stream().filter(r -> !r.former()
                        && ArticleView.key(r.person()).equals(ArticleView.key(p.counterpartOf())))
                .map(RoleMention::title).distinct().toList();
        if (titles.size() != 1) {
            return Optional.empty();
        }
        Evidence words = new Evidence(s.index(), owner.begin(), tokens.get(i).end());
        return Optional.of(new RoleMention(p.mention(), titles.get(0), owner, words, "role:counterpart"));
    }

    /** The text already gives this person this title with an owner ("his counterpart, Pakistani Prime Minister X"). */
    private static boolean known(List<RoleMention> roles, RoleMention r) {
        return roles.stream().anyMatch(o -> o.of() != null && o.title().equals(r.title())
                && ArticleView.key(o.person()).equals(ArticleView.key(r.person())));
    }
}
