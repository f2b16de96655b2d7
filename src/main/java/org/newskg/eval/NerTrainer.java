package org.newskg.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;
import org.newskg.NewsKgException;
import org.newskg.extract.entity.NameFinderModels;

/**
 * Trains an OpenNLP {@link NameFinderME} model from CoNLL-style sentences, with the feature generator in
 * {@code ner-features.xml} beside this class (OpenNLP's defaults — token, token class, window of two
 * tokens, previous map, bigrams, sentence position — plus three-letter prefixes and suffixes); the
 * configuration travels inside the model file, so a model loads without it.
 *
 * <pre>{@code
 * TokenNameFinderModel m = NerTrainer.train(ConllReader.read(file), 100, 1);
 * NerTrainer.save(m, Path.of("model.bin"));
 * }</pre>
 * Stateless and thread-safe.
 */
public final class NerTrainer {

    private NerTrainer() {
    }

    public static TokenNameFinderModel train(List<ConllSentence> sentences, int iterations, int cutoff) {
        if (sentences.isEmpty()) {
            throw new NewsKgException("no training sentences");
        }
        if (sentences.stream().allMatch(s -> s.names().isEmpty())) {
            throw new NewsKgException("the training data holds no names (are the tags in the last column?)");
        }
        NameSample[] samples = sentences.stream()
                .map(s -> new NameSample(s.tokenArray(), s.names().toArray(Span[]::new), s.documentStart()))
                .toArray(NameSample[]::new);
        TrainingParameters params = TrainingParameters.defaultParams();
        params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        params.put(TrainingParameters.CUTOFF_PARAM, cutoff);
        params.put(TrainingParameters.THREADS_PARAM, 1);
        try {
            return NameFinderME.train("en", null, ObjectStreamUtils.createObjectStream(samples), params,
                    new TokenNameFinderFactory(features(), Map.of(), new BioCodec()));
        } catch (IOException e) {
            throw new NewsKgException("training failed: " + e.getMessage(), e);
        }
    }

    private static byte[] features() {
        try (InputStream in = NerTrainer.class.getResourceAsStream("ner-features.xml")) {
            if (in == null) {
                throw new NewsKgException("ner-features.xml is missing from the newskg jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new NewsKgException("cannot read ner-features.xml: " + e.getMessage(), e);
        }
    }

    public static void save(TokenNameFinderModel model, Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            model.serialize(out);
        } catch (IOException e) {
            throw new NewsKgException("cannot write model " + file + ": " + e.getMessage(), e);
        }
    }

    public static TokenNameFinderModel load(Path file) {
        return NameFinderModels.load(file);
    }
}
