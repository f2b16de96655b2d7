package org.newskg.nlp;

import java.util.HashMap;
import java.util.Map;
import opennlp.tools.ml.model.Context;

/**
 * The parameters of a POS tagger's two features of previous tags, {@code "t=" + tag} and {@code "t2=" + tag before it
 * + "," + tag} (both OpenNLP generators write them so), by the tags' indices, for {@link PennPosScorer} and
 * {@link UdPosScorer}; and of any feature by name, {@link #NONE} for one the model does not know.
 *
 * <pre>{@code
 * PreviousTags tags = new PreviousTags(gisEval, numOutcomes);
 * GisEval.add(scores, tags.pair(tags.index("DET"), tags.index("ADJ")));
 * }</pre>
 * Not thread-safe (the pairs are filled when first met): one per scorer.
 */
final class PreviousTags {

    // A feature the model does not know: adds nothing, as GisEval.add does for null.
    static final Context NONE = new Context(new int[0], new double[0]);

    private final GisEval model;
    private final Map<String, Integer> index = new HashMap<>();
    private final Context[] tag;         // "t=" + tag, by the tag's index
    private final Context[][] pairs;     // "t2=" + tag before it + "," + tag, filled when first met

    PreviousTags(GisEval model, int outcomes) {
        this.model = model;
        this.tag = new Context[outcomes];
        this.pairs = new Context[outcomes][outcomes];
        for (int o = 0; o < outcomes; o++) {
            index.put(model.outcome(o), o);
            tag[o] = known("t=" + model.outcome(o));
        }
    }

    /** The model's parameters of {@code feature}, or {@link #NONE}. */
    Context known(String feature) {
        Context c = model.feature(feature);
        return c == null ? NONE : c;
    }

    /** The index of an outcome (a tag) of the model. */
    int index(String outcome) {
        return index.get(outcome);
    }

    /** "t=" + the tag of index {@code last}. */
    Context tag(int last) {
        return tag[last];
    }

    /** "t2=" + the tag of index {@code before} + "," + that of {@code last}. */
    Context pair(int before, int last) {
        Context c = pairs[before][last];
        if (c == null) {
            c = known("t2=" + model.outcome(before) + "," + model.outcome(last));
            pairs[before][last] = c;
        }
        return c;
    }
}
