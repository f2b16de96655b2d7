package org.newskg.eval;

import opennlp.tools.ml.AbstractEventTrainer;
import opennlp.tools.ml.maxent.quasinewton.Function;
import opennlp.tools.ml.maxent.quasinewton.NegLogLikelihood;
import opennlp.tools.ml.maxent.quasinewton.ParallelNegLogLikelihood;
import opennlp.tools.ml.maxent.quasinewton.QNModel;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.DataIndexer;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.TrainingParameters;

/**
 * OpenNLP event trainer for a maximum entropy model fitted by {@link OwlQn} until the loss settles: the same
 * model and penalties as OpenNLP's {@code MAXENT_QN} ({@link QNTrainer#L1COST_PARAM}, {@link QNTrainer#L2COST_PARAM},
 * {@link QNTrainer#THREADS_PARAM}, iterations as the upper bound), written as the same {@link QNModel}. OpenNLP
 * finds it by class name in {@link TrainingParameters#ALGORITHM_PARAM} ({@link #ALGORITHM}).
 *
 * <pre>{@code
 * params.put(TrainingParameters.ALGORITHM_PARAM, OwlQnTrainer.ALGORITHM);
 * }</pre>
 */
public final class OwlQnTrainer extends AbstractEventTrainer {

    /** The value of {@link TrainingParameters#ALGORITHM_PARAM} that selects this trainer. */
    public static final String ALGORITHM = OwlQnTrainer.class.getName();

    /** Relative decrease of the loss per iteration, over {@link OwlQn#WINDOW} iterations, below which training ends. */
    public static final String TOLERANCE_PARAM = "Tolerance";
    static final double TOLERANCE_DEFAULT = 1e-4;
    private static final int MEMORY = 10;

    /** For OpenNLP's extension loader. */
    public OwlQnTrainer() {
    }

    @Override
    public boolean isSortAndMerge() {
        return true;
    }

    @Override
    public MaxentModel doTrain(DataIndexer indexer) {
        int threads = trainingParameters.getIntParameter(QNTrainer.THREADS_PARAM, QNTrainer.THREADS_DEFAULT);
        double l1 = trainingParameters.getDoubleParameter(QNTrainer.L1COST_PARAM, QNTrainer.L1COST_DEFAULT);
        double l2 = trainingParameters.getDoubleParameter(QNTrainer.L2COST_PARAM, QNTrainer.L2COST_DEFAULT);
        double tolerance = trainingParameters.getDoubleParameter(TOLERANCE_PARAM, TOLERANCE_DEFAULT);
        Function f = threads == 1 ? new NegLogLikelihood(indexer) : new ParallelNegLogLikelihood(indexer, threads);
        OwlQn owlqn = new OwlQn(l1, l2, MEMORY, getIterations(), tolerance);
        double[] w = owlqn.minimize(f, it -> {
            if (it % 10 == 0) {
                System.err.printf(java.util.Locale.ROOT, "training: iteration %d, objective %.1f%n", it, owlqn.value());
            }
        });
        System.err.printf(java.util.Locale.ROOT, "training: stopped after %d iterations, objective %.1f%n",
                owlqn.iterations(), owlqn.value());
        return model(w, indexer);
    }

    /** The weights laid out as OpenNLP's QNTrainer lays them out: outcome-major, one context per predicate. */
    private static QNModel model(double[] w, DataIndexer indexer) {
        String[] predicates = indexer.getPredLabels();
        String[] outcomes = indexer.getOutcomeLabels();
        Context[] params = new Context[predicates.length];
        int[] all = new int[outcomes.length];
        for (int o = 0; o < outcomes.length; o++) {
            all[o] = o;
        }
        for (int p = 0; p < predicates.length; p++) {
            double[] alpha = new double[outcomes.length];
            for (int o = 0; o < outcomes.length; o++) {
                alpha[o] = w[o * predicates.length + p];
            }
            params[p] = new Context(all.clone(), alpha);
        }
        return new QNModel(params, predicates, outcomes);
    }
}
