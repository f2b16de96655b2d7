package org.newskg.link;

import java.util.List;
import org.newskg.extract.EntityMention;
import org.newskg.kb.KnowledgeBase;

/**
 * Chooses among a mention's candidates. Each candidate weighs its prior, tripled when the article's
 * context supports it (its country is one of the article's countries, or the entity itself is named
 * unambiguously elsewhere). The confidence is the mention's own confidence times the winner's prior
 * times its share of the total weight, so two equally supported readings give at most half: below
 * {@link Linker#THRESHOLD} the mention stays local rather than risk a wrong QID.
 *
 * <pre>{@code
 * LinkScorer.Decision d = new LinkScorer(kb).decide(mention, candidates, context);
 * }</pre>
 * Immutable and thread-safe.
 */
final class LinkScorer {

    static final double CONTEXT_BOOST = 3.0;

    /** The best candidate (null when there is none) and the confidence of linking the mention to it. */
    record Decision(Candidate best, double confidence) {
    }

    private final KnowledgeBase kb;

    LinkScorer(KnowledgeBase kb) {
        this.kb = kb;
    }

    Decision decide(EntityMention m, List<Candidate> candidates, LinkContext context) {
        if (candidates.isEmpty()) {
            return new Decision(null, m.confidence());
        }
        Candidate best = null;
        double bestWeight = 0;
        double total = 0;
        boolean tie = false;
        for (Candidate c : candidates) {
            double w = weight(c, context);
            total += w;
            if (w > bestWeight + 1e-9) {
                best = c;
                bestWeight = w;
                tie = false;
            } else if (Math.abs(w - bestWeight) <= 1e-9) {
                tie = true;
            }
        }
        double conf = m.confidence() * best.prior() * (bestWeight / total);
        if (tie) {
            // Two readings equally supported: never a coin toss, whatever the numbers say.
            conf = Math.min(conf, Linker.THRESHOLD / 2);
        }
        return new Decision(best, clamp(conf));
    }

    double weight(Candidate c, LinkContext context) {
        return c.prior() * (supported(c, context) ? CONTEXT_BOOST : 1.0);
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
