package org.newskg.extract.entity;

import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.model.ArtifactSerializer;

/**
 * A feature generator factory whose generator reads one model resource named by a {@code <str>} parameter of
 * its XML element, so that OpenNLP serializes the resource inside the model and reads it once when the model
 * loads. Subclasses only say which parameter, resource class, serializer and generator.
 *
 * <pre>{@code
 * public NameListFeatureGeneratorFactory() {
 *     super("lists", NameLists.class, NameLists.Serializer::new, NameListFeatureGenerator::new, "word lists");
 * }
 * }</pre>
 */
abstract class ModelResourceGeneratorFactory<R> extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {

    private final String parameter;
    private final Class<R> type;
    private final Supplier<ArtifactSerializer<R>> serializer;
    private final Function<R, AdaptiveFeatureGenerator> generator;
    private final String what;

    ModelResourceGeneratorFactory(String parameter, Class<R> type, Supplier<ArtifactSerializer<R>> serializer,
                                  Function<R, AdaptiveFeatureGenerator> generator, String what) {
        this.parameter = parameter;
        this.type = type;
        this.serializer = serializer;
        this.generator = generator;
        this.what = what;
    }

    @Override
    public AdaptiveFeatureGenerator create() throws InvalidFormatException {
        String name = getStr(parameter);
        Object resource = resourceManager == null ? null : resourceManager.getResource(name);
        if (type.isInstance(resource)) {
            return generator.apply(type.cast(resource));
        }
        throw new InvalidFormatException("the name finder model has no " + what + " named " + name);
    }

    @Override
    public Map<String, ArtifactSerializer<?>> getArtifactSerializerMapping() throws InvalidFormatException {
        return Map.of(getStr(parameter), serializer.get());
    }
}
