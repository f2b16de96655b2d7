package org.newskg.extract.entity;

import java.util.Arrays;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameFinderSequenceValidator;
import opennlp.tools.namefind.TokenNameFinder;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.Span;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * A beam search name finder for maximum entropy models (OpenNLP's quasi-Newton and GIS), giving the spans
 * and probabilities of OpenNLP's {@code BeamSearch} over the same model and features, with fewer lookups.
 * OpenNLP scores every hypothesis of the beam with all of a token's features; here the features that do not
 * depend on earlier outcomes are looked up once per token, and each hypothesis adds only its four
 * previous-outcome features, whose weight rows are found once per outcome and word rather than once per
 * hypothesis; the feature strings themselves are made once per distinct word, not per word ({@link FeatureRows}),
 * and the hypotheses are slots of reused arrays. The weights are added in OpenNLP's order, so the scores are the same numbers. (It also starts
 * each evaluation from zero: OpenNLP 2.5's beam search hands the quasi-Newton model the previous evaluation's
 * probabilities to add to, which shifts its scores slightly.)
 *
 * <pre>{@code
 * TokenNameFinder finder = NameFinderSource.of(model).newFinder();   // NameFinderME for other models
 * Span[] names = finder.find(words);
 * }</pre>
 * Not thread-safe (it keeps the document's adaptive data, as {@link NameFinderME} does): one per thread.
 */
final class BeamNameFinder implements TokenNameFinder {

    /** The weights of each word's outcome-independent features, found without making their strings again. */
    private final FeatureRows rows;
    private final SequenceValidator<String> validator;
    private final SequenceCodec<String> codec;
    private final FeatureWeights weights;
    private final int beamSize;
    private final int outcomes;
    /**
     * {@code follows[last + 1][o]}: whether outcome o may follow outcome {@code last} (-1: the sentence's first word);
     * null when the validator is not OpenNLP's BIO validator, which reads nothing but the last outcome.
     */
    private final boolean[][] follows;
    /** Names of the previous outcomes: the model's outcomes, then OpenNLP's "other" before a sentence's first word. */
    private final String[] previousNames;
    private final int[] poRows;
    private final int[] ppoRows;
    private final double[] top;
    private final double[] fixed;
    private final double[] scores;
    /** The candidates of one word: the beam slot of the hypothesis each extends, its outcome, probability and score. */
    private final int[] candidateOf;
    private final int[] candidateOutcome;
    private final double[] candidateProb;
    private final double[] candidateScore;
    private final int[] order;
    /**
     * The beams of the sentence, word i's hypotheses at {@code i * width + k} (best first): each one's outcome,
     * the slot of the hypothesis it extends in word i-1's beam, its probability and the sum of the logs of all its
     * probabilities. Arrays reused from sentence to sentence, instead of an object per hypothesis.
     */
    private final int width;
    private int[] beamOutcome = new int[0];
    private int[] beamBack = new int[0];
    private double[] beamProb = new double[0];
    private double[] beamScore = new double[0];

    BeamNameFinder(TokenNameFinderModel model, FeatureWeights weights) {
        AdaptiveFeatureGenerator g = model.getFactory().createFeatureGenerators();
        this.rows = FeatureRows.of(g, g == null ? model.getFactory().createContextGenerator() : null, weights);
        this.codec = model.getFactory().createSequenceCodec();
        this.validator = codec.createSequenceValidator();
        this.weights = weights;
        this.beamSize = NameFinderModels.beamSize(model);
        this.outcomes = weights.outcomeCount();
        this.previousNames = new String[outcomes + 1];
        this.poRows = new int[outcomes + 1];
        this.ppoRows = new int[outcomes + 1];
        for (int o = 0; o <= outcomes; o++) {
            previousNames[o] = o < outcomes ? weights.outcome(o) : NameFinderME.OTHER;
            poRows[o] = weights.row("po=" + previousNames[o]);
            ppoRows[o] = weights.row("ppo=" + previousNames[o]);
        }
        this.follows = validator.getClass() == NameFinderSequenceValidator.class ? follows(validator, weights) : null;
        this.top = new double[Math.max(1, Math.min(beamSize, outcomes))];
        this.fixed = new double[outcomes];
        this.scores = new double[outcomes];
        this.width = Math.max(1, beamSize);
        int most = width * outcomes;
        this.candidateOf = new int[most];
        this.candidateOutcome = new int[most];
        this.candidateProb = new double[most];
        this.candidateScore = new double[most];
        this.order = new int[most];
    }

    private static boolean[][] follows(SequenceValidator<String> validator, FeatureWeights weights) {
        int n = weights.outcomeCount();
        boolean[][] table = new boolean[n + 1][n];
        for (int last = -1; last < n; last++) {
            String[] history = last < 0 ? new String[0] : new String[] {weights.outcome(last)};
            for (int o = 0; o < n; o++) {
                table[last + 1][o] = validator.validSequence(history.length, new String[history.length + 1], history, weights.outcome(o));
            }
        }
        return table;
    }

    @Override
    public Span[] find(String[] tokens) {
        decode(tokens);
        String[] found = new String[tokens.length];
        double[] probs = new double[tokens.length];
        for (int i = tokens.length - 1, k = 0; i >= 0; i--) {
            int at = i * width + k;
            found[i] = weights.outcome(beamOutcome[at]);
            probs[i] = beamProb[at];
            k = beamBack[at];
        }
        rows.updateAdaptiveData(tokens, found);
        Span[] spans = codec.decode(Arrays.asList(found));
        for (int i = 0; i < spans.length; i++) {
            double p = 0;
            for (int t = spans[i].getStart(); t < spans[i].getEnd(); t++) {
                p += probs[t];
            }
            spans[i] = new Span(spans[i], p / spans[i].length());
        }
        return spans;
    }

    @Override
    public void clearAdaptiveData() {
        rows.clearAdaptiveData();
    }

    /**
     * Fills the beams of the sentence; the best sequence ends at the last word's slot 0. Each word's candidates are
     * kept in arrays and sorted as OpenNLP's beam sorts them (by score, stable), and only the beam's survivors are
     * kept: the search allocates nothing per word, which matters more than it seems, as fresh memory is slow to
     * touch on a virtual machine.
     */
    private void decode(String[] tokens) {
        if (beamOutcome.length < tokens.length * width) {
            int size = Math.max(tokens.length, 64) * width;
            beamOutcome = new int[size];
            beamBack = new int[size];
            beamProb = new double[size];
            beamScore = new double[size];
        }
        rows.startSentence(tokens);
        int beamCount = 1;
        for (int i = 0; i < tokens.length; i++) {
            Arrays.fill(fixed, 0);
            rows.addTo(fixed, tokens, i);
            FeatureRows.Word word = rows.word(tokens, i);
            int count = 0;
            for (int b = 0; b < beamCount; b++) {
                int at = (i - 1) * width + b;
                int last = i > 0 ? beamOutcome[at] : -1;
                double score = i > 0 ? beamScore[at] : 0;
                System.arraycopy(fixed, 0, scores, 0, outcomes);
                int ppo = i > 1 ? beamOutcome[(i - 2) * width + beamBack[at]] : outcomes;
                double[] probs = softmax(addPreviousOutcomes(scores, tokens[i], word, i > 0 ? last : outcomes, ppo));
                double min = kthLargest(probs);
                String[] history = follows == null ? history(i, b) : null;
                for (int o = 0; o < probs.length; o++) {
                    if (probs[o] >= min && valid(i, tokens, last, history, o)) {
                        count = addCandidate(count, b, score, o, probs[o]);
                    }
                }
                if (count == 0) {
                    for (int o = 0; o < probs.length; o++) {
                        if (valid(i, tokens, last, history, o)) {
                            count = addCandidate(count, b, score, o, probs[o]);
                        }
                    }
                }
            }
            if (count == 0) {
                throw new IllegalStateException("no outcome may follow at word " + i + " of " + Arrays.toString(tokens));
            }
            int survivors = Math.min(beamSize, count);
            for (int k = 0; k < survivors; k++) {
                int c = order[k];
                int at = i * width + k;
                beamOutcome[at] = candidateOutcome[c];
                beamBack[at] = candidateOf[c];
                beamProb[at] = candidateProb[c];
                beamScore[at] = candidateScore[c];
            }
            beamCount = survivors;
        }
    }

    /** The outcomes of the hypothesis in slot b of word i-1's beam, for a validator that reads them all. */
    private String[] history(int i, int b) {
        String[] out = new String[i];
        for (int j = i - 1, k = b; j >= 0; j--) {
            out[j] = weights.outcome(beamOutcome[j * width + k]);
            k = beamBack[j * width + k];
        }
        return out;
    }

    /**
     * Adds a candidate and keeps {@code order} sorted by score, best first, a later candidate after an earlier
     * one of the same score (the stable order of OpenNLP's sort); the candidates are a few dozen at most.
     */
    private int addCandidate(int count, int slot, double previousScore, int o, double p) {
        candidateOf[count] = slot;
        candidateOutcome[count] = o;
        candidateProb[count] = p;
        double score = previousScore + StrictMath.log(p);
        candidateScore[count] = score;
        int k = count;
        while (k > 0 && Double.compare(score, candidateScore[order[k - 1]]) > 0) {
            order[k] = order[k - 1];
            k--;
        }
        order[k] = count;
        return count + 1;
    }

    private boolean valid(int i, String[] tokens, int last, String[] history, int outcome) {
        return follows != null ? follows[last + 1][outcome] : validator.validSequence(i, tokens, history, weights.outcome(outcome));
    }

    /**
     * Adds the weights of the features DefaultNameContextGenerator makes from the two previous outcomes, in its
     * order: {@code po=}, {@code pow=} (with the word), {@code powf=} (with the word's shape), {@code ppo=}. The
     * word keeps the rows of its {@code pow=} and {@code powf=} features from one sentence to the next.
     */
    private double[] addPreviousOutcomes(double[] scores, String token, FeatureRows.Word word, int po, int ppo) {
        if (word.pow[po] == FeatureRows.UNKNOWN) {
            word.pow[po] = weights.row("pow=", previousNames[po], ",", token);
            word.powf[po] = weights.row("powf=", previousNames[po], ",", word.shape);
        }
        weights.addRow(scores, poRows[po]);
        weights.addRow(scores, word.pow[po]);
        weights.addRow(scores, word.powf[po]);
        weights.addRow(scores, ppoRows[ppo]);
        return scores;
    }

    private static double[] softmax(double[] scores) {
        double max = Double.NEGATIVE_INFINITY;
        for (double s : scores) {
            max = Math.max(max, s);
        }
        double total = 0;
        for (int o = 0; o < scores.length; o++) {
            scores[o] = StrictMath.exp(scores[o] - max);
            total += scores[o];
        }
        for (int o = 0; o < scores.length; o++) {
            scores[o] /= total;
        }
        return scores;
    }

    /**
     * The beam size's largest probability: outcomes below it cannot enter the beam from this hypothesis.
     * A partial selection: the outcomes are a handful and the beam a few, so no sorting.
     */
    private double kthLargest(double[] probs) {
        int k = Math.min(top.length, probs.length);
        Arrays.fill(top, Double.NEGATIVE_INFINITY);
        for (double p : probs) {
            if (p > top[k - 1]) {
                int i = k - 1;
                while (i > 0 && top[i - 1] < p) {
                    top[i] = top[i - 1];
                    i--;
                }
                top[i] = p;
            }
        }
        return top[k - 1];
    }
}
