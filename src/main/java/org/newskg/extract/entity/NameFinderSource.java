package org.newskg.extract.entity;

import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.maxent.quasinewton.QNModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.namefind.DefaultNameContextGenerator;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinder;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * Makes the name finders of one model, one per thread: newskg's {@link BeamNameFinder} when it evaluates the
 * model exactly (maximum entropy models, whose scores are a softmax of summed weights, with OpenNLP's
 * default context generator), else OpenNLP's {@link NameFinderME}. The model's weights are copied once
 * into a {@link FeatureWeights} table that all the finders share.
 *
 * <pre>{@code
 * NameFinderSource source = NameFinderSource.of(model);
 * TokenNameFinder finder = source.newFinder();   // per thread
 * }</pre>
 * Immutable and thread-safe.
 */
public final class NameFinderSource {

    private final TokenNameFinderModel model;
    private final FeatureWeights weights;

    private NameFinderSource(TokenNameFinderModel model, FeatureWeights weights) {
        this.model = model;
        this.weights = weights;
    }

    public static NameFinderSource of(TokenNameFinderModel model) {
        Object maxent = model.getArtifact(NameFinderModels.WEIGHTS_ENTRY);
        boolean softmax = maxent != null && (maxent.getClass() == QNModel.class || maxent.getClass() == GISModel.class);
        boolean defaultContexts = model.getFactory().createContextGenerator().getClass() == DefaultNameContextGenerator.class;
        return new NameFinderSource(model, softmax && defaultContexts ? FeatureWeights.of((AbstractModel) maxent) : null);
    }

    public TokenNameFinder newFinder() {
        return weights == null ? new NameFinderME(model) : new BeamNameFinder(model, weights);
    }
}
