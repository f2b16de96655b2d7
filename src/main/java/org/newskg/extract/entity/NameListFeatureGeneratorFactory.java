package org.newskg.extract.entity;

import java.util.Map;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.model.ArtifactSerializer;

/**
 * Makes {@link NameListFeatureGenerator}s from a feature generator XML element
 * {@code <generator class="org.newskg.extract.entity.NameListFeatureGeneratorFactory"><str name="lists">newskg-names.lists</str></generator>}.
 * The lists are a model resource ({@link NameLists}, built by {@link NerDictionaries}), so OpenNLP
 * serializes them inside the model and reads them once when the model loads. Instantiated by OpenNLP through reflection.
 */
public final class NameListFeatureGeneratorFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {

    @Override
    public AdaptiveFeatureGenerator create() throws InvalidFormatException {
        String name = getStr("lists");
        Object resource = resourceManager == null ? null : resourceManager.getResource(name);
        if (resource instanceof NameLists lists) {
            return new NameListFeatureGenerator(lists);
        }
        throw new InvalidFormatException("the name finder model has no word lists named " + name);
    }

    @Override
    public Map<String, ArtifactSerializer<?>> getArtifactSerializerMapping() throws InvalidFormatException {
        return Map.of(getStr("lists"), new NameLists.Serializer());
    }
}
