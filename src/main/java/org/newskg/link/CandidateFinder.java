package org.newskg.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newskg.extract.EntityMention;
import org.newskg.kb.EntityType;
import org.newskg.kb.KbEntry;
import org.newskg.kb.KnowledgeBase;
import org.newskg.kb.NameEntry;
import org.newskg.kb.NameKey;
import org.newskg.kb.NameKind;

/**
 * Lists the knowledge base entries a mention may refer to, each with its prior (see {@link Candidate}).
 *
 * <pre>{@code
 * List<Candidate> c = new CandidateFinder(kb).candidates(mention);   // sorted by QID number
 * }</pre>
 * A mention found by a KB name ("kb:label", "kb:alias") says nothing about its type beyond the KB itself,
 * so every entry with that name competes ("Georgia" the country and the US state). A mention typed by
 * other evidence (a title says PERSON) only competes among compatible entries: a person mention never
 * links to a country. Immutable and thread-safe.
 */
final class CandidateFinder {

    static final double LABEL = 1.0;
    static final double ALIAS = 0.8;
    static final double DEMONYM = 0.95;
    /** A cue said PLACE-ish but the entry is another kind of place (a "city" read of a country). */
    static final double OTHER_PLACE = 0.6;

    private final KnowledgeBase kb;

    CandidateFinder(KnowledgeBase kb) {
        this.kb = kb;
    }

    List<Candidate> candidates(EntityMention m) {
        Map<String, Double> priors = new LinkedHashMap<>();
        List<NameEntry> names;
        if (m.rule().equals("kb:demonym")) {
            names = kb.demonyms().find(NameKey.split(m.text()));
        } else if (m.rule().startsWith("coref:")) {
            // A short form or acronym is not a name of the entry: only the antecedent's QID counts.
            names = List.of();
        } else {
            names = new ArrayList<>(kb.names().find(NameKey.split(m.text())));
            if (m.kbQid() == null && !m.name().equals(m.text())) {
                names.addAll(kb.names().find(NameKey.split(m.name())));
            }
        }
        for (NameEntry n : names) {
            priors.merge(n.entry().qid(), prior(n.kind()), Math::max);
        }
        if (m.kbQid() != null) {
            priors.merge(m.kbQid(), m.rule().equals("kb:label") ? LABEL
                    : m.rule().equals("kb:demonym") ? DEMONYM : ALIAS, Math::max);
        }
        boolean typedByKb = m.rule().startsWith("kb:") || m.rule().startsWith("coref:");
        List<Candidate> out = new ArrayList<>();
        for (Map.Entry<String, Double> p : priors.entrySet()) {
            KbEntry e = kb.byQid(p.getKey()).orElse(null);
            if (e == null) {
                continue;
            }
            double typeFit = typedByKb ? 1.0 : typeFit(m.type(), e.type());
            if (typeFit > 0) {
                out.add(new Candidate(e, p.getValue() * typeFit));
            }
        }
        out.sort(Comparator.comparingLong(c -> Long.parseLong(c.entry().qid().substring(1))));
        return out;
    }

    private static double prior(NameKind kind) {
        return switch (kind) {
            case LABEL -> LABEL;
            case ALIAS -> ALIAS;
            case DEMONYM -> DEMONYM;
        };
    }

    /** 1 for the same type (or a generic PLACE for any place), lower for another place, 0 when incompatible. */
    static double typeFit(EntityType mention, EntityType entry) {
        if (mention == entry || mention == EntityType.PLACE && entry.root() == EntityType.PLACE) {
            return 1.0;
        }
        return Linker.compatible(mention, entry) ? OTHER_PLACE : 0;
    }
}
