package org.newskg.nlp;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Queue;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.SequenceClassificationModel;
import opennlp.tools.util.BeamSearchContextGenerator;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceValidator;

/**
 * OpenNLP's beam search ({@code opennlp.tools.ml.BeamSearch}) with the same decisions, made cheaper in two ways: the
 * score a hypothesis must reach is the beam's k-th best found by one pass, not by sorting every outcome's score (the
 * lemmatizer has thousands of outcomes, and that sort was most of its time), and hypotheses whose features are equal
 * at a position (they differ only in earlier outcomes the features do not see) are scored once.
 *
 * <pre>{@code
 * BeamDecoder d = new BeamDecoder(3, maxent);
 * Sequence best = d.bestSequence(words, null, contextGenerator, validator);
 * }</pre>
 * Not thread-safe (the contexts it is given come from stateful generators): one per tool, one tool per thread.
 */
final class BeamDecoder implements SequenceClassificationModel {

    private static final Object[] NO_CONTEXT = new Object[0];
    private static final double ZERO_LOG = -100000;

    private final int size;
    private final MaxentModel model;

    BeamDecoder(int size, MaxentModel model) {
        if (size < 1) {
            throw new IllegalArgumentException("a beam holds at least one hypothesis, got " + size);
        }
        this.size = size;
        this.model = model;
    }

    @Override
    public <T> Sequence bestSequence(T[] sequence, Object[] additionalContext, BeamSearchContextGenerator<T> cg,
                                     SequenceValidator<T> validator) {
        Sequence[] best = bestSequences(1, sequence, additionalContext, cg, validator);
        return best.length > 0 ? best[0] : null;
    }

    @Override
    public <T> Sequence[] bestSequences(int numSequences, T[] sequence, Object[] additionalContext,
                                        BeamSearchContextGenerator<T> cg, SequenceValidator<T> validator) {
        return bestSequences(numSequences, sequence, additionalContext, ZERO_LOG, cg, validator);
    }

    @Override
    public <T> Sequence[] bestSequences(int numSequences, T[] sequence, Object[] additionalContext,
                                        double minSequenceScore, BeamSearchContextGenerator<T> cg,
                                        SequenceValidator<T> validator) {
        Object[] extra = additionalContext == null ? NO_CONTEXT : additionalContext;
        // The queues are filled and emptied in the same order as OpenNLP's, so ties come out the same.
        Queue<Sequence> prev = new PriorityQueue<>(size);
        Queue<Sequence> next = new PriorityQueue<>(size);
        prev.add(new Sequence());
        Map<List<String>, double[]> scored = new HashMap<>();
        for (int i = 0; i < sequence.length; i++) {
            scored.clear();
            int sz = Math.min(size, prev.size());
            for (int sc = 0; !prev.isEmpty() && sc < sz; sc++) {
                Sequence top = prev.remove();
                String[] outcomes = top.getOutcomes().toArray(new String[0]);
                String[] contexts = cg.getContext(i, sequence, outcomes, extra);
                double[] scores = scored.computeIfAbsent(Arrays.asList(contexts),
                        c -> model.eval(contexts, new double[model.getNumOutcomes()]));
                double min = kthLargest(scores, size);
                advance(i, sequence, outcomes, top, scores, min, false, minSequenceScore, validator, next);
                if (next.isEmpty()) {
                    // No extension scored well enough (or none was valid): advance every valid one, as OpenNLP does.
                    advance(i, sequence, outcomes, top, scores, min, true, minSequenceScore, validator, next);
                }
            }
            prev.clear();
            Queue<Sequence> tmp = prev;
            prev = next;
            next = tmp;
        }
        Sequence[] top = new Sequence[Math.min(numSequences, prev.size())];
        for (int s = 0; s < top.length; s++) {
            top[s] = prev.remove();
        }
        return top;
    }

    /** Adds to {@code next} each valid extension of {@code top} by an outcome scoring at least {@code min} (any, if {@code all}). */
    private <T> void advance(int i, T[] sequence, String[] outcomes, Sequence top, double[] scores, double min,
                             boolean all, double minSequenceScore, SequenceValidator<T> validator, Queue<Sequence> next) {
        for (int p = 0; p < scores.length; p++) {
            if (all || scores[p] >= min) {
                String out = model.getOutcome(p);
                if (validator.validSequence(i, sequence, outcomes, out)) {
                    Sequence ns = new Sequence(top, out, scores[p]);
                    if (ns.getScore() > minSequenceScore) {
                        next.add(ns);
                    }
                }
            }
        }
    }

    /**
     * What {@code sorted[max(0, n - k)]} is after {@code Arrays.sort} of a copy of the scores: the k-th largest, or the
     * smallest when there are fewer than k. Compared as {@code Arrays.sort} orders doubles ({@link Double#compare}).
     */
    static double kthLargest(double[] scores, int k) {
        int keep = Math.min(k, scores.length);
        double[] best = new double[keep];   // ascending: best[0] is the smallest kept
        int held = 0;
        for (double v : scores) {
            if (held < keep) {
                int j = held++;
                while (j > 0 && Double.compare(best[j - 1], v) > 0) {
                    best[j] = best[j - 1];
                    j--;
                }
                best[j] = v;
            } else if (Double.compare(v, best[0]) > 0) {
                int j = 0;
                while (j + 1 < keep && Double.compare(best[j + 1], v) < 0) {
                    best[j] = best[j + 1];
                    j++;
                }
                best[j] = v;
            }
        }
        return best[0];
    }

    @Override
    public String[] getOutcomes() {
        String[] outcomes = new String[model.getNumOutcomes()];
        for (int i = 0; i < outcomes.length; i++) {
            outcomes[i] = model.getOutcome(i);
        }
        return outcomes;
    }
}
