package org.newskg.extract.fact;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.newskg.extract.EntityMention;
import org.newskg.extract.Evidence;
import org.newskg.extract.HolderReference;
import org.newskg.extract.RoleMention;
import org.newskg.kb.EntityType;
import org.newskg.nlp.Sentence;

/**
 * The people an article names only by an office of a country ("his Ruritanian counterpart", "the Borduran
 * president" when no name in the article holds that office): each gets a person mention over the office
 * words, a {@link HolderReference} for the linker to resolve against the knowledge base, and, when the text
 * gives a title, the role those words give it.
 *
 * <pre>{@code
 * UnnamedHolders unnamed = new UnnamedHolders(view);
 * Optional<EntityMention> m = unnamed.add(sentence, from, to, "President", demonym, null);
 * }</pre>
 * Collects as the finders ask, so one per article; not thread-safe.
 */
final class UnnamedHolders {

    /** A mention made from office words is never surer than this: the KB, not the text, names the person. */
    private static final double CONFIDENCE = 0.9;

    private final ArticleView view;
    private final Map<Long, HolderReference> found = new TreeMap<>();

    UnnamedHolders(ArticleView view) {
        this.view = view;
    }

    /**
     * The mention for the office words at tokens [from, to) of {@code s}, made once per span (a second call
     * for the same words answers the first mention). Empty when the owner is not a country or the words
     * give neither a title nor a counterpart.
     */
    Optional<EntityMention> add(Sentence s, int from, int to, String title, EntityMention country, EntityMention counterpartOf) {
        if (country == null || country.type() != EntityType.COUNTRY || title == null && counterpartOf == null
                || from < 0 || to <= from || to > s.tokens().size()) {
            return Optional.empty();
        }
        int begin = s.tokens().get(from).begin();
        int end = s.tokens().get(to - 1).end();
        long span = ((long) begin << 32) | end;
        HolderReference before = found.get(span);
        if (before != null) {
            return Optional.of(before.mention());
        }
        String words = view.text().substring(begin, end);
        EntityMention m = new EntityMention(begin, end, words, s.index(), EntityType.PERSON, words, null,
                HolderReference.RULE, Math.min(CONFIDENCE, country.confidence()));
        found.put(span, new HolderReference(m, title, country, counterpartOf));
        return Optional.of(m);
    }

    List<HolderReference> references() {
        return List.copyOf(found.values());
    }

    /** The role each titled reference's words give its person ("the Borduran president": President of Borduria). */
    List<RoleMention> roles() {
        List<RoleMention> out = new ArrayList<>();
        for (HolderReference h : found.values()) {
            if (h.title() != null) {
                EntityMention m = h.mention();
                out.add(new RoleMention(m, h.title(), h.of(), new Evidence(m.sentence(), m.begin(), m.end()), "role:office-words"));
            }
        }
        return out;
    }
}
