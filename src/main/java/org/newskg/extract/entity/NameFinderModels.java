package org.newskg.extract.entity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinder;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ext.ExtensionLoader;
import org.newskg.NewsKgException;

/**
 * Reads OpenNLP name finder model files (as written by {@code kg train-ner} or OpenNLP's own trainer)
 * for the statistical layer of {@link EntityRecognizer}.
 *
 * <pre>{@code
 * TokenNameFinderModel m = NameFinderModels.load(Path.of("model.bin"));
 * }</pre>
 * Stateless and thread-safe.
 */
public final class NameFinderModels {

    /** The zip entry of a name finder model's weights (private in OpenNLP's TokenNameFinderModel). */
    public static final String WEIGHTS_ENTRY = "nameFinder.model";

    private NameFinderModels() {
    }

    /** The beam size the model was trained for (its manifest's {@code BeamSize}), else OpenNLP's default. */
    public static int beamSize(TokenNameFinderModel model) {
        String size = model.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
        return size == null ? NameFinderME.DEFAULT_BEAM_SIZE : Integer.parseInt(size);
    }

    /**
     * Lets OpenNLP instantiate newskg's feature generator factories ({@link NameListFeatureGeneratorFactory})
     * named in a model's feature XML; OpenNLP refuses classes outside the packages registered so. Idempotent.
     */
    public static void allowNewskgFeatures() {
        ExtensionLoader.registerAllowedPackage(NameFinderModels.class.getPackageName());
    }

    /**
     * A name finder for one thread: newskg's faster beam search when it evaluates the model exactly (maximum
     * entropy models with OpenNLP's default context generator), else OpenNLP's {@code NameFinderME}.
     */
    public static TokenNameFinder newFinder(TokenNameFinderModel model) {
        return NameFinderSource.of(model).newFinder();
    }

    /** @throws NewsKgException naming the file when there is no file there (a cheap check before any loading) */
    public static void requireFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new NewsKgException("no name finder model at " + file);
        }
    }

    /** @throws NewsKgException naming the file when it is missing or not a name finder model */
    public static TokenNameFinderModel load(Path file) {
        allowNewskgFeatures();
        requireFile(file);
        try {
            return new TokenNameFinderModel(file);
        } catch (IOException | RuntimeException e) {
            throw new NewsKgException("cannot read name finder model " + file + ": " + e.getMessage(), e);
        }
    }
}
