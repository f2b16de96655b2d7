package org.newskg.nlp;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
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
 * The beam decoder as it was before {@link HypothesisQueue} (session 33), kept to test the new one against: every
 * extension a {@code Hypothesis} in a {@code java.util.PriorityQueue}. Was: OpenNLP's beam search ({@code opennlp.tools.ml.BeamSearch}) with the same decisions, made cheaper in two ways: the
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
final class PriorityQueueBeamDecoder implements SequenceClassificationModel {

    private static final Object[] NO_CONTEXT = new Object[0];
    private static final double ZERO_LOG = -100000;

    private final int size;
    private final MaxentModel model;
    private final GisEval gis;   // the same evaluation, cheaper, for a GIS model; else null
    /**
     * Probability arrays of positions already decided, for the next positions' evaluations: the lemmatizer's have 860
     * outcomes, and a new array per evaluation was a fifth of all the memory an ingest's builder thread allocated.
     */
    private final ArrayDeque<double[]> spare = new ArrayDeque<>();
    /** Candidates refilled at each position; the first {@link #pooled} are in use at the current one. */
    private Candidates[] pool = new Candidates[0];
    private int pooled;
    private final Queue<Hypothesis> queueA = new PriorityQueue<>();
    private final Queue<Hypothesis> queueB = new PriorityQueue<>();
    private final Map<double[], Candidates> candidates = new IdentityHashMap<>();

    PriorityQueueBeamDecoder(int size, MaxentModel model) {
        if (size < 1) {
            throw new IllegalArgumentException("a beam holds at least one hypothesis, got " + size);
        }
        this.size = size;
        this.model = model;
        this.gis = GisEval.of(model).orElse(null);
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
        return bestSequences(numSequences, sequence, minSequenceScore, new ContextScores<>(sequence, extra, cg), validator);
    }

    /** The best sequence, scored by {@code scores} (a model-specific shortcut to the same scores, see {@link ChunkScorer}). */
    <T> Sequence bestSequence(T[] sequence, Scores scores, SequenceValidator<T> validator) {
        Sequence[] best = bestSequences(1, sequence, ZERO_LOG, scores, validator);
        return best.length > 0 ? best[0] : null;
    }

    private <T> Sequence[] bestSequences(int numSequences, T[] sequence, double minSequenceScore, Scores scores,
                                         SequenceValidator<T> validator) {
        // The queues are filled and emptied in the same order as OpenNLP's, so ties come out the same (a heap's order
        // depends on what was added and removed, not on its capacity: the decoder's two queues serve every sequence,
        // where new ones grew their arrays again for each).
        Queue<Hypothesis> prev = queueA;
        Queue<Hypothesis> next = queueB;
        prev.clear();
        next.clear();
        prev.add(Hypothesis.EMPTY);
        Map<double[], Candidates> candidates = this.candidates;
        // A validator by outcome indices (the chunker's, the POS taggers'): two look-ups of outcome strings for each
        // extension tried were a tenth of the chunker's time. With it, a hypothesis's outcomes are not copied into an
        // array at each position (the scorers of the chunker and taggers read only the last two outcomes, by index).
        ByIndex byIndex = validator instanceof ByIndex v && v.indexesLike(model) ? v : null;
        for (int i = 0; i < sequence.length; i++) {
            candidates.clear();
            pooled = 0;   // the last position's candidates are no longer read
            int sz = Math.min(size, prev.size());
            for (int sc = 0; !prev.isEmpty() && sc < sz; sc++) {
                Hypothesis top = prev.remove();
                String[] outcomes = byIndex != null ? null : top.outcomes();
                double[] probabilities = outcomes != null ? scores.at(i, outcomes) : scores.at(i, top);
                // get and put rather than computeIfAbsent, whose lambda (capturing the scores) was made for each
                // hypothesis: several per cent of the bytes the decoding allocated
                Candidates best = candidates.get(probabilities);
                if (best == null) {
                    if (pooled == pool.length) {
                        pool = Arrays.copyOf(pool, pooled + 1);
                        pool[pooled] = Candidates.reusable(size);
                    }
                    best = scores.candidates(probabilities, size, pool[pooled]);
                    if (best == pool[pooled]) {
                        pooled++;
                    }
                    candidates.put(probabilities, best);
                }
                advance(i, sequence, outcomes, top, probabilities, best, minSequenceScore, validator, byIndex, next);
                if (next.isEmpty()) {
                    // No extension scored well enough (or none was valid): advance every valid one, as OpenNLP does.
                    advance(i, sequence, outcomes, top, probabilities, null, minSequenceScore, validator, byIndex, next);
                }
            }
            prev.clear();
            Queue<Hypothesis> tmp = prev;
            prev = next;
            next = tmp;
        }
        scores.release();
        candidates.clear();
        Sequence[] top = new Sequence[Math.min(numSequences, prev.size())];
        for (int s = 0; s < top.length; s++) {
            top[s] = prev.remove().sequence();
        }
        prev.clear();   // nothing of this sequence stays reachable from the decoder
        return top;
    }

    /**
     * What OpenNLP's {@link Sequence} holds, as a link to the hypothesis it extends: a {@code Sequence} copies all its
     * outcomes and probabilities into new lists for each extension tried, which made decoding quadratic in the
     * sentence's length. The score is summed as {@code Sequence} sums it and compared as it compares, so the queues
     * order hypotheses as they ordered sequences.
     */
    static final class Hypothesis implements Comparable<Hypothesis> {

        static final Hypothesis EMPTY = new Hypothesis(null, null, -1, 1, 0d);

        private final Hypothesis before;
        private final String outcome;
        private final int index;   // the outcome's index in the model, -1 for none
        private final double probability;
        private final double score;
        private final int length;

        /** {@code log} is {@code StrictMath.log(probability)}, which the caller may have remembered. */
        private Hypothesis(Hypothesis before, String outcome, int index, double probability, double log) {
            this.before = before;
            this.outcome = outcome;
            this.index = index;
            this.probability = probability;
            this.score = before == null ? 0d : before.score + log;
            this.length = before == null ? 0 : before.length + 1;
        }

        /** The hypothesis this one extends by one outcome; null for the empty one. */
        Hypothesis before() {
            return before;
        }

        /** The index in the model of the last outcome, -1 for the empty hypothesis. */
        int index() {
            return index;
        }

        String[] outcomes() {
            String[] out = new String[length];
            for (Hypothesis h = this; h.before != null; h = h.before) {
                out[h.length - 1] = h.outcome;
            }
            return out;
        }

        /** The same sequence as OpenNLP's beam search builds, score summed in the same order. */
        Sequence sequence() {
            Hypothesis[] path = new Hypothesis[length];
            for (Hypothesis h = this; h.before != null; h = h.before) {
                path[h.length - 1] = h;
            }
            Sequence s = new Sequence();
            for (Hypothesis h : path) {
                s.add(h.outcome, h.probability);
            }
            return s;
        }

        @Override
        public int compareTo(Hypothesis h) {
            return Double.compare(h.score, score);   // as Sequence.compareTo: the best first
        }
    }

    /**
     * A {@link SequenceValidator} that also answers by the model's outcome indices, reading no outcome before the last:
     * the decoder then asks it rather than the validator's own method, and makes no array of a hypothesis's outcomes.
     */
    interface ByIndex {
        /** Whether {@code model}'s outcome indices are the ones {@link #valid} takes. */
        boolean indexesLike(MaxentModel model);

        /**
         * What {@code validSequence(i, sequence, outcomes, outcome)} answers, for outcomes whose last is of index
         * {@code last} (-1: none before) and an outcome of index {@code outcome}.
         */
        boolean valid(int i, Object[] sequence, int last, int outcome);
    }

    /** The model's probabilities at the positions of one sequence, given the outcomes chosen before each. */
    interface Scores {
        /**
         * The probability of each outcome at {@code i} after {@code previous} (i outcomes); the caller only reads it, and
         * not once it has asked about another position (a scorer may then refill the array).
         */
        double[] at(int i, String[] previous);

        /**
         * {@link #at(int, String[])} after the outcomes of {@code last} (i of them), for a decoder whose validator needs
         * no array of them; a scorer reading only the last few outcomes overrides it to spare the copy.
         */
        default double[] at(int i, Hypothesis last) {
            return at(i, last.outcomes());
        }

        /**
         * {@link Candidates#of} an array {@link #at} just returned, by default {@code reusable} refilled (an object the
         * decoder no longer reads, for a beam of {@code k}); a scorer that gives the same array again (see
         * {@link LemmaScorer}) may keep the answer with it, and then returns another object.
         */
        default Candidates candidates(double[] probabilities, int k, Candidates reusable) {
            return reusable.fill(probabilities);
        }

        /** The sequence is decided: the arrays {@link #at} returned are no longer read. */
        default void release() {
        }
    }

    /** The generator's features, evaluated by the model once per distinct list of them at a position. */
    private final class ContextScores<T> implements Scores {

        private final T[] sequence;
        private final Object[] extra;
        private final BeamSearchContextGenerator<T> cg;
        private final Map<List<String>, double[]> scored = new HashMap<>();
        private int position = -1;

        ContextScores(T[] sequence, Object[] extra, BeamSearchContextGenerator<T> cg) {
            this.sequence = sequence;
            this.extra = extra;
            this.cg = cg;
        }

        @Override
        public double[] at(int i, String[] previous) {
            if (i != position) {
                release();
                position = i;
            }
            String[] contexts = cg.getContext(i, sequence, previous, extra);
            List<String> key = Arrays.asList(contexts);
            double[] p = scored.get(key);
            if (p == null) {
                p = gis != null ? gis.eval(contexts, spare.isEmpty() ? new double[model.getNumOutcomes()] : spare.pop())
                        : model.eval(contexts, new double[model.getNumOutcomes()]);
                scored.put(key, p);
            }
            return p;
        }

        /** The last position's arrays go back to the spares once the beam has moved on (nothing holds them then). */
        @Override
        public void release() {
            if (gis != null) {
                spare.addAll(scored.values());
            }
            scored.clear();
        }
    }

    /**
     * The outcomes OpenNLP's beam search extends a hypothesis by, unless none of them is valid: those scoring at least
     * the beam's k-th best score ({@code min}), in the outcomes' order. Found once per array of scores rather than by
     * testing every outcome for each hypothesis (the lemmatizer has 860 outcomes and keeps three of them). The log of
     * each candidate's probability (what a hypothesis adds to its score) is also kept, computed when first needed:
     * {@code StrictMath.log} was taken again for every hypothesis extended by the same array, and the lemmatizer's
     * remembered arrays (see {@link LemmaScorer}) recur across sentences. The logs only memoize: NaN means not
     * computed yet, and a value once there is the very double {@code StrictMath.log} gives.
     * <p>
     * A decoder refills the same objects at each position ({@link #fill}): new arrays of candidates and logs for
     * each array of scores were about a tenth of the bytes the chunker and taggers allocated.
     */
    static final class Candidates {

        private final int k;
        private double min;
        private int count;
        private int[] outcomes;
        private double[] logs;
        private final double[] best;   // kthLargest's scratch

        private Candidates(int k) {
            this.k = k;
            this.outcomes = new int[Math.max(1, k)];
            this.logs = new double[outcomes.length];
            this.best = new double[k];
        }

        /** The candidates among {@code scores} for a beam of {@code k}, in a new object. */
        static Candidates of(double[] scores, int k) {
            return new Candidates(k).fill(scores);
        }

        /** An object for {@link #fill} to refill, for a beam of {@code k}. */
        static Candidates reusable(int k) {
            return new Candidates(k);
        }

        /** These candidates, refilled with those of {@code scores} (what {@link #of} would find); the old ones are gone. */
        Candidates fill(double[] scores) {
            double min = kthLargest(scores, k, best);
            int n = 0;
            for (int p = 0; p < scores.length; p++) {
                if (scores[p] >= min) {
                    if (n == outcomes.length) {   // ties: more than k
                        outcomes = Arrays.copyOf(outcomes, n * 2);
                        logs = new double[n * 2];
                    }
                    outcomes[n++] = p;
                }
            }
            Arrays.fill(logs, 0, n, Double.NaN);
            this.min = min;
            this.count = n;
            return this;
        }

        /** The beam size these candidates were found for. */
        int k() {
            return k;
        }

        /** The k-th best score, which a candidate reaches. */
        double min() {
            return min;
        }

        /** How many candidates there are (k or more with ties; fewer when there are fewer outcomes). */
        int count() {
            return count;
        }

        /** The outcome index of candidate {@code c}, in increasing order of {@code c}. */
        int outcome(int c) {
            return outcomes[c];
        }

        /** {@code StrictMath.log(scores[outcome(c)])}; {@code scores} is the array these candidates were found in. */
        double log(int c, double[] scores) {
            double l = logs[c];
            if (l != l) {
                l = StrictMath.log(scores[outcomes[c]]);
                logs[c] = l;
            }
            return l;
        }
    }

    /**
     * Adds to {@code next} each valid extension of {@code top} by one of {@code candidates} (by any outcome, if null);
     * validity is asked of {@code byIndex} when it is not null (then {@code outcomes} may be null), else of {@code validator}.
     */
    private <T> void advance(int i, T[] sequence, String[] outcomes, Hypothesis top, double[] scores, Candidates candidates,
                             double minSequenceScore, SequenceValidator<T> validator, ByIndex byIndex,
                             Queue<Hypothesis> next) {
        int n = candidates == null ? scores.length : candidates.count();
        for (int c = 0; c < n; c++) {
            int p = candidates == null ? c : candidates.outcome(c);
            String out = model.getOutcome(p);
            boolean valid = byIndex != null ? byIndex.valid(i, sequence, top.index, p)
                    : validator.validSequence(i, sequence, outcomes, out);
            if (valid) {
                double log = candidates == null ? StrictMath.log(scores[p]) : candidates.log(c, scores);
                Hypothesis ns = new Hypothesis(top, out, p, scores[p], log);
                if (ns.score > minSequenceScore) {
                    next.add(ns);
                }
            }
        }
    }

    /**
     * What {@code sorted[max(0, n - k)]} is after {@code Arrays.sort} of a copy of the scores: the k-th largest, or the
     * smallest when there are fewer than k. Compared as {@code Arrays.sort} orders doubles ({@link Double#compare}).
     */
    static double kthLargest(double[] scores, int k) {
        return kthLargest(scores, k, new double[Math.min(k, scores.length)]);
    }

    /** {@link #kthLargest(double[], int)} with a scratch array of at least {@code min(k, scores.length)} elements. */
    static double kthLargest(double[] scores, int k, double[] best) {
        int keep = Math.min(k, scores.length);   // best ascending: best[0] is the smallest kept
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
