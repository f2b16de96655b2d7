package org.newskg.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.newskg.extract.EntityMention;
import org.newskg.kb.EntityType;
import org.newskg.kb.KbEntry;
import org.newskg.kb.KnowledgeBase;
import org.newskg.kb.NameKey;
import org.newskg.kb.Position;
import org.newskg.kb.PositionKind;

/**
 * Looks a written name up the way the linker would see it in an article of a given date, for users and for
 * debugging ({@code kg kb lookup}): leading title words ("President", "Foreign Minister") become the
 * mention's office, the rest is the name; every candidate is listed with its weight and the share of the total.
 *
 * <pre>{@code
 * NameLookup.Result r = new NameLookup(kb).lookup("President Doe", LocalDate.of(1990, 8, 15));
 * r.rows().get(0).entry();   // the best candidate
 * }</pre>
 * No article context is used (no other names, no countries), so a lookup is stricter than linking inside
 * a story. Immutable and thread-safe.
 */
public final class NameLookup {

    /** One candidate: entry, how its name fits, support, weight, share of all weights, and offices held on the date. */
    public record Row(KbEntry entry, double namePrior, double support, double weight, double share, List<Position> offices) {
    }

    /**
     * The lookup: the name looked up (title removed), the office kind the title gave (or null), candidates by
     * weight, and the entry the linker would choose without any other context (null when it would decline).
     */
    public record Result(String name, PositionKind title, List<Row> rows, KbEntry linked, double confidence) {
    }

    private final KnowledgeBase kb;
    private final CandidateFinder finder;
    private final LinkScorer scorer;

    public NameLookup(KnowledgeBase kb) {
        this.kb = kb;
        this.finder = new CandidateFinder(kb);
        this.scorer = new LinkScorer(kb);
    }

    private static EntityMention person(String name, PositionKind title) {
        return new EntityMention(0, name.length(), name, 0, EntityType.PERSON, name, null,
                title == null ? "kb:label" : "lookup:title", 1.0);
    }

    public Result lookup(String written, LocalDate date) {
        List<String> words = List.of(written.strip().split("\\s+"));
        PositionKind title = null;
        String name = String.join(" ", words);
        EntityMention m = person(name, null);
        List<Candidate> candidates = null;
        // The shortest run of leading words that is a known title ("Foreign Minister Doe") and leaves a name the KB
        // knows ("secretary of *" also fits "Secretary of State Jane", leaving a bare surname); else the longest title.
        for (int k = 1; k < words.size(); k++) {
            Optional<PositionKind> t = kb.titleKind(String.join(" ", words.subList(0, k)));
            if (t.isEmpty()) {
                continue;
            }
            String rest = String.join(" ", words.subList(k, words.size()));
            EntityMention restMention = person(rest, t.get());
            List<Candidate> found = finder.candidates(restMention, new CandidateFinder.Clues(true, false));
            if (title == null || candidates.isEmpty()) {
                title = t.get();
                name = rest;
                m = restMention;
                candidates = found;
            }
        }
        if (candidates == null) {
            candidates = finder.candidates(m, new CandidateFinder.Clues(false, false));
        }
        RoleClue role = title == null ? null : new RoleClue(title, null);
        LinkContext context = LinkContext.empty(date);
        List<LinkScorer.Scored> scored = scorer.scores(candidates, context, role);
        double total = scored.stream().mapToDouble(LinkScorer.Scored::weight).sum();
        List<Row> rows = new ArrayList<>();
        for (LinkScorer.Scored s : scored) {
            KbEntry e = s.candidate().entry();
            List<Position> offices = date == null ? List.of()
                    : kb.positions(e.qid()).stream().filter(p -> p.start() != null && p.heldOn(date)).toList();
            rows.add(new Row(e, s.candidate().prior(), s.support(), s.weight(), total == 0 ? 0 : s.weight() / total, offices));
        }
        rows.sort(Comparator.comparingDouble(Row::weight).reversed()
                .thenComparingLong(r -> Long.parseLong(r.entry().qid().substring(1))));
        LinkScorer.Decision d = scorer.decide(m, candidates, context, role);
        boolean linked = d.best() != null && d.confidence() >= Linker.THRESHOLD;
        return new Result(NameKey.keyOf(name).isEmpty() ? written : name, title, rows, linked ? d.best().entry() : null,
                d.confidence());
    }
}
