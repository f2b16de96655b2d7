package org.newskg.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinder;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;
import opennlp.tools.util.ext.ExtensionLoader;
import org.newskg.NewsKgException;
import org.newskg.extract.entity.EntityRecognizer;
import org.newskg.extract.entity.NameFinderModels;

/**
 * Trains an OpenNLP {@link NameFinderME} model from CoNLL-style sentences. The feature generator XML
 * (by default newskg's {@code ner-features.xml}) and the dictionaries it names travel inside the model
 * file, so a model loads without them.
 *
 * <pre>{@code
 * NerTrainer.Settings s = new NerTrainer.Settings("PERCEPTRON", 100, 1, 2, NerTrainer.defaultFeatures(), dictionaries);
 * TokenNameFinderModel m = NerTrainer.train(ConllReader.read(file), s);
 * NerTrainer.save(m, Path.of("model.bin"));
 * }</pre>
 * Stateless and thread-safe.
 */
public final class NerTrainer {

    /**
     * How to train: OpenNLP's algorithm ({@code MAXENT} or {@code PERCEPTRON}), iterations, feature cutoff,
     * training threads (maxent only), the feature generator XML and the resources (dictionaries) it names, and
     * for {@code MAXENT_QN} the L1 and L2 penalties (NaN: OpenNLP's defaults, 0.1 each).
     */
    public record Settings(String algorithm, int iterations, int cutoff, int threads, byte[] features,
                           Map<String, Object> resources, double l1, double l2) {

        public Settings(String algorithm, int iterations, int cutoff, int threads, byte[] features,
                        Map<String, Object> resources) {
            this(algorithm, iterations, cutoff, threads, features, resources, Double.NaN, Double.NaN);
        }

        public Settings withIterations(int n) {
            return new Settings(algorithm, n, cutoff, threads, features, resources, l1, l2);
        }
    }

    /** The dev score of a model trained with some number of iterations. */
    public record Checkpoint(int iterations, Prf overall) {
    }

    private NerTrainer() {
    }

    public static TokenNameFinderModel train(List<ConllSentence> sentences, Settings settings) {
        if (sentences.isEmpty()) {
            throw new NewsKgException("no training sentences");
        }
        if (sentences.stream().allMatch(s -> s.names().isEmpty())) {
            throw new NewsKgException("the training data holds no names (are the tags in the last column?)");
        }
        NameSample[] samples = sentences.stream()
                .map(s -> new NameSample(s.tokenArray(), s.names().toArray(Span[]::new), s.documentStart()))
                .toArray(NameSample[]::new);
        NameFinderModels.allowNewskgFeatures();
        // OpenNLP instantiates a trainer named by class only from packages it was told to trust.
        ExtensionLoader.registerAllowedPackage(OwlQnTrainer.class.getPackageName());
        TrainingParameters params = TrainingParameters.defaultParams();
        params.put(TrainingParameters.ALGORITHM_PARAM, settings.algorithm());
        params.put(TrainingParameters.ITERATIONS_PARAM, settings.iterations());
        params.put(TrainingParameters.CUTOFF_PARAM, settings.cutoff());
        params.put(TrainingParameters.THREADS_PARAM, settings.threads());
        if (!Double.isNaN(settings.l1())) {
            params.put(QNTrainer.L1COST_PARAM, settings.l1());
        }
        if (!Double.isNaN(settings.l2())) {
            params.put(QNTrainer.L2COST_PARAM, settings.l2());
        }
        try {
            return ModelPruner.prune(NameFinderME.train("en", null, ObjectStreamUtils.createObjectStream(samples), params,
                    new TokenNameFinderFactory(settings.features(), settings.resources(), new BioCodec())),
                    settings.features(), settings.resources());
        } catch (IOException | IllegalArgumentException e) {
            throw new NewsKgException("training failed: " + e.getMessage(), e);
        }
    }

    /**
     * Trains with a growing number of iterations (the {@code steps}, each at most the settings' iterations),
     * scores each model on {@code dev} and returns the best one (the fewest iterations on a tie).
     * OpenNLP's trainers cannot hand out a model in the middle of training, so each step is trained anew.
     */
    public static TokenNameFinderModel trainBest(List<ConllSentence> train, List<ConllSentence> dev, Settings settings,
                                                 List<Integer> steps, Consumer<Checkpoint> report) {
        TokenNameFinderModel best = null;
        double bestF1 = -1;
        for (int n : steps) {
            TokenNameFinderModel m = train(train, settings.withIterations(n));
            Prf overall = score(m, dev).table().overall();
            report.accept(new Checkpoint(n, overall));
            if (overall.f1() > bestF1) {
                bestF1 = overall.f1();
                best = m;
            }
        }
        return best;
    }

    /**
     * The model alone on gold-tokenized data. One finder serves all documents (making one parses the feature
     * XML); its previous-decision map is cleared at each document.
     */
    public static NerEvaluator.Result score(TokenNameFinderModel model, List<ConllSentence> gold) {
        TokenNameFinder finder = NameFinderModels.newFinder(model);
        return NerEvaluator.evaluate(gold, sentences -> {
            finder.clearAdaptiveData();
            List<Span[]> out = new ArrayList<>();
            for (String[] s : sentences) {
                out.add(finder.find(s));
            }
            return out;
        });
    }

    /** newskg's feature generator XML ({@code ner-features.xml} beside {@link EntityRecognizer}). */
    public static byte[] defaultFeatures() {
        try (InputStream in = EntityRecognizer.class.getResourceAsStream("ner-features.xml")) {
            if (in == null) {
                throw new NewsKgException("ner-features.xml is missing from the newskg jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new NewsKgException("cannot read ner-features.xml: " + e.getMessage(), e);
        }
    }

    public static void save(TokenNameFinderModel model, Path file) {
        try {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                model.serialize(out);
            }
        } catch (IOException e) {
            throw new NewsKgException("cannot write model " + file + ": " + e.getMessage(), e);
        }
    }

    public static TokenNameFinderModel load(Path file) {
        return NameFinderModels.load(file);
    }
}
