package org.newskg.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import java.util.Random;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.BeamSearchContextGenerator;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceValidator;
import org.junit.jupiter.api.Test;

/**
 * {@link HypothesisQueue} against {@code PriorityQueue<Hypothesis>}, and the decoder built on it against the decoder
 * as it was ({@link PriorityQueueBeamDecoder}), on random inputs full of equal scores: the same hypotheses in the same
 * order, ties included.
 */
class HypothesisQueueTest {

    @Test
    void removesInPriorityQueuesOrderTiesIncluded() {
        Random random = new Random(33);
        HypothesisQueue queue = new HypothesisQueue();
        for (int round = 0; round < 3_000; round++) {
            PriorityQueue<BeamDecoder.Hypothesis> reference = new PriorityQueue<>();
            queue.clear();
            int levels = 1 + random.nextInt(4);   // few distinct scores: many ties
            int operations = random.nextInt(200);
            for (int op = 0; op < operations; op++) {
                if (!reference.isEmpty() && random.nextInt(3) == 0) {
                    BeamDecoder.Hypothesis expected = reference.remove();
                    BeamDecoder.Hypothesis actual = queue.remove();
                    assertEquals(expected.index(), actual.index(), "round " + round);
                    assertSame(expected.before(), actual.before());
                } else {
                    // the index tells equal scores apart: it names the entry
                    double score = -random.nextInt(levels);
                    BeamDecoder.Hypothesis h = new BeamDecoder.Hypothesis(
                            BeamDecoder.Hypothesis.EMPTY, "o", op, 0.5, score, true);
                    reference.add(h);
                    if (random.nextBoolean()) {
                        queue.add(h);
                    } else {
                        queue.add(BeamDecoder.Hypothesis.EMPTY, "o", op, 0.5, score);
                    }
                }
                assertEquals(reference.size(), queue.size());
            }
            while (!reference.isEmpty()) {
                assertEquals(reference.remove().index(), queue.remove().index(), "round " + round);
            }
            assertEquals(true, queue.isEmpty());
        }
        assertThrows(NoSuchElementException.class, queue::remove);
    }

    @Test
    void decodesAsThePriorityQueueDecoderTiesIncluded() {
        Random random = new Random(3333);
        int compared = 0;
        for (int round = 0; round < 1_500; round++) {
            int outcomes = 2 + random.nextInt(7);
            GISModel model = randomModel(random, outcomes);
            int beam = 1 + random.nextInt(5);
            BeamDecoder decoder = new BeamDecoder(beam, model);
            PriorityQueueBeamDecoder reference = new PriorityQueueBeamDecoder(beam, model);
            for (int sentence = 0; sentence < 4; sentence++) {
                String[] words = new String[random.nextInt(12)];
                for (int w = 0; w < words.length; w++) {
                    words[w] = "w" + random.nextInt(4);
                }
                int numSequences = 1 + random.nextInt(beam + 2);
                double min = new double[] {-100000, -6, -2.5, -1}[random.nextInt(4)];
                RandomValidator validator = new RandomValidator(random.nextLong(), model, random.nextBoolean());
                Sequence[] expected = reference.bestSequences(numSequences, words, null, min, CONTEXTS, validator);
                Sequence[] actual = decoder.bestSequences(numSequences, words, null, min, CONTEXTS, validator);
                assertEquals(expected.length, actual.length, "round " + round);
                for (int s = 0; s < expected.length; s++) {
                    assertEquals(expected[s].getOutcomes(), actual[s].getOutcomes(), "round " + round + " sequence " + s);
                    assertArrayEquals(expected[s].getProbs(), actual[s].getProbs());
                    assertEquals(Double.doubleToRawLongBits(expected[s].getScore()),
                            Double.doubleToRawLongBits(actual[s].getScore()));
                    compared++;
                }
            }
        }
        assertEquals(true, compared > 5_000, "compared " + compared);
    }

    /** Features: the word, the previous outcome, the word with the outcome two back. */
    private static final BeamSearchContextGenerator<String> CONTEXTS = (i, words, previous, extra) -> new String[] {
        "w=" + words[i],
        "p=" + (i > 0 ? previous[i - 1] : "^"),
        "pp=" + (i > 1 ? previous[i - 2] : "^") + words[i]
    };

    /** Parameters from a handful of values, so that outcomes and whole sequences often score the same. */
    private static GISModel randomModel(Random random, int outcomes) {
        String[] names = new String[outcomes];
        for (int o = 0; o < outcomes; o++) {
            names[o] = "o" + o;
        }
        List<String> predicates = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            predicates.add("w=w" + w);
            for (String p : prefixes(outcomes)) {
                predicates.add("pp=" + p + "w" + w);
            }
        }
        for (String p : prefixes(outcomes)) {
            predicates.add("p=" + p);
        }
        double[] values = {0, 0.5, 1, 2};
        Context[] parameters = new Context[predicates.size()];
        for (int c = 0; c < parameters.length; c++) {
            int active = random.nextInt(outcomes + 1);
            int[] which = new int[active];
            double[] weights = new double[active];
            int o = random.nextInt(outcomes);
            for (int a = 0; a < active; a++) {
                which[a] = (o + a) % outcomes;
                weights[a] = values[random.nextInt(values.length)];
            }
            parameters[c] = new Context(which, weights);
        }
        return new GISModel(parameters, predicates.toArray(String[]::new), names);
    }

    private static List<String> prefixes(int outcomes) {
        List<String> out = new ArrayList<>(List.of("^"));
        for (int o = 0; o < outcomes; o++) {
            out.add("o" + o);
        }
        return out;
    }

    /**
     * Forbids a fixed random set of (position, previous outcome, outcome) triples; when {@code byIndex}, answers by
     * indices too (the decoders then ask that), else only by strings.
     */
    private static final class RandomValidator implements SequenceValidator<String>, BeamDecoder.ByIndex,
            PriorityQueueBeamDecoder.ByIndex {

        private final long seed;
        private final MaxentModel model;
        private final boolean byIndex;

        RandomValidator(long seed, MaxentModel model, boolean byIndex) {
            this.seed = seed;
            this.model = model;
            this.byIndex = byIndex;
        }

        @Override
        public boolean indexesLike(MaxentModel m) {
            return byIndex && m == model;
        }

        @Override
        public boolean valid(int i, Object[] sequence, int last, int outcome) {
            long h = seed ^ (i * 0x9E3779B97F4A7C15L) ^ ((last + 2) * 0xC2B2AE3D27D4EB4FL) ^ (outcome * 0x165667B19E3779F9L);
            h ^= h >>> 29;
            h *= 0xBF58476D1CE4E5B9L;
            h ^= h >>> 32;
            return (h & 7) != 0;   // one in eight forbidden
        }

        @Override
        public boolean validSequence(int i, String[] sequence, String[] outcomes, String outcome) {
            int last = i == 0 ? -1 : model.getIndex(outcomes[i - 1]);
            return valid(i, sequence, last, model.getIndex(outcome));
        }
    }

    @Test
    void randomValidatorForbidsSomething() {
        GISModel model = randomModel(new Random(1), 4);
        RandomValidator v = new RandomValidator(5, model, true);
        int forbidden = 0;
        for (int i = 0; i < 50; i++) {
            for (int o = 0; o < 4; o++) {
                forbidden += v.valid(i, new Object[0], -1, o) ? 0 : 1;
            }
        }
        assertEquals(true, forbidden > 0 && forbidden < 200, "forbidden " + forbidden);
        assertArrayEquals(new String[] {"o0", "o1", "o2", "o3"}, new BeamDecoder(1, model).getOutcomes());
    }
}
