package org.newskg.extract.entity;

import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * Builds a {@link SentenceWindowFeatureGenerator} from feature generator XML, with the parameters of
 * OpenNLP's window generator ({@code prevLength}, {@code nextLength}, one inner generator element).
 */
public final class SentenceWindowFeatureGeneratorFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {

    @Override
    public AdaptiveFeatureGenerator create() throws InvalidFormatException {
        if (!(args.get("generator#0") instanceof AdaptiveFeatureGenerator inner)) {
            throw new InvalidFormatException("a sentence window feature generator needs one inner generator element");
        }
        return new SentenceWindowFeatureGenerator(inner, getInt("prevLength"), getInt("nextLength"));
    }
}
