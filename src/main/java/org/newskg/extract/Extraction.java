package org.newskg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.newskg.nlp.AnnotatedText;

/**
 * What the extraction stage found in one article: entity and time mentions in text order, and the facts
 * built on them (events, roles, statements) in text order of their first evidence, and the people named only by
 * an office ({@link HolderReference}: their mentions are among {@code entities}). Immutable.
 */
public record Extraction(AnnotatedText text, List<EntityMention> entities, List<TimeMention> times,
                         List<Event> events, List<RoleMention> roles, List<Statement> statements,
                         List<HolderReference> holders) {

    public Extraction {
        entities = entities.stream()
                .sorted(Comparator.comparingInt(EntityMention::begin).thenComparingInt(EntityMention::end))
                .toList();
        times = times.stream()
                .sorted(Comparator.comparingInt(TimeMention::begin).thenComparingInt(TimeMention::end))
                .toList();
        events = events.stream()
                .sorted(Comparator.comparingInt((Event e) -> e.first().begin()).thenComparing(Event::type))
                .toList();
        roles = roles.stream()
                .sorted(Comparator.comparingInt((RoleMention r) -> r.evidence().begin())
                        .thenComparingInt(r -> r.person().begin()))
                .toList();
        statements = statements.stream()
                .sorted(Comparator.comparingInt(Statement::begin).thenComparingInt(Statement::end))
                .toList();
        holders = holders.stream()
                .sorted(Comparator.comparingInt((HolderReference h) -> h.mention().begin()).thenComparingInt(h -> h.mention().end()))
                .toList();
    }

    /** Facts without holder references. */
    public Extraction(AnnotatedText text, List<EntityMention> entities, List<TimeMention> times,
                      List<Event> events, List<RoleMention> roles, List<Statement> statements) {
        this(text, entities, times, events, roles, statements, List.of());
    }

    /** Mentions only, before facts are extracted. */
    public Extraction(AnnotatedText text, List<EntityMention> entities, List<TimeMention> times) {
        this(text, entities, times, List.of(), List.of(), List.of());
    }

    /** The same mentions with these facts. */
    public Extraction withFacts(List<Event> events, List<RoleMention> roles, List<Statement> statements) {
        return new Extraction(text, entities, times, events, roles, statements, holders);
    }

    /** The same facts with these entity mentions added; this extraction when there are none. */
    public Extraction withMentions(List<EntityMention> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<EntityMention> all = new ArrayList<>(entities);
        all.addAll(more);
        return new Extraction(text, all, times, events, roles, statements, holders);
    }

    /** The same facts plus these holder references, whose mentions join the entity mentions. */
    public Extraction withHolders(List<HolderReference> more) {
        List<EntityMention> all = new ArrayList<>(entities);
        List<HolderReference> refs = new ArrayList<>(holders);
        more.forEach(h -> {
            all.add(h.mention());
            refs.add(h);
        });
        return new Extraction(text, all, times, events, roles, statements, refs);
    }
}
