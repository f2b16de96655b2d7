package org.newskg.extract;

import java.util.Comparator;
import java.util.List;
import org.newskg.nlp.AnnotatedText;

/** What the extraction stage found in one article, mentions in text order. Immutable. */
public record Extraction(AnnotatedText text, List<EntityMention> entities, List<TimeMention> times) {

    public Extraction {
        entities = entities.stream()
                .sorted(Comparator.comparingInt(EntityMention::begin).thenComparingInt(EntityMention::end))
                .toList();
        times = times.stream()
                .sorted(Comparator.comparingInt(TimeMention::begin).thenComparingInt(TimeMention::end))
                .toList();
    }
}
