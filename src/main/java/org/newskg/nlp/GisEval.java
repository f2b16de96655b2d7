package org.newskg.nlp;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

/**
 * {@code GISModel.eval} with the same doubles and less work: an outcome no feature of the context speaks for keeps the
 * uniform log prior, and {@code StrictMath.exp} of it is computed once per model instead of once per outcome and
 * evaluation (the lemmatizer has thousands of outcomes, most untouched by any one context, and those exponentials were
 * most of its time). Everything else is done as GISModel does it: the prior {@code UniformPrior} sets, the features'
 * parameters added in the context's order, the normalizer summed in the outcomes' order.
 *
 * <pre>{@code
 * GisEval eval = GisEval.of(maxent).orElseThrow();
 * double[] probabilities = eval.eval(new String[] {"w=met", "t=VERB"});
 * }</pre>
 * Only for a {@link GISModel} itself (its readers give it a uniform prior): {@link #of} is empty for anything else.
 * Not thread-safe (it remembers exponentials): one per tagger, one tagger per thread.
 */
final class GisEval {

    // 2^10 slots (16 KB a model): with 2^14 (256 KB a model, 1 MB for the four models of an annotator, more than the
    // cache they share) a look-up that hit cost about 1.8 times StrictMath.exp itself, and the memo's loads were most
    // of normalize's time (bench/README.md, 2026-12-06, branch perf24: less CPU per token with 2^10 or no memo at all).
    private static final int EXP_BITS = 10;
    private static final long NO_KEY = 0x7ff0dead0000beefL;   // a NaN's bits: NaN scores never enter the memo

    private final Map<String, Context> features;
    private final String[] outcomeNames;
    private final int outcomes;
    private final double logPrior;
    private final double expLogPrior;
    // StrictMath.exp (fdlibm, in Java) of the touched outcomes was still a fifth of the annotator's time. Scores recur:
    // an outcome only one feature speaks for has the same score wherever that feature fires. The same bits give the
    // same exponential, so a direct-mapped memo by the score's bits returns the very double StrictMath.exp returns.
    // A slot's key and value sit side by side (key at 2s, the value's bits at 2s + 1), in one cache line: with keys and
    // values in two arrays, each look-up (a few per outcome and token, hits three times in four) read two lines of
    // memos far larger than the cache, and the look-ups were most of the chunker's normalization.
    private final long[] expMemo = new long[2 << EXP_BITS];

    @SuppressWarnings("unchecked")
    private GisEval(GISModel model) {
        this.features = (Map<String, Context>) model.getDataStructures()[1];
        this.outcomes = model.getNumOutcomes();
        this.outcomeNames = new String[outcomes];
        for (int o = 0; o < outcomes; o++) {
            outcomeNames[o] = model.getOutcome(o);
        }
        this.logPrior = StrictMath.log(1.0 / outcomes);   // UniformPrior.setLabels
        this.expLogPrior = StrictMath.exp(logPrior);
        for (int k = 0; k < expMemo.length; k += 2) {
            expMemo[k] = NO_KEY;
        }
    }

    static Optional<GisEval> of(MaxentModel model) {
        return model.getClass() == GISModel.class ? Optional.of(new GisEval((GISModel) model)) : Optional.empty();
    }

    /** The probability of each outcome given these features. */
    double[] eval(String[] context) {
        return eval(context, new double[outcomes]);
    }

    /** {@link #eval(String[])} into {@code scores} (one per outcome, its old values ignored); returns it. */
    double[] eval(String[] context, double[] scores) {
        Arrays.fill(scores, logPrior);
        for (String f : context) {
            add(scores, feature(f));
        }
        return normalize(scores);
    }

    /** The feature's parameters, or null for a feature the model does not know. */
    Context feature(String name) {
        return features.get(name);
    }

    Map<String, Context> features() {
        return features;
    }

    /** The log prior of every outcome, to {@link #add} features to. */
    double[] prior() {
        double[] scores = new double[outcomes];
        Arrays.fill(scores, logPrior);
        return scores;
    }

    /** {@link #prior()} into {@code scores} (one per outcome); returns it. */
    double[] prior(double[] scores) {
        Arrays.fill(scores, logPrior);
        return scores;
    }

    /** The name of outcome {@code o}. */
    String outcome(int o) {
        return outcomeNames[o];
    }

    /** ArrayMath.sumFeatures for one feature of value 1; an unknown feature (null) adds nothing. */
    static void add(double[] scores, Context c) {
        if (c == null) {
            return;
        }
        int[] active = c.getOutcomes();
        double[] parameters = c.getParameters();
        for (int a = 0; a < active.length; a++) {
            scores[active[a]] += parameters[a];
        }
    }

    /** {@code StrictMath.exp(x)}, remembered by the bits of {@code x}. */
    private double exp(double x) {
        long bits = Double.doubleToRawLongBits(x);
        if (x != x) {
            return StrictMath.exp(x);
        }
        int slot = (int) ((bits * 0x9E3779B97F4A7C15L) >>> (64 - EXP_BITS)) << 1;
        if (expMemo[slot] == bits) {
            return Double.longBitsToDouble(expMemo[slot + 1]);
        }
        double e = StrictMath.exp(x);
        expMemo[slot] = bits;
        expMemo[slot + 1] = Double.doubleToRawLongBits(e);
        return e;
    }

    /** The rest of GISModel.eval: exponentials, normalized; returns {@code scores}, changed in place. */
    double[] normalize(double[] scores) {
        double normal = 0.0;
        for (int o = 0; o < outcomes; o++) {
            // the same bits give the same exponential: an untouched outcome's is known
            scores[o] = scores[o] == logPrior ? expLogPrior : exp(scores[o]);
            normal += scores[o];
        }
        for (int o = 0; o < outcomes; o++) {
            scores[o] /= normal;
        }
        return scores;
    }
}
