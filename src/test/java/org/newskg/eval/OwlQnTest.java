package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Random;
import opennlp.tools.ml.maxent.quasinewton.NegLogLikelihood;
import opennlp.tools.ml.maxent.quasinewton.QNMinimizer;
import opennlp.tools.ml.model.DataIndexer;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.OnePassDataIndexer;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link OwlQn} on a small maximum entropy problem (events drawn from a fixed seed: four outcomes, each favoured by
 * some of 60 features, with noise): it gets at least as low as OpenNLP's own L-BFGS, gives the same weights twice,
 * and leaves weights at exactly zero under an L1 penalty.
 */
class OwlQnTest {

    private static final double L1 = 0.1;
    private static final double L2 = 0.1;
    private static DataIndexer indexer;

    @BeforeAll
    static void index() throws IOException {
        Random r = new Random(7);
        List<Event> events = new ArrayList<>();
        String[] outcomes = {"A", "B", "C", "D"};
        for (int i = 0; i < 3000; i++) {
            int o = r.nextInt(outcomes.length);
            List<String> context = new ArrayList<>();
            for (int k = 0; k < 6; k++) {
                // Features 0-39 lean to one outcome each (with noise), 40-59 are noise.
                int f = r.nextDouble() < 0.6 ? o * 10 + r.nextInt(10) : 40 + r.nextInt(20);
                context.add("f" + f);
            }
            events.add(new Event(r.nextDouble() < 0.1 ? outcomes[r.nextInt(outcomes.length)] : outcomes[o],
                    context.toArray(String[]::new)));
        }
        TrainingParameters p = TrainingParameters.defaultParams();
        p.put(TrainingParameters.CUTOFF_PARAM, 1);
        OnePassDataIndexer ix = new OnePassDataIndexer();
        ix.init(p, new HashMap<>());
        ix.index(ObjectStreamUtils.createObjectStream(events));
        indexer = ix;
    }

    private static double objective(double[] x) {
        double v = new NegLogLikelihood(indexer).valueAt(x);
        for (double xi : x) {
            v += L2 * xi * xi + L1 * Math.abs(xi);
        }
        return v;
    }

    @Test
    void getsAtLeastAsLowAsOpenNlpsMinimizer() {
        OwlQn owlqn = new OwlQn(L1, L2, 10, 500, 1e-6);
        double ours = objective(owlqn.minimize(new NegLogLikelihood(indexer), it -> { }));
        double theirs = objective(new QNMinimizer(L1, L2, 500).minimize(new NegLogLikelihood(indexer)));
        assertTrue(ours <= theirs * (1 + 1e-6), "OWL-QN " + ours + " vs OpenNLP " + theirs);
        assertTrue(Math.abs(ours - owlqn.value()) < 1e-6 * ours, "value() is the objective of the returned point");
    }

    @Test
    void theSameDataGivesTheSameWeights() {
        double[] a = new OwlQn(L1, L2, 10, 200, 1e-5).minimize(new NegLogLikelihood(indexer), it -> { });
        double[] b = new OwlQn(L1, L2, 10, 200, 1e-5).minimize(new NegLogLikelihood(indexer), it -> { });
        assertArrayEquals(a, b);
    }

    @Test
    void anL1PenaltyLeavesNoiseFeaturesAtExactlyZero() {
        double[] w = new OwlQn(2.0, 0.01, 10, 300, 1e-6).minimize(new NegLogLikelihood(indexer), it -> { });
        long zeros = java.util.Arrays.stream(w).filter(x -> x == 0).count();
        assertTrue(zeros > w.length / 4, zeros + " of " + w.length + " weights are zero");
        assertTrue(zeros < w.length, "some weights are not");
    }
}
