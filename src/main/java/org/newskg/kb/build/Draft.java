package org.newskg.kb.build;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.newskg.kb.EntityType;
import org.newskg.kb.KbEntry;
import org.newskg.kb.Lifespan;
import org.newskg.kb.Subclass;
import org.newskg.kb.SourceFile.EntityRow;

/**
 * An entity being assembled from one source's rows: names gathered in the order met, the label
 * never repeated as an alias, names proposed for recognition kept apart. Mutable, used by one builder.
 */
final class Draft {

    final String qid;
    final String label;
    EntityType type;
    String countryQid;
    double prior;
    boolean historical;
    Subclass subclass;
    Lifespan existed;
    final Set<String> aliases = new LinkedHashSet<>();
    final Set<String> demonyms = new LinkedHashSet<>();
    final Set<String> recognize = new LinkedHashSet<>();

    Draft(String qid, String label, EntityType type, double prior) {
        this.qid = qid;
        this.label = clean(label);
        this.type = type;
        this.prior = prior;
    }

    Draft alias(String name) {
        String n = clean(name);
        if (!n.isEmpty() && !n.equals(label)) {
            aliases.add(n);
        }
        return this;
    }

    /** Proposes a name (the label or an alias) for the recognition lexicon; {@link Lexicon} has the last word. */
    Draft recognize(String name) {
        String n = clean(name);
        if (!n.isEmpty()) {
            alias(n);
            recognize.add(n);
        }
        return this;
    }

    List<String> names() {
        List<String> out = new ArrayList<>();
        out.add(label);
        out.addAll(aliases);
        return out;
    }

    EntityRow toRow(Set<String> recognized) {
        double p = Math.max(0.001, Math.min(1.0, Math.round(prior * 1000) / 1000.0));
        return new EntityRow(new KbEntry(qid, label, type, List.copyOf(aliases), countryQid, List.copyOf(demonyms), p,
                historical, subclass, existed), recognized.stream().toList());
    }

    /** Names never need tabs, '|' or runs of spaces, and a name in parentheses is a gloss ("Victoria (Seychelles)"). */
    static String clean(String s) {
        return s == null ? "" : s.replaceAll("\\s*\\([^)]*\\)", "").replaceAll("[\\t\\r\\n|]+", " ")
                .replaceAll("\\s+", " ").strip();
    }
}
