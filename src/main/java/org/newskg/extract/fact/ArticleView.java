package org.newskg.extract.fact;

import java.util.ArrayList;
import java.util.List;
import org.newskg.extract.EntityMention;
import org.newskg.extract.Extraction;
import org.newskg.extract.TimeMention;
import org.newskg.kb.EntityType;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;

/**
 * One article's mentions seen from its tokens: which entity or time mention covers a token, which
 * sentences share a paragraph. Built once per article by {@link FactExtractor}.
 *
 * <pre>{@code
 * ArticleView v = new ArticleView(extraction);
 * EntityMention m = v.entityAt(token.begin());
 * }</pre>
 * Immutable once built; not shared between threads.
 */
final class ArticleView {

    private final Extraction extraction;

    ArticleView(Extraction extraction) {
        this.extraction = extraction;
    }

    Extraction extraction() {
        return extraction;
    }

    String text() {
        return extraction.text().text();
    }

    List<Sentence> sentences() {
        return extraction.text().sentences();
    }

    Sentence sentence(int i) {
        return sentences().get(i);
    }

    List<Token> tokens(int sentence) {
        return sentence(sentence).tokens();
    }

    /** The longest entity mention covering this character offset, or null. */
    EntityMention entityAt(int offset) {
        EntityMention best = null;
        for (EntityMention m : extraction.entities()) {
            if (m.begin() > offset) {
                break;
            }
            if (m.begin() <= offset && offset < m.end() && (best == null || m.length() > best.length())) {
                best = m;
            }
        }
        return best;
    }

    EntityMention entityAt(Token t) {
        return entityAt(t.begin());
    }

    List<EntityMention> entities(int sentence) {
        List<EntityMention> out = new ArrayList<>();
        for (EntityMention m : extraction.entities()) {
            if (m.sentence() == sentence) {
                out.add(m);
            }
        }
        return out;
    }

    /** The time mention covering this token, or null. */
    TimeMention timeAt(Token t) {
        for (TimeMention m : extraction.times()) {
            if (m.begin() <= t.begin() && t.begin() < m.end()) {
                return m;
            }
        }
        return null;
    }

    List<TimeMention> times(int sentence) {
        return extraction.times().stream().filter(t -> t.sentence() == sentence).toList();
    }

    /** True when no line break separates the two sentences (a < b). */
    boolean sameParagraph(int a, int b) {
        return text().substring(sentence(a).end(), sentence(b).begin()).indexOf('\n') < 0;
    }

    /** Index of the token starting at or covering this offset in the sentence, or -1. */
    static int tokenAt(Sentence s, int offset) {
        List<Token> tokens = s.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).end() > offset) {
                return i;
            }
        }
        return -1;
    }

    /** The identity of the entity a mention stands for: its QID, else its type and canonical name. */
    static String key(EntityMention m) {
        return m.kbQid() != null ? m.kbQid() : m.type().root() + ":" + m.name();
    }

    /** A name of a person, organization or country (not a demonym): something that can act or take part. */
    static boolean isActor(EntityMention m) {
        return m != null && !isDemonym(m)
                && (m.type() == EntityType.PERSON || m.type() == EntityType.ORGANIZATION || m.type() == EntityType.COUNTRY);
    }

    static boolean isDemonym(EntityMention m) {
        return m.rule().equals("kb:demonym");
    }

    static boolean isPlace(EntityMention m) {
        return m != null && !isDemonym(m) && m.type().isA(EntityType.PLACE);
    }
}
