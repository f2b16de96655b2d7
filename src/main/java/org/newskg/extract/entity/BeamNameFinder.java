package org.newskg.extract.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameFinderSequenceValidator;
import opennlp.tools.namefind.TokenNameFinder;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.Span;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.CachedFeatureGenerator;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * A beam search name finder for maximum entropy models (OpenNLP's quasi-Newton and GIS), giving the spans
 * and probabilities of OpenNLP's {@code BeamSearch} over the same model and features, with fewer lookups.
 * OpenNLP scores every hypothesis of the beam with all of a token's features; here the features that do not
 * depend on earlier outcomes are looked up once per token, and each hypothesis adds only its four
 * previous-outcome features, whose weight rows are found once per outcome (and per word) rather than once per
 * hypothesis. The weights are added in OpenNLP's order, so the scores are the same numbers. (It also starts
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

    /** A weight row not looked up yet for this word. */
    private static final int UNKNOWN = -2;

    /** OpenNLP's context generator, only for a model without feature generators (its defaults then apply). */
    private final NameContextGenerator contexts;
    /**
     * The model's feature generators, called straight into one reused list (null: the model has none, and the
     * context generator's defaults are used). OpenNLP's context generator makes a new list and array per word,
     * and the XML's cache wrapper a map entry per word that this search, asking for each word once, never reads.
     */
    private final AdaptiveFeatureGenerator generator;
    private final List<String> features = new ArrayList<>(64);
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
    /** This word's rows of {@code pow=} and {@code powf=} by previous outcome, looked up when first needed. */
    private final int[] powRows;
    private final int[] powfRows;
    private final double[] top;
    private final double[] fixed;
    private final double[] scores;
    /** The candidates of one word: the hypothesis each extends, its outcome, probability and score. */
    private final Hypothesis[] candidateOf;
    private final int[] candidateOutcome;
    private final double[] candidateProb;
    private final double[] candidateScore;
    private final int[] order;

    BeamNameFinder(TokenNameFinderModel model, FeatureWeights weights) {
        AdaptiveFeatureGenerator g = model.getFactory().createFeatureGenerators();
        this.generator = g instanceof CachedFeatureGenerator cached ? cached.getCachedFeatureGenerator() : g;
        this.contexts = g == null ? model.getFactory().createContextGenerator() : null;
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
        this.powRows = new int[outcomes + 1];
        this.powfRows = new int[outcomes + 1];
        this.top = new double[Math.max(1, Math.min(beamSize, outcomes))];
        this.fixed = new double[outcomes];
        this.scores = new double[outcomes];
        int most = Math.max(1, beamSize) * outcomes;
        this.candidateOf = new Hypothesis[most];
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
        Hypothesis best = decode(tokens);
        String[] found = best.outcomes(weights);
        double[] probs = best.probs();
        if (generator != null) {
            generator.updateAdaptiveData(tokens, found);
        } else {
            contexts.updateAdaptiveData(tokens, found);
        }
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
        if (generator != null) {
            generator.clearAdaptiveData();
        } else {
            contexts.clearAdaptiveData();
        }
    }

    /**
     * The best outcome sequence. Each word's candidates are kept in arrays and sorted as OpenNLP's beam sorts
     * them (by score, stable), and only the beam's survivors become hypotheses: the search allocates almost
     * nothing per word, which matters more than it seems, as fresh memory is slow to touch on a virtual machine.
     */
    private Hypothesis decode(String[] tokens) {
        Hypothesis[] beam = {Hypothesis.START};
        int beamCount = 1;
        for (int i = 0; i < tokens.length; i++) {
            Arrays.fill(fixed, 0);
            addFixedFeatures(tokens, i);
            String shape = FeatureGeneratorUtil.tokenFeature(tokens[i]);
            Arrays.fill(powRows, UNKNOWN);
            Arrays.fill(powfRows, UNKNOWN);
            int count = 0;
            for (int b = 0; b < beamCount; b++) {
                Hypothesis h = beam[b];
                System.arraycopy(fixed, 0, scores, 0, outcomes);
                double[] probs = softmax(addPreviousOutcomes(scores, i, tokens[i], shape, h));
                double min = kthLargest(probs);
                String[] history = follows == null ? h.outcomes(weights) : null;
                for (int o = 0; o < probs.length; o++) {
                    if (probs[o] >= min && valid(i, tokens, h, history, o)) {
                        count = addCandidate(count, h, o, probs[o]);
                    }
                }
                if (count == 0) {
                    for (int o = 0; o < probs.length; o++) {
                        if (valid(i, tokens, h, history, o)) {
                            count = addCandidate(count, h, o, probs[o]);
                        }
                    }
                }
            }
            int survivors = Math.min(beamSize, count);
            Hypothesis[] nextBeam = new Hypothesis[survivors];
            for (int k = 0; k < survivors; k++) {
                int c = order[k];
                nextBeam[k] = new Hypothesis(candidateOf[c], candidateOutcome[c], candidateProb[c], candidateScore[c],
                        candidateOf[c].length() + 1);
            }
            beam = nextBeam;
            beamCount = survivors;
        }
        return beam[0];
    }

    /** The outcome-independent features' weights of word i, in the order the generators give them. */
    private void addFixedFeatures(String[] tokens, int i) {
        if (generator == null) {
            // Without previous outcomes the context generator gives exactly the outcome-independent features.
            for (String f : contexts.getContext(i, tokens, null, null)) {
                weights.addTo(fixed, f);
            }
            return;
        }
        features.clear();
        generator.createFeatures(features, tokens, i, null);
        for (int k = 0; k < features.size(); k++) {
            weights.addTo(fixed, features.get(k));
        }
    }

    /**
     * Adds a candidate and keeps {@code order} sorted by score, best first, a later candidate after an earlier
     * one of the same score (the stable order of OpenNLP's sort); the candidates are a few dozen at most.
     */
    private int addCandidate(int count, Hypothesis h, int o, double p) {
        candidateOf[count] = h;
        candidateOutcome[count] = o;
        candidateProb[count] = p;
        double score = h.score() + StrictMath.log(p);
        candidateScore[count] = score;
        int k = count;
        while (k > 0 && Double.compare(score, candidateScore[order[k - 1]]) > 0) {
            order[k] = order[k - 1];
            k--;
        }
        order[k] = count;
        return count + 1;
    }

    private boolean valid(int i, String[] tokens, Hypothesis h, String[] history, int outcome) {
        return follows != null ? follows[h.outcome() + 1][outcome] : validator.validSequence(i, tokens, history, weights.outcome(outcome));
    }

    /**
     * Adds the weights of the features DefaultNameContextGenerator makes from the two previous outcomes, in its
     * order: {@code po=}, {@code pow=} (with the word), {@code powf=} (with the word's shape), {@code ppo=}.
     */
    private double[] addPreviousOutcomes(double[] scores, int i, String word, String shape, Hypothesis h) {
        int po = i > 0 ? h.outcome() : outcomes;
        int ppo = i > 1 ? h.previous().outcome() : outcomes;
        if (powRows[po] == UNKNOWN) {
            powRows[po] = weights.row("pow=" + previousNames[po] + "," + word);
            powfRows[po] = weights.row("powf=" + previousNames[po] + "," + shape);
        }
        weights.addRow(scores, poRows[po]);
        weights.addRow(scores, powRows[po]);
        weights.addRow(scores, powfRows[po]);
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

    /**
     * One partial outcome sequence as a link to the sequence it extends (no copies of the sequence so far):
     * its last outcome's index, that outcome's probability and the sum of the logs of all its probabilities.
     */
    private record Hypothesis(Hypothesis previous, int outcome, double prob, double score, int length) {

        static final Hypothesis START = new Hypothesis(null, -1, 0, 0, 0);

        String[] outcomes(FeatureWeights weights) {
            String[] out = new String[length];
            for (Hypothesis h = this; h.length > 0; h = h.previous) {
                out[h.length - 1] = weights.outcome(h.outcome);
            }
            return out;
        }

        double[] probs() {
            double[] out = new double[length];
            for (Hypothesis h = this; h.length > 0; h = h.previous) {
                out[h.length - 1] = h.prob;
            }
            return out;
        }
    }
}
