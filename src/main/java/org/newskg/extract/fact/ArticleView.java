package org.newskg.extract.fact;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    // Indexes built once, so that looking a mention up costs O(log n), not a scan of the article's mentions.
    private final OffsetIndex<EntityMention> entityIndex;
    private final OffsetIndex<TimeMention> timeIndex;
    private final Map<Integer, List<EntityMention>> entitiesBySentence = new HashMap<>();
    private final Map<Integer, List<TimeMention>> timesBySentence = new HashMap<>();

    ArticleView(Extraction extraction) {
        this.extraction = extraction;
        this.entityIndex = new OffsetIndex<>(extraction.entities(), EntityMention::begin, EntityMention::end);
        this.timeIndex = new OffsetIndex<>(extraction.times(), TimeMention::begin, TimeMention::end);
        extraction.entities().forEach(m -> entitiesBySentence.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m));
        extraction.times().forEach(t -> timesBySentence.computeIfAbsent(t.sentence(), k -> new ArrayList<>()).add(t));
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
        for (EntityMention m : entityIndex.covering(offset)) {
            if (best == null || m.length() > best.length()) {
                best = m;
            }
        }
        return best;
    }

    EntityMention entityAt(Token t) {
        return entityAt(t.begin());
    }

    List<EntityMention> entities(int sentence) {
        return new ArrayList<>(entitiesBySentence.getOrDefault(sentence, List.of()));
    }

    /** The entity mentions lying within [begin, end), by offset. */
    List<EntityMention> entitiesWithin(int begin, int end) {
        return entityIndex.within(begin, end);
    }

    /** The time mention covering this token, or null. */
    TimeMention timeAt(Token t) {
        List<TimeMention> covering = timeIndex.covering(t.begin());
        return covering.isEmpty() ? null : covering.get(0);
    }

    List<TimeMention> times(int sentence) {
        return List.copyOf(timesBySentence.getOrDefault(sentence, List.of()));
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
