package org.newskg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newskg.extract.EntityMention;
import org.newskg.kb.EntityType;
import org.newskg.kb.KbEntry;
import org.newskg.kb.KnowledgeBase;

/** The scoring arithmetic alone: priors, context boost, shares, ties (test fixture QIDs). */
class LinkScorerTest {

    private static final KbEntry COUNTRY = new KbEntry("Q230", "Georgia", EntityType.COUNTRY, List.of(), null, List.of());
    private static final KbEntry STATE = new KbEntry("Q900001", "Georgia", EntityType.REGION, List.of(), "Q30", List.of());
    private static final KnowledgeBase KB = KnowledgeBase.of(List.of(COUNTRY, STATE));
    private static final EntityMention GEORGIA = new EntityMention(0, 7, "Georgia", 0, EntityType.COUNTRY, "Georgia",
            "Q230", "kb:label", 0.95);

    private static LinkScorer.Decision decide(Set<String> countries, Set<String> qids, Candidate... cs) {
        return new LinkScorer(KB).decide(GEORGIA, List.of(cs), new LinkContext(countries, qids));
    }

    @Test
    void oneCandidateKeepsTheMentionsConfidenceTimesItsPrior() {
        LinkScorer.Decision d = decide(Set.of(), Set.of(), new Candidate(COUNTRY, 0.8));
        assertEquals(COUNTRY, d.best().entry());
        assertEquals(0.95 * 0.8, d.confidence(), 1e-9);
    }

    @Test
    void contextTriplesAReadingsWeight() {
        LinkScorer.Decision d = decide(Set.of("Q30"), Set.of(), new Candidate(COUNTRY, 1.0), new Candidate(STATE, 1.0));
        assertEquals(STATE, d.best().entry());
        assertEquals(0.95 * 0.75, d.confidence(), 1e-9);
    }

    @Test
    void equallySupportedReadingsStayBelowTheThreshold() {
        LinkScorer.Decision none = decide(Set.of(), Set.of(), new Candidate(COUNTRY, 1.0), new Candidate(STATE, 1.0));
        assertTrue(none.confidence() < Linker.THRESHOLD, none.toString());
        LinkScorer.Decision both = decide(Set.of("Q30", "Q230"), Set.of(), new Candidate(COUNTRY, 1.0), new Candidate(STATE, 1.0));
        assertTrue(both.confidence() < Linker.THRESHOLD, both.toString());
    }

    @Test
    void noCandidateMeansNoBestReading() {
        assertNull(decide(Set.of(), Set.of()).best());
    }

    @Test
    void confidenceIsAlwaysInRange() {
        for (double p : new double[] {0.01, 0.3, 0.6, 1.0}) {
            for (double q : new double[] {0.01, 0.5, 1.0}) {
                double c = decide(Set.of("Q230"), Set.of("Q900001"), new Candidate(COUNTRY, p), new Candidate(STATE, q)).confidence();
                assertTrue(c >= 0 && c <= 1, p + "/" + q + " -> " + c);
            }
        }
    }
}
