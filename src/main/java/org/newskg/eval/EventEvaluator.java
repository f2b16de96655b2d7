package org.newskg.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Scores the events found in gold stories against their gold events ({@link EventMatcher} pairs them).
 * Two tables: per type (a pair counts as a true positive when its types agree), and per field, where a
 * field's precision is the share of found events matched with that field right and its recall the share of
 * gold events; {@code all fields right} needs every field of {@link EventFields#FIELDS}, and the
 * {@code overall} row repeats it.
 *
 * <pre>{@code
 * EventEvaluator.Result r = EventEvaluator.evaluate(EventGoldReader.read(dir), runner::run);
 * r.types().print(out);  r.fields().print(out);
 * }</pre>
 * Stateless and thread-safe (the runner need not be).
 */
public final class EventEvaluator {

    public static final String EVENT_ROW = "event";
    public static final String ALL_ROW = "all fields right";

    /** The matching of one story. */
    public record StoryResult(Path story, EventMatcher.Matching matching) {
    }

    /** Both tables, each story's matching (for error listings), words read and the time the runner took. */
    public record Result(EvalTable types, EvalTable fields, List<StoryResult> stories, long words, long nanos) {

        public Result {
            stories = List.copyOf(stories);
        }

        public double wordsPerSecond() {
            return nanos == 0 ? 0 : words * 1e9 / nanos;
        }
    }

    private EventEvaluator() {
    }

    /** @param runner reads one story and finds its events */
    public static Result evaluate(List<GoldEvent> gold, Function<Path, StoryRun> runner) {
        Map<Path, List<GoldEvent>> byStory = gold.stream()
                .collect(Collectors.groupingBy(GoldEvent::story, LinkedHashMap::new, Collectors.toList()));
        Set<String> goldTypes = gold.stream().flatMap(g -> g.types().stream()).collect(Collectors.toSet());
        List<StoryResult> stories = new ArrayList<>();
        long words = 0;
        long nanos = 0;
        for (Map.Entry<Path, List<GoldEvent>> e : byStory.entrySet()) {
            long t0 = System.nanoTime();
            StoryRun run = runner.apply(e.getKey());
            nanos += System.nanoTime() - t0;
            words += run.text().isBlank() ? 0 : run.text().strip().split("\\s+").length;
            stories.add(new StoryResult(e.getKey(), EventMatcher.match(run, e.getValue(), goldTypes)));
        }
        return new Result(typeTable(stories), fieldTable(stories), stories, words, nanos);
    }

    static EvalTable typeTable(List<StoryResult> stories) {
        EvalTable t = new EvalTable();
        for (StoryResult s : stories) {
            EventMatcher.Matching m = s.matching();
            for (EventMatcher.Pair p : m.pairs()) {
                if (EventFields.right("type", p.gold(), p.found())) {
                    t.add(p.found().typeKey(), new Prf(1, 0, 0));
                } else {
                    t.add(p.gold().typeKey(), new Prf(0, 0, 1));
                    t.add(p.found().typeKey(), new Prf(0, 1, 0));
                }
            }
            m.missed().forEach(g -> t.add(g.typeKey(), new Prf(0, 0, 1)));
            m.spurious().forEach(f -> t.add(f.typeKey(), new Prf(0, 1, 0)));
        }
        return t;
    }

    static EvalTable fieldTable(List<StoryResult> stories) {
        List<EventMatcher.Pair> pairs = stories.stream().flatMap(s -> s.matching().pairs().stream()).toList();
        long gold = pairs.size() + stories.stream().mapToLong(s -> s.matching().missed().size()).sum();
        long found = pairs.size() + stories.stream().mapToLong(s -> s.matching().spurious().size()).sum();
        EvalTable t = EvalTable.inOrder("field");
        t.add(EVENT_ROW, counts(pairs.size(), gold, found));
        for (String field : EventFields.FIELDS) {
            t.add(field, counts(pairs.stream().filter(p -> EventFields.right(field, p.gold(), p.found())).count(), gold, found));
        }
        Prf all = counts(pairs.stream().filter(p -> EventFields.allRight(p.gold(), p.found())).count(), gold, found);
        t.add(ALL_ROW, all);
        t.overall(all);
        return t;
    }

    private static Prf counts(long right, long gold, long found) {
        return new Prf(right, found - right, gold - right);
    }
}
