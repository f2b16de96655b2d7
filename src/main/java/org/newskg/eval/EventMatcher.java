package org.newskg.eval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import org.newskg.NewsKgException;
import org.newskg.extract.Evidence;

/**
 * Pairs the events found in one story with its gold events, one to one. A pair needs the same CAMEO root
 * (a found event without a code, such as a summit, needs a gold type instead) and a sentence in common: one
 * of the found event's evidence sentences holds one of the gold tellings. Pairs whose trigger words overlap a
 * telling are made first, then pairs of the same type, then the rest, each in text order.
 *
 * <pre>{@code
 * EventMatcher.Matching m = EventMatcher.match(run, goldOfThatStory, Set.of("Summit", "Meeting"));
 * }</pre>
 * Stateless and thread-safe.
 */
public final class EventMatcher {

    /** A gold event and the found event matched to it. */
    public record Pair(GoldEvent gold, FoundEvent found) {
    }

    /** The pairs, the gold events nothing matched, and the scored found events that matched no gold event. */
    public record Matching(List<Pair> pairs, List<GoldEvent> missed, List<FoundEvent> spurious) {

        public Matching {
            pairs = List.copyOf(pairs);
            missed = List.copyOf(missed);
            spurious = List.copyOf(spurious);
        }
    }

    private record Telling(int sentence, int begin, int end) {
    }

    /** The gold set's class for every CAMEO event outside its named classes. */
    private static final String GENERIC = "Event";

    private EventMatcher() {
    }

    /**
     * @param goldTypes the classes the gold set uses: a found event without a CAMEO code is scored only when
     *                  its class is one of them (anniversaries and holidays are no CAMEO interactions)
     */
    public static Matching match(StoryRun run, List<GoldEvent> gold, Set<String> goldTypes) {
        List<FoundEvent> scored = run.found().stream().filter(f -> f.root() != null || goldTypes.contains(f.type()))
                .map(f -> inGoldClasses(f, goldTypes)).toList();
        List<List<Telling>> tellings = gold.stream().map(g -> tellings(run, g)).toList();
        Set<Integer> freeGold = new LinkedHashSet<>();
        Set<Integer> freeFound = new LinkedHashSet<>();
        for (int i = 0; i < gold.size(); i++) {
            freeGold.add(i);
        }
        for (int j = 0; j < scored.size(); j++) {
            freeFound.add(j);
        }
        List<Pair> pairs = new ArrayList<>();
        List<BiPredicate<Integer, Integer>> tiers = List.of(
                (i, j) -> overlaps(tellings.get(i), scored.get(j).evidence()),
                (i, j) -> gold.get(i).types().contains(scored.get(j).type()),
                (i, j) -> true);
        for (BiPredicate<Integer, Integer> tier : tiers) {
            for (int i : List.copyOf(freeGold)) {
                for (int j : freeFound) {
                    if (kindAgrees(gold.get(i), scored.get(j)) && shareSentence(tellings.get(i), scored.get(j).evidence())
                            && tier.test(i, j)) {
                        pairs.add(new Pair(gold.get(i), scored.get(j)));
                        freeGold.remove(i);
                        freeFound.remove(j);
                        break;
                    }
                }
            }
        }
        pairs.sort((a, b) -> Integer.compare(gold.indexOf(a.gold()), gold.indexOf(b.gold())));
        return new Matching(pairs, freeGold.stream().map(gold::get).toList(), freeFound.stream().map(scored::get).toList());
    }

    /**
     * The found event under the classes the gold set uses: a CAMEO class the gold does not name (a
     * disapproval, a sanction) is one of its generic {@code Event}s, whose root is compared instead.
     */
    static FoundEvent inGoldClasses(FoundEvent f, Set<String> goldTypes) {
        if (f.root() == null || goldTypes.contains(f.type()) || !goldTypes.contains(GENERIC)) {
            return f;
        }
        return new FoundEvent(GENERIC, f.cameo(), f.evidence(), f.actors(), f.place(), f.date(), f.status(), f.label());
    }

    static boolean kindAgrees(GoldEvent g, FoundEvent f) {
        return f.root() != null ? f.root().equals(g.root()) : g.types().contains(f.type());
    }

    private static boolean shareSentence(List<Telling> tellings, List<Evidence> evidence) {
        return evidence.stream().anyMatch(e -> tellings.stream().anyMatch(t -> t.sentence() == e.sentence()));
    }

    private static boolean overlaps(List<Telling> tellings, List<Evidence> evidence) {
        return evidence.stream().anyMatch(e -> tellings.stream().anyMatch(t -> e.begin() < t.end() && t.begin() < e.end()));
    }

    private static List<Telling> tellings(StoryRun run, GoldEvent g) {
        List<Telling> out = new ArrayList<>();
        for (String t : g.tellings()) {
            int begin = run.text().indexOf(t);
            if (begin < 0) {
                throw new NewsKgException(g.where() + ": text '" + t + "' is not in the article text of "
                        + run.story().getFileName() + " (is it in the header?)");
            }
            out.add(new Telling(run.sentenceAt(begin), begin, begin + t.length()));
        }
        return out;
    }
}
