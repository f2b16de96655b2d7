package org.newskg.extract.fact;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newskg.extract.EntityMention;
import org.newskg.extract.Evidence;
import org.newskg.extract.RoleMention;
import org.newskg.kb.EntityType;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;

/**
 * Finds people holding positions: "German Chancellor Olaf Scholz", "Russia's deputy ambassador Dmitry
 * Polyanskiy", "Hoshino Motor Chief Executive Kenji Watanabe" (title before the name, with the country or
 * organization before the title or in "of X" after the name: "King Hussein of Jordan"), and "X, the chairperson of Y" / "X, Russia's foreign minister"
 * (an apposition after the name), and "X was sworn in as South Africa's president" / "X became prime minister" (a
 * predicate of {@link RoleVerbs}). One role per person and title; the one that names the country or organization wins.
 *
 * <pre>{@code
 * List<RoleMention> roles = new RoleFinder(titles, RoleVerbs.load(dataDir)).find(view);
 * }</pre>
 * Immutable and thread-safe.
 */
final class RoleFinder {

    private final TitleLexicon titles;
    private final RoleVerbs verbs;

    RoleFinder(TitleLexicon titles, RoleVerbs verbs) {
        this.titles = titles;
        this.verbs = verbs;
    }

    List<RoleMention> find(ArticleView view) {
        Map<String, RoleMention> byHolderAndTitle = new LinkedHashMap<>();
        for (EntityMention person : view.extraction().entities()) {
            if (person.type() != EntityType.PERSON) {
                continue;
            }
            Sentence s = view.sentence(person.sentence());
            int first = ArticleView.tokenAt(s, person.begin());
            int last = ArticleView.tokenAt(s, person.end() - 1);
            if (first < 0 || last < 0) {
                continue;
            }
            before(view, s, first, last, person).ifPresent(r -> keep(byHolderAndTitle, r));
            stackedBefore(view, s, first, person).ifPresent(r -> keep(byHolderAndTitle, r));
            after(view, s, last + 1, person).ifPresent(r -> keep(byHolderAndTitle, r));
            predicate(view, s, last + 1, person).ifPresent(r -> keep(byHolderAndTitle, r));
        }
        return List.copyOf(byHolderAndTitle.values());
    }

    private static void keep(Map<String, RoleMention> roles, RoleMention r) {
        String k = ArticleView.key(r.person()) + "|" + r.title();
        RoleMention old = roles.get(k);
        if (old == null || old.of() == null && r.of() != null) {
            roles.put(k, r);
        }
    }

    /** [country or organization ['s]] TITLE NAME, or TITLE NAME of COUNTRY ("King Hussein of Jordan"). */
    private Optional<RoleMention> before(ArticleView view, Sentence s, int first, int last, EntityMention person) {
        List<Token> tokens = s.tokens();
        Optional<TitleLexicon.Title> title = titles.endingAt(view.text(), tokens, first, t -> view.entityAt(t) != null);
        if (title.isEmpty()) {
            return Optional.empty();
        }
        int t = title.get().start();
        EntityMention of = ownerBefore(view, tokens, t);
        if (of == null) {
            of = ownerAfter(view, tokens, last + 1, "of");
        }
        return Optional.of(role(s, person, title.get(), of, "role:title-before-name", formerBefore(view, tokens, t)));
    }

    /**
     * [country ['s]] TITLE TITLE NAME: "Saudi Foreign Minister Prince Saud al-Faisal", "Army chief General Roe": the
     * title before the one next to the name, with its owner (the one next to the name is a rank or a style).
     */
    private Optional<RoleMention> stackedBefore(ArticleView view, Sentence s, int first, EntityMention person) {
        List<Token> tokens = s.tokens();
        Optional<TitleLexicon.Title> inner = titles.endingAt(view.text(), tokens, first, t -> view.entityAt(t) != null);
        Optional<TitleLexicon.Title> outer = inner.flatMap(i -> titles.endingAt(view.text(), tokens, i.start(),
                t -> view.entityAt(t) != null));
        if (outer.isEmpty()) {
            return Optional.empty();
        }
        int t = outer.get().start();
        EntityMention of = ownerBefore(view, tokens, t);
        return Optional.of(role(s, person, outer.get(), of, "role:title-before-name", formerBefore(view, tokens, t)));
    }

    /** NAME , [the|a] [country or organization ['s]] TITLE [of|at ORGANIZATION-or-COUNTRY]. */
    private Optional<RoleMention> after(ArticleView view, Sentence s, int next, EntityMention person) {
        List<Token> tokens = s.tokens();
        if (next >= tokens.size() || !Words.isComma(tokens.get(next))) {
            return Optional.empty();
        }
        return titleFrom(view, s, next + 1, person, "role:apposition");
    }

    /** NAME was sworn in as / became / was elected [the|a] [country or organization ['s]] TITLE [of|at ...]. */
    private Optional<RoleMention> predicate(ArticleView view, Sentence s, int next, EntityMention person) {
        int from = next < s.tokens().size() ? verbs.after(view, s, next) : -1;
        return from < 0 ? Optional.empty() : titleFrom(view, s, from, person, "role:predicate");
    }

    /** [the|a] [acting|former] [country or organization ['s]] [modifiers] TITLE [of|at ...] from token {@code i}. */
    private Optional<RoleMention> titleFrom(ArticleView view, Sentence s, int i, EntityMention person, String rule) {
        List<Token> tokens = s.tokens();
        boolean former = false;
        while (i < tokens.size() && (tokens.get(i).pos().equals("DET") || Words.isAny(tokens.get(i), "acting", "former"))) {
            former |= Words.isAny(tokens.get(i), "former");
            i++;
        }
        EntityMention owner = null;
        if (i < tokens.size()) {
            EntityMention m = view.entityAt(tokens.get(i));
            if (m != null && owns(m)) {
                owner = m;
                while (i < tokens.size() && tokens.get(i).begin() < m.end()) {
                    i++;
                }
                if (i < tokens.size() && tokens.get(i).text().equals("'s")) {
                    i++;
                }
            }
        }
        if (owner != null) {
            i = overModifiers(view, tokens, i);
        }
        Optional<TitleLexicon.Title> title = i < tokens.size() ? titles.startingAt(view.text(), tokens, i) : Optional.empty();
        if (title.isEmpty()) {
            return Optional.empty();
        }
        int j = title.get().end();
        EntityMention named = j < tokens.size() ? view.entityAt(tokens.get(j)) : null;
        if (named != null && named.type() == EntityType.PERSON) {
            return Optional.empty(); // "X, Cuban President Fidel Castro and Y": the next item of a list holds the title
        }
        if (owner == null) {
            owner = ownerAfter(view, tokens, j, "of", "at");
        }
        return Optional.of(role(s, person, title.get(), owner, rule, former));
    }

    /**
     * "the African National Congress national chairman": up to two lower-case adjectives between an apposition's owner
     * and its title; the title's first token, or {@code i} when no title follows them.
     */
    private int overModifiers(ArticleView view, List<Token> tokens, int i) {
        for (int k = i; k < tokens.size() && k < i + 3; k++) {
            if (titles.startingAt(view.text(), tokens, k).isPresent()) {
                return k;
            }
            Token t = tokens.get(k);
            if (!t.pos().equals("ADJ") || t.isCapitalized()) {
                break;
            }
        }
        return i;
    }

    /** The country or organization named just before a title: "Chinese", "Russia's", "Hoshino Motor". */
    private static EntityMention ownerBefore(ArticleView view, List<Token> tokens, int t) {
        int i = t - 1;
        while (i >= 0 && Words.isAny(tokens.get(i), "acting", "former", "deputy")) {
            i--;
        }
        if (i >= 0 && tokens.get(i).text().equals("'s")) {
            i--;
        }
        if (i > 0 && tokens.get(i).text().equals(".")) {
            i--; // "U.N. Secretary-General": the abbreviation's full stop
        }
        if (i < 0) {
            return null;
        }
        EntityMention m = view.entityAt(tokens.get(i));
        return m != null && owns(m) ? m : null;
    }

    /**
     * The country or organization in "of [the] X" at token {@code next}: after a titled name ("President Boris Yeltsin
     * of Russia") or after an apposition's title ("X, the chairperson of Y", "at Y").
     */
    private static EntityMention ownerAfter(ArticleView view, List<Token> tokens, int next, String... prepositions) {
        int k = next + 1;
        if (k >= tokens.size() || !Words.isAny(tokens.get(next), prepositions)) {
            return null;
        }
        while (k < tokens.size() && tokens.get(k).pos().equals("DET")) {
            k++;
        }
        EntityMention m = k < tokens.size() ? view.entityAt(tokens.get(k)) : null;
        return m != null && owns(m) ? m : null;
    }

    /**
     * "former President Doe", "Ruritania's former foreign minister Roe", "ex-President Doe": the office was held
     * before, not now. Looks back over the owner and the words that may stand between it and the title.
     */
    private static boolean formerBefore(ArticleView view, List<Token> tokens, int t) {
        for (int i = t - 1; i >= 0 && i >= t - 4; i--) {
            Token k = tokens.get(i);
            if (Words.isAny(k, "former") || k.text().toLowerCase(java.util.Locale.ROOT).startsWith("ex-")) {
                return true;
            }
            boolean between = Words.isAny(k, "acting", "deputy", "'s", ".") || view.entityAt(k) != null && owns(view.entityAt(k));
            if (!between) {
                return false;
            }
        }
        return false;
    }

    private static boolean owns(EntityMention m) {
        return m.type() == EntityType.COUNTRY || m.type() == EntityType.ORGANIZATION || m.type() == EntityType.REGION
                || m.type() == EntityType.CITY;
    }

    private static RoleMention role(Sentence s, EntityMention person, TitleLexicon.Title title, EntityMention of,
                                    String rule, boolean former) {
        Token a = s.tokens().get(title.start());
        Token b = s.tokens().get(title.end() - 1);
        return new RoleMention(person, title.normalized(), of, new Evidence(s.index(), a.begin(), b.end()), rule, former);
    }
}
