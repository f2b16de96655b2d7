package org.newskg.extract.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinder;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.Span;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * A beam search name finder for maximum entropy models (OpenNLP's quasi-Newton and GIS), giving the spans
 * and probabilities of OpenNLP's {@code BeamSearch} over the same model and features, with fewer lookups.
 * OpenNLP scores every hypothesis of the beam with all of a token's features; here the features that do not
 * depend on earlier outcomes are looked up once per token, and each hypothesis adds only its four
 * previous-outcome features. (It also starts each evaluation from zero: OpenNLP 2.5's beam search hands the
 * quasi-Newton model the previous evaluation's probabilities to add to, which shifts its scores slightly.)
 *
 * <pre>{@code
 * TokenNameFinder finder = NameFinderSource.of(model).newFinder();   // NameFinderME for other models
 * Span[] names = finder.find(words);
 * }</pre>
 * Not thread-safe (it keeps the document's adaptive data, as {@link NameFinderME} does): one per thread.
 */
final class BeamNameFinder implements TokenNameFinder {

    private final NameContextGenerator contexts;
    private final SequenceValidator<String> validator;
    private final SequenceCodec<String> codec;
    private final FeatureWeights weights;
    private final int beamSize;

    BeamNameFinder(TokenNameFinderModel model, FeatureWeights weights) {
        this.contexts = model.getFactory().createContextGenerator();
        this.codec = model.getFactory().createSequenceCodec();
        this.validator = codec.createSequenceValidator();
        this.weights = weights;
        this.beamSize = NameFinderModels.beamSize(model);
    }

    @Override
    public Span[] find(String[] tokens) {
        Hypothesis best = decode(tokens);
        String[] found = best.outcomes;
        contexts.updateAdaptiveData(tokens, found);
        Span[] spans = codec.decode(Arrays.asList(found));
        for (int i = 0; i < spans.length; i++) {
            double p = 0;
            for (int t = spans[i].getStart(); t < spans[i].getEnd(); t++) {
                p += best.probs[t];
            }
            spans[i] = new Span(spans[i], p / spans[i].length());
        }
        return spans;
    }

    @Override
    public void clearAdaptiveData() {
        contexts.clearAdaptiveData();
    }

    private Hypothesis decode(String[] tokens) {
        List<Hypothesis> beam = List.of(new Hypothesis(new String[0], new double[0], 0));
        int n = weights.outcomeCount();
        for (int i = 0; i < tokens.length; i++) {
            // Without previous outcomes the context generator gives exactly the outcome-independent features.
            double[] fixed = new double[n];
            for (String f : contexts.getContext(i, tokens, null, null)) {
                weights.addTo(fixed, f);
            }
            String shape = FeatureGeneratorUtil.tokenFeature(tokens[i]);
            List<Hypothesis> next = new ArrayList<>();
            for (Hypothesis h : beam) {
                double[] probs = softmax(addPreviousOutcomes(fixed.clone(), i, tokens[i], shape, h.outcomes));
                double min = kthLargest(probs);
                for (int o = 0; o < probs.length; o++) {
                    if (probs[o] >= min && validator.validSequence(i, tokens, h.outcomes, weights.outcome(o))) {
                        next.add(h.extend(weights.outcome(o), probs[o]));
                    }
                }
                if (next.isEmpty()) {
                    for (int o = 0; o < probs.length; o++) {
                        if (validator.validSequence(i, tokens, h.outcomes, weights.outcome(o))) {
                            next.add(h.extend(weights.outcome(o), probs[o]));
                        }
                    }
                }
            }
            next.sort((a, b) -> Double.compare(b.score, a.score));
            beam = next.subList(0, Math.min(beamSize, next.size()));
        }
        return beam.get(0);
    }

    /** Adds the weights of the features DefaultNameContextGenerator makes from the two previous outcomes. */
    private double[] addPreviousOutcomes(double[] scores, int i, String word, String shape, String[] previous) {
        String po = i > 0 ? previous[i - 1] : NameFinderME.OTHER;
        String ppo = i > 1 ? previous[i - 2] : NameFinderME.OTHER;
        weights.addTo(scores, "po=" + po);
        weights.addTo(scores, "pow=" + po + "," + word);
        weights.addTo(scores, "powf=" + po + "," + shape);
        weights.addTo(scores, "ppo=" + ppo);
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
        int k = Math.min(beamSize, probs.length);
        double[] top = new double[k];
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

    /** One partial outcome sequence: its outcomes, their probabilities and the sum of their logs. */
    private record Hypothesis(String[] outcomes, double[] probs, double score) {

        Hypothesis extend(String outcome, double p) {
            String[] os = Arrays.copyOf(outcomes, outcomes.length + 1);
            os[outcomes.length] = outcome;
            double[] ps = Arrays.copyOf(probs, probs.length + 1);
            ps[probs.length] = p;
            return new Hypothesis(os, ps, score + StrictMath.log(p));
        }
    }
}
