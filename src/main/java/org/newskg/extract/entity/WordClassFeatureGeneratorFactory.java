package org.newskg.extract.entity;

/**
 * Makes {@link WordClassFeatureGenerator}s from a feature generator XML element
 * {@code <generator class="org.newskg.extract.entity.WordClassFeatureGeneratorFactory"><str name="words">newskg-words.classes</str></generator>}.
 * The vocabulary is a model resource ({@link WordClasses}, built by {@link NerDictionaries}), serialized
 * inside the model. Instantiated by OpenNLP through reflection.
 */
public final class WordClassFeatureGeneratorFactory extends ModelResourceGeneratorFactory<WordClasses> {

    public WordClassFeatureGeneratorFactory() {
        super("words", WordClasses.class, WordClasses.Serializer::new, WordClassFeatureGenerator::new, "vocabulary");
    }
}
