package org.newskg.extract.entity;

import java.util.ArrayList;
import java.util.List;
import org.newskg.kb.EntityType;

/**
 * Institutions a news desk names by one word or by their seat ({@code data/lexicon/institutions.tsv}: "Bundesbank",
 * "Fed", "Treasury", "Kremlin", "Pentagon" → organization; "Wall Street" → place): the knowledge base
 * has no entry for them and the model, seeing no company cue, leaves them out or reads the seat as a place. Each
 * capitalized occurrence is a name of the listed type (rule {@code pattern:institution}: fills a gap, or retypes a
 * model name of the same span), except where it only opens a capitalized title ("Treasury Minister Ciampi": the
 * portfolio of a title names no organization there).
 *
 * <pre>{@code
 * List<NameMatch> bodies = new InstitutionFinder(cues).match(words, tags);
 * }</pre>
 * Immutable and thread-safe.
 */
final class InstitutionFinder extends WordFinder {

    static final String RULE = "pattern:institution";

    private final CueLexicon cues;

    InstitutionFinder(CueLexicon cues) {
        this.cues = cues;
    }

    @Override
    List<NameMatch> match(String[] w, String[] tags) {
        List<NameMatch> out = new ArrayList<>();
        for (int i = 0; i < w.length; i++) {
            int n = cues.institutions().longestAt(w, i);
            if (n == 0 || !Character.isUpperCase(w[i].codePointAt(0))) {
                continue;
            }
            int end = i + n;
            boolean titleFollows = end < w.length && Character.isUpperCase(w[end].codePointAt(0)) && cues.titles().longestAt(w, end) > 0;
            if (!titleFollows && cues.titles().longestAt(w, i) <= n) {
                EntityType type = EntityType.parse(cues.institutions().valueOf(w, i, end));
                out.add(new NameMatch(i, end, type, NameWords.join(w, i, end), null, RULE, 0.8));
            }
            i = end - 1;
        }
        return out;
    }
}
