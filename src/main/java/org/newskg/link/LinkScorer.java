package org.newskg.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.newskg.extract.EntityMention;
import org.newskg.kb.KnowledgeBase;

/**
 * Chooses among a mention's candidates. Each candidate weighs its name prior (how the written name fits)
 * times the square of the entity's own prior (population, office rank; 1 for hand-curated entries: squared,
 * so that a capital outweighs the towns named after it), tripled when the
 * article's context supports it (its country is one of the article's countries, or the entity itself is
 * named unambiguously elsewhere), times the fit of its offices with the article's date and the title the
 * text gives (see {@link OfficeEvidence}). The confidence is the mention's own confidence times the winner's
 * name prior (its square root when the article confirms the winner: a country of the article and an office that day)
 * times its share of the total weight, so two equally supported readings give at most half: below
 * {@link Linker#THRESHOLD} the mention stays local rather than risk a wrong QID. A winner whose support
 * (entity prior × context × office fit) stays below {@link #MIN_SUPPORT} is not linked either: a legislator
 * or a village of that name needs the article to point at it.
 *
 * <pre>{@code
 * LinkScorer.Decision d = new LinkScorer(kb).decide(mention, candidates, context, role);
 * }</pre>
 * Immutable and thread-safe.
 */
final class LinkScorer {

    static final double CONTEXT_BOOST = 3.0;
    static final double MIN_SUPPORT = 0.9;
    /** A dated candidate that did not exist on the article's date, while another of the same name did. */
    static final double NOT_EXISTING = 0.1;

    /** The best candidate (null when there is none) and the confidence of linking the mention to it. */
    record Decision(Candidate best, double confidence) {
    }

    /**
     * One candidate's standing: its support (entity prior × context × office fit), weight (× name prior, × entity
     * prior), and whether the article confirms it beyond the name: a country of the article and an office that day
     * (held, or titled and unrecorded, see {@link OfficeEvidence}).
     */
    record Scored(Candidate candidate, double support, double weight, boolean confirmed) {
    }

    private final KnowledgeBase kb;
    private final OfficeEvidence offices;

    LinkScorer(KnowledgeBase kb) {
        this.kb = kb;
        this.offices = new OfficeEvidence(kb);
    }

    Decision decide(EntityMention m, List<Candidate> candidates, LinkContext context) {
        return decide(m, candidates, context, null);
    }

    Decision decide(EntityMention m, List<Candidate> candidates, LinkContext context, RoleClue role) {
        if (candidates.isEmpty()) {
            return new Decision(null, m.confidence());
        }
        Candidate best = null;
        double bestWeight = 0;
        double bestSupport = 0;
        boolean bestConfirmed = false;
        double total = 0;
        boolean tie = false;
        for (Scored sc : scores(candidates, context, role)) {
            Candidate c = sc.candidate();
            double w = sc.weight();
            total += w;
            if (w > bestWeight + 1e-9) {
                best = c;
                bestWeight = w;
                bestSupport = sc.support();
                bestConfirmed = sc.confirmed();
                tie = false;
            } else if (Math.abs(w - bestWeight) <= 1e-9) {
                tie = true;
            }
        }
        // A loose or partial reading ("Sergei" for "Sergey") that the article confirms counts as closer: the office and
        // the country are evidence the spelling is not.
        double nameFit = best.prior() < 1 && bestConfirmed ? Math.sqrt(best.prior()) : best.prior();
        double conf = m.confidence() * nameFit * (bestWeight / total);
        if (tie) {
            // Two readings equally supported: never a coin toss, whatever the numbers say.
            conf = Math.min(conf, Linker.THRESHOLD / 2);
        }
        if (bestSupport < MIN_SUPPORT) {
            conf = Math.min(conf, Linker.THRESHOLD / 2);
        }
        return new Decision(best, clamp(conf));
    }

    /**
     * Every candidate's support and weight, in candidate order. When one candidate existed on the article's date
     * by its {@link org.newskg.kb.Lifespan} ("Ruritania" in 1975: the republic of 1970-1990), a dated
     * candidate that did not (the kingdom, dissolved in 1970) weighs {@link #NOT_EXISTING} times as
     * much. A state named after its end with no successor of that name ("Borduria" in 2005, gone since 1991) keeps its weight.
     */
    List<Scored> scores(List<Candidate> candidates, LinkContext context, RoleClue role) {
        LocalDate date = context.date();
        boolean oneExisted = date != null && candidates.stream()
                .anyMatch(c -> c.entry().existed() != null && c.entry().existed().contains(date));
        double[] fit = candidates.stream().mapToDouble(c -> offices.factor(c.entry(), role, date)).toArray();
        boolean oneHolds = role != null && !role.former() && date != null
                && Arrays.stream(fit).anyMatch(f -> f == OfficeEvidence.TITLE_HELD);
        List<Scored> out = new ArrayList<>(candidates.size());
        for (int i = 0; i < fit.length; i++) {
            Candidate c = candidates.get(i);
            boolean inContext = supported(c, context);
            boolean gone = oneExisted && c.entry().existed() != null && !c.entry().existed().contains(date);
            boolean superseded = oneHolds && offices.heldOnlyEarlier(c.entry(), role, date);
            // The entity's prior times what the article says for it (context and offices); 1 for a curated entry alone.
            double support = c.entry().prior() * (inContext ? CONTEXT_BOOST : 1.0) * fit[i]
                    * (gone ? NOT_EXISTING : 1.0) * (superseded ? OfficeEvidence.TITLE_SUPERSEDED : 1.0);
            out.add(new Scored(c, support, c.prior() * c.entry().prior() * support,
                    inContext && fit[i] >= OfficeEvidence.IN_OFFICE));
        }
        return out;
    }

    boolean supported(Candidate c, LinkContext context) {
        if (context.qids().contains(c.entry().qid())) {
            return true;
        }
        return kb.countriesOf(c.entry()).stream().anyMatch(context.countries()::contains);
    }

    private static double clamp(double d) {
        return Math.max(0, Math.min(1, d));
    }
}
