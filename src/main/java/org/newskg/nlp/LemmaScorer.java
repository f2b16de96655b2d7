package org.newskg.nlp;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import opennlp.tools.lemmatizer.DefaultLemmatizerContextGenerator;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.BeamSearchContextGenerator;

/**
 * The lemmatizer's scores, remembered across sentences and articles. OpenNLP's {@link DefaultLemmatizerContextGenerator}
 * reads three things at a position: the word, its tag and the previous outcome; so the model's probabilities are a
 * function of that triple, and the same triple met again gets the very array {@link GisEval} computed the first time
 * (an evaluation builds some twenty feature strings, looks each up and normalizes 860 outcomes: the lemmatizer was a
 * fifth of a builder's time, and the same triples recur all the time: "the" after a determiner's script, "said" after
 * a name's). Nothing depends on what was seen before: a remembered array holds the same doubles a new evaluation gives,
 * and the memory is simply forgotten when it grows past its limit.
 *
 * <pre>{@code
 * Optional<LemmaScorer> fast = LemmaScorer.of(maxent, contextGenerator);
 * BeamDecoder.Scores scores = fast.get().sentence(words, new Object[] {tags});
 * }</pre>
 * Only for a {@link GISModel} and that very generator: {@link #of} is empty for anything else. Not thread-safe (it
 * remembers): one per tagger.
 */
final class LemmaScorer {

    // About 7 KB an array with the 860 outcomes of the UD model: some 28 MB a builder thread at most.
    private static final int LIMIT = 4_096;

    private final GisEval model;
    private final BeamSearchContextGenerator<String> generator;
    private final Map<String, Integer> outcomeIndex = new HashMap<>();
    private final int bos;
    // word, then tag: the probabilities after each previous outcome met
    private final Map<String, Map<String, Row>> rows = new HashMap<>();
    private int held;
    // The arrays the memory dropped when it was last emptied, refilled by the next misses (GisEval.eval fills the
    // array before adding to it, so the same doubles): a new 860-outcome array per miss was a tenth of the bytes a
    // builder thread allocated (bench/README.md, session 33).
    private final ArrayDeque<double[]> spare = new ArrayDeque<>();

    private LemmaScorer(GISModel gis, BeamSearchContextGenerator<String> generator) {
        this.model = GisEval.of(gis).orElseThrow();
        this.generator = generator;
        for (int o = 0; o < gis.getNumOutcomes(); o++) {
            outcomeIndex.put(gis.getOutcome(o), o);
        }
        this.bos = gis.getNumOutcomes();
    }

    /** A scorer for {@code model} decoded with {@code generator}, when both are what this class reproduces. */
    static Optional<LemmaScorer> of(MaxentModel model, BeamSearchContextGenerator<String> generator) {
        boolean reproduced = model.getClass() == GISModel.class
                && generator.getClass() == DefaultLemmatizerContextGenerator.class;
        return reproduced ? Optional.of(new LemmaScorer((GISModel) model, generator)) : Optional.empty();
    }

    /** The scores of one sentence's words; {@code extra} is the lemmatizer's {@code new Object[] {tags}}. */
    BeamDecoder.Scores sentence(String[] words, Object[] extra) {
        return new SentenceScores(words, extra);
    }

    /**
     * The arrays of one (word, tag) by previous outcome, in the order met (few outcomes precede a given word), and the
     * beam's candidates among each array's outcomes once the decoder has asked for them.
     */
    private static final class Row {
        private int[] previous = new int[2];
        private double[][] scores = new double[2][];
        private BeamDecoder.Candidates[] candidates = new BeamDecoder.Candidates[2];
        private int size;

        /** The slot of previous outcome {@code p}, or -1. */
        int slot(int p) {
            for (int k = 0; k < size; k++) {
                if (previous[k] == p) {
                    return k;
                }
            }
            return -1;
        }

        int put(int p, double[] s) {
            if (size == previous.length) {
                previous = Arrays.copyOf(previous, size * 2);
                scores = Arrays.copyOf(scores, size * 2);
                candidates = Arrays.copyOf(candidates, size * 2);
            }
            previous[size] = p;
            scores[size] = s;
            return size++;
        }
    }

    private final class SentenceScores implements BeamDecoder.Scores {

        private final String[] words;
        private final String[] tags;
        private final Object[] extra;
        private int position = -1;
        private Row row;
        private int slot;   // of the array at() returned last

        SentenceScores(String[] words, Object[] extra) {
            this.words = words;
            this.tags = (String[]) extra[0];
            this.extra = extra;
        }

        @Override
        public double[] at(int i, String[] previous) {
            if (i != position || row == null) {
                position = i;
                row = rows.computeIfAbsent(words[i], w -> new HashMap<>()).computeIfAbsent(tags[i], t -> new Row());
            }
            int p = i < 1 ? bos : outcomeIndex.get(previous[i - 1]);
            slot = row.slot(p);
            if (slot < 0) {
                double[] s = model.eval(generator.getContext(i, words, previous, extra),
                        spare.isEmpty() ? new double[bos] : spare.pop());   // bos: the number of outcomes
                if (held >= LIMIT) {
                    dropAllBut(row);
                    held = 0;
                    row = rows.computeIfAbsent(words[i], w -> new HashMap<>()).computeIfAbsent(tags[i], t -> new Row());
                }
                slot = row.put(p, s);
                held++;
            }
            return row.scores[slot];
        }

        /**
         * Empties the memory; its arrays become spares, except {@code current}'s: those are the ones returned at this
         * position, which the decoder still reads (and knows its candidates by).
         */
        private void dropAllBut(Row current) {
            for (Map<String, Row> byTag : rows.values()) {
                for (Row r : byTag.values()) {
                    if (r != current) {
                        for (int k = 0; k < r.size; k++) {
                            spare.push(r.scores[k]);
                        }
                    }
                }
            }
            rows.clear();
        }

        /** Kept with the array: the same array has the same candidates wherever the triple recurs. */
        @Override
        public BeamDecoder.Candidates candidates(double[] probabilities, int k, BeamDecoder.Candidates reusable) {
            if (row == null || row.scores[slot] != probabilities) {
                return reusable.fill(probabilities);
            }
            BeamDecoder.Candidates c = row.candidates[slot];
            if (c == null || c.k() != k) {
                c = BeamDecoder.Candidates.of(probabilities, k);
                row.candidates[slot] = c;
            }
            return c;
        }
    }
}
