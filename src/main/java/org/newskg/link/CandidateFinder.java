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
import org.newskg.kb.NameHit;
import org.newskg.kb.NameKey;
import org.newskg.kb.Subclass;
import org.newskg.kb.NameKind;

/**
 * Lists the knowledge base entries a mention may refer to, each with its prior (see {@link Candidate}),
 * searching every name of the whole KB ({@link KnowledgeBase#candidates}), not only the recognition lexicon.
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
    /** A person named by one word of the name ("Doe" for Jane Doe, "Abdullah" for a king Abdullah II). */
    static final double SHORT = 0.9;
    /** A spelling variant of another transliteration ("Seniora" for Siniora). */
    static final double LOOSE = 0.7;
    /** A cue said PLACE-ish but the entry is another kind of place (a "city" read of a country). */
    static final double OTHER_PLACE = 0.6;

    private final KnowledgeBase kb;

    CandidateFinder(KnowledgeBase kb) {
        this.kb = kb;
    }

    /** A KB place name that may only begin a longer name keeps this share of its prior. */
    static final double INSIDE_LONGER_NAME = 0.5;

    /**
     * What the text around a mention says. {@code personByRole}: the text gives it a title or office
     * ("President Washington"), evidence of a PERSON whatever the KB name matched. {@code beforeCapitalized}:
     * a capitalized word that no mention covers follows it ("Rio Grande do Norte", "Washington Post"),
     * so a KB place name may be only the start of a longer, unknown name.
     */
    record Clues(boolean personByRole, boolean beforeCapitalized) {
        static final Clues NONE = new Clues(false, false);
    }

    List<Candidate> candidates(EntityMention m) {
        return candidates(m, Clues.NONE);
    }

    List<Candidate> candidates(EntityMention m, Clues clues) {
        boolean personByRole = clues.personByRole();
        Map<String, Double> priors = new LinkedHashMap<>();
        EntityType mentionType = personByRole ? EntityType.PERSON : m.type();
        if (m.rule().equals("kb:demonym")) {
            for (NameEntry n : kb.demonyms().find(NameKey.split(m.text()))) {
                priors.merge(n.entry().qid(), prior(n.kind()), Math::max);
            }
        } else if (!m.rule().startsWith("coref:")) {
            // (A short form or acronym is not a name of the entry: only the antecedent's QID counts.)
            List<NameHit> hits = new ArrayList<>(kb.candidates(m.text().replaceAll("['’][sS]$", "")));
            if (m.kbQid() == null && !m.name().equals(m.text())) {
                hits.addAll(kb.candidates(m.name()));
            }
            for (NameHit h : hits) {
                // Short names and loose spellings are readings of a person's name only.
                boolean personOnly = h.fit() == NameHit.Fit.SHORT || h.fit() == NameHit.Fit.LOOSE;
                if (!personOnly || mentionType == EntityType.PERSON && h.entry().type() == EntityType.PERSON) {
                    priors.merge(h.entry().qid(), prior(h.fit()), Math::max);
                }
            }
        }
        if (m.kbQid() != null) {
            priors.merge(m.kbQid(), m.rule().equals("kb:label") ? LABEL
                    : m.rule().equals("kb:demonym") ? DEMONYM : ALIAS, Math::max);
        }
        boolean typedByKb = !personByRole && (m.rule().startsWith("kb:") || m.rule().startsWith("coref:"));
        List<Candidate> out = new ArrayList<>();
        for (Map.Entry<String, Double> p : priors.entrySet()) {
            KbEntry e = kb.byQid(p.getKey()).orElse(null);
            if (e == null) {
                continue;
            }
            double typeFit = typedByKb ? 1.0 : typeFit(mentionType, e.type());
            // Countries are left out: "US President", "China Daily"... a title or a paper after a country is common.
            boolean maybeLonger = clues.beforeCapitalized() && m.rule().startsWith("kb:") && !m.rule().equals("kb:demonym")
                    && e.type().root() == EntityType.PLACE && e.type() != EntityType.COUNTRY;
            if (typeFit > 0) {
                out.add(new Candidate(e, p.getValue() * typeFit * (maybeLonger ? INSIDE_LONGER_NAME : 1.0)));
            }
        }
        out.sort(Comparator.comparingLong(c -> Long.parseLong(c.entry().qid().substring(1))));
        if (m.rule().equals("pattern:dateline-source") && out.stream().anyMatch(CandidateFinder::agency)) {
            // "WASHINGTON (AP) --": the slot names the wire service, not a state or party of the same letters
            out.removeIf(c -> !agency(c));
        }
        return out;
    }

    private static boolean agency(Candidate c) {
        return c.entry().subclass() == Subclass.NEWS_AGENCY;
    }

    private static double prior(NameHit.Fit fit) {
        return switch (fit) {
            case LABEL -> LABEL;
            case ALIAS -> ALIAS;
            case SHORT -> SHORT;
            case LOOSE -> LOOSE;
        };
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
