package org.newskg.eval;

import java.util.Map;
import java.util.TreeMap;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.maxent.quasinewton.QNModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.perceptron.PerceptronModel;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.newskg.extract.entity.NameFinderModels;

/**
 * Drops the features whose weights are all zero from a trained name finder model. The quasi-Newton
 * trainer's L1 penalty leaves most features at zero (about four in five with newskg's features), and a
 * zero weight adds nothing to any score, so the pruned model decides exactly as the full one does while
 * being several times smaller, faster to load and kinder to the CPU cache.
 *
 * <pre>{@code
 * TokenNameFinderModel small = ModelPruner.prune(NameFinderME.train(...), featureXml, resources);
 * }</pre>
 * Stateless and thread-safe.
 */
public final class ModelPruner {

    private ModelPruner() {
    }

    /**
     * The model without its all-zero features, with the feature generator XML and resources it was trained
     * with; the model itself when it is not a kind this knows.
     */
    public static TokenNameFinderModel prune(TokenNameFinderModel model, byte[] features, Map<String, Object> resources) {
        Object artifact = model.getArtifact(NameFinderModels.WEIGHTS_ENTRY);
        if (!(artifact instanceof AbstractModel maxent)) {
            return model;
        }
        Object[] data = maxent.getDataStructures();
        @SuppressWarnings("unchecked")
        Map<String, Context> weights = (Map<String, Context>) data[1];
        String[] outcomes = (String[]) data[2];
        // Sorted, so that the same trained weights always give the same model file.
        Map<String, Context> kept = new TreeMap<>();
        weights.forEach((feature, context) -> {
            if (hasWeight(context)) {
                kept.put(feature, context);
            }
        });
        Context[] contexts = kept.values().toArray(Context[]::new);
        String[] labels = kept.keySet().toArray(String[]::new);
        AbstractModel pruned;
        if (maxent.getClass() == QNModel.class) {
            pruned = new QNModel(contexts, labels, outcomes);
        } else if (maxent.getClass() == GISModel.class) {
            pruned = new GISModel(contexts, labels, outcomes);
        } else if (maxent.getClass() == PerceptronModel.class) {
            pruned = new PerceptronModel(contexts, labels, outcomes);
        } else {
            return model;
        }
        return new TokenNameFinderModel(model.getLanguage(), pruned, NameFinderModels.beamSize(model), features, resources, Map.of(),
                model.getSequenceCodec(), model.getFactory());
    }

    private static boolean hasWeight(Context context) {
        for (double p : context.getParameters()) {
            if (p != 0) {
                return true;
            }
        }
        return false;
    }
}
