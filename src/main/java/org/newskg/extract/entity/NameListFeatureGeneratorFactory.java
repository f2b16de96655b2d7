package org.newskg.extract.entity;

/**
 * Makes {@link NameListFeatureGenerator}s from a feature generator XML element
 * {@code <generator class="org.newskg.extract.entity.NameListFeatureGeneratorFactory"><str name="lists">newskg-names.lists</str></generator>}.
 * The lists are a model resource ({@link NameLists}, built by {@link NerDictionaries}), so OpenNLP
 * serializes them inside the model and reads them once when the model loads. Instantiated by OpenNLP through reflection.
 */
public final class NameListFeatureGeneratorFactory extends ModelResourceGeneratorFactory<NameLists> {

    public NameListFeatureGeneratorFactory() {
        super("lists", NameLists.class, NameLists.Serializer::new, NameListFeatureGenerator::new, "word lists");
    }
}
