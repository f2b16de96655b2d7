package org.newskg.eval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.newskg.extract.TimeMention;

/**
 * Scores a temporal tagger against TimeML gold data, as TempEval-3 does: spans matched strictly (same
 * offsets) and relaxed (overlapping), and normalized values compared on relaxed matches. The
 * {@code overall} row is the value score: an expression counts only when found and normalized right.
 *
 * <pre>{@code
 * TimexEvaluator.Result r = TimexEvaluator.evaluate(docs, (text, dct) -> tagger.tag(annotate(text), dct));
 * }</pre>
 * Stateless and thread-safe (the tagger function need not be).
 */
public final class TimexEvaluator {

    /** Scores per measure ("strict", "relaxed", "value"), tokens processed and the time taken. */
    public record Result(EvalTable table, Prf value, long tokens, long nanos) {

        public double tokensPerSecond() {
            return nanos == 0 ? 0 : tokens * 1e9 / nanos;
        }
    }

    private TimexEvaluator() {
    }

    public static Result evaluate(List<TimeMlDocument> docs, BiFunction<String, LocalDate, List<TimeMention>> tagger) {
        Prf strict = new Prf(0, 0, 0);
        Prf relaxed = new Prf(0, 0, 0);
        Prf value = new Prf(0, 0, 0);
        long tokens = 0;
        long nanos = 0;
        for (TimeMlDocument doc : docs) {
            long t0 = System.nanoTime();
            List<TimeMention> found = tagger.apply(doc.text(), doc.creationDate());
            nanos += System.nanoTime() - t0;
            tokens += doc.text().split("\\s+").length;
            strict = strict.plus(match(doc.timexes(), found, true, false));
            relaxed = relaxed.plus(match(doc.timexes(), found, false, false));
            value = value.plus(match(doc.timexes(), found, false, true));
        }
        EvalTable table = new EvalTable();
        table.add("strict", strict);
        table.add("relaxed", relaxed);
        table.add("value", value);
        table.overall(value);
        return new Result(table, value, tokens, nanos);
    }

    /** Greedy one-to-one matching in text order; with {@code checkValue}, a match with a wrong value counts as a miss and a false find. */
    static Prf match(List<TimeMlDocument.Timex> gold, List<TimeMention> found, boolean strict, boolean checkValue) {
        List<TimeMention> unused = new ArrayList<>(found);
        long tp = 0;
        for (TimeMlDocument.Timex g : gold) {
            for (int i = 0; i < unused.size(); i++) {
                TimeMention f = unused.get(i);
                boolean spanOk = strict ? f.begin() == g.begin() && f.end() == g.end()
                        : f.begin() < g.end() && g.begin() < f.end();
                if (spanOk) {
                    unused.remove(i);
                    if (!checkValue || f.value().equals(g.value())) {
                        tp++;
                    }
                    break;
                }
            }
        }
        return new Prf(tp, found.size() - tp, gold.size() - tp);
    }
}
