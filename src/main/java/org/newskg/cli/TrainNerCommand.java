package org.newskg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.newskg.NewsKgException;
import org.newskg.eval.ConllReader;
import org.newskg.eval.ConllSentence;
import org.newskg.eval.NerTrainer;
import org.newskg.eval.OwlQnTrainer;
import org.newskg.extract.entity.NerDictionaries;
import org.newskg.kb.KnowledgeBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kg train-ner --conll FILE -o model.bin}: trains a name finder with newskg's features. */
@Command(name = "train-ner", mixinStandardHelpOptions = true,
        description = {"Train an OpenNLP name finder (NameFinderME) from CoNLL-2003-style files (token per line, "
                + "tag in the last column, IOB1 or IOB2, -DOCSTART- between documents). All types are trained, MISC included.",
                "Default features (ner-features.xml in the jar): word shape and lower-cased words in a window of two, "
                        + "three-letter prefixes and suffixes, previous decisions in the document, bigrams, sentence start, "
                        + "and dictionaries of the knowledge base (names per type, nationality words) and of the lexicons "
                        + "(titles, first names, place cues, organization heads) of --data. The features and dictionaries "
                        + "are stored in the model, which then stands alone.",
                "The shipped default model data/models/en-ner.bin is rebuilt by the command in data/models/README.md.",
                "Use a model with kg ingest --ner-model FILE or kg eval ner --ner-model FILE (it replaces the default model)."})
public final class TrainNerCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data;

    @Option(names = "--conll", paramLabel = "FILE", required = true,
            description = "Training data (UTF-8). Repeatable: the files are concatenated in the order given.")
    List<Path> conll;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true, description = "Where to write the model.")
    Path output;

    @Option(names = "--dev", paramLabel = "FILE",
            description = "Development data (repeatable). Models are trained with 1/8, 1/4, 1/2 and all of --iterations, "
                    + "each one's dev F1 is printed ('iterations N dev P R F1') and the best is kept.")
    List<Path> dev = new ArrayList<>();

    @Option(names = "--algorithm", paramLabel = "maxent|maxent-qn|perceptron", defaultValue = "perceptron",
            description = "The learner: maxent (OpenNLP's GIS), maxent-qn (maximum entropy with L1 and L2 penalties, "
                    + "fitted by newskg's OWL-QN until the loss settles, --iterations at most; the features L1 leaves at "
                    + "zero are dropped from the written model) or perceptron (OpenNLP's; default: ${DEFAULT-VALUE}).")
    String algorithm;

    @Option(names = "--iterations", paramLabel = "N", defaultValue = "100",
            description = "Training iterations (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--cutoff", paramLabel = "N", defaultValue = "1",
            description = "Ignore features seen fewer than N times (default: ${DEFAULT-VALUE}).")
    int cutoff;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "1",
            description = "Training threads for maxent and maxent-qn (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--l1", paramLabel = "COST",
            description = "maxent-qn only: the L1 penalty (default: OpenNLP's, 0.1). 0 turns L1 off: L-BFGS then uses a "
                    + "plain line search, and no feature is dropped from the model.")
    Double l1;

    @Option(names = "--l2", paramLabel = "COST", description = "maxent-qn only: the L2 penalty (default: OpenNLP's, 0.1).")
    Double l2;

    @Option(names = "--features", paramLabel = "FILE",
            description = "An OpenNLP feature generator XML file instead of newskg's; dictionaries it names must be "
                    + "among kb-per, kb-org, kb-loc, kb-misc, first-names, titles, place-cues, org-heads (.dictionary).")
    Path features;

    @Override
    public Integer call() {
        String algo = switch (algorithm.toLowerCase(Locale.ROOT)) {
            case "maxent" -> "MAXENT";
            case "perceptron" -> "PERCEPTRON";
            case "maxent-qn" -> OwlQnTrainer.ALGORITHM;
            default -> throw new NewsKgException("--algorithm must be maxent, maxent-qn or perceptron, not '" + algorithm + "'");
        };
        if (iterations < 1 || cutoff < 0 || threads < 1) {
            throw new NewsKgException("--iterations and --threads must be at least 1 and --cutoff at least 0");
        }
        if ((l1 != null || l2 != null) && !algo.equals(OwlQnTrainer.ALGORITHM)) {
            throw new NewsKgException("--l1 and --l2 apply to --algorithm maxent-qn only");
        }
        if (l1 != null && !(l1 >= 0) || l2 != null && !(l2 >= 0)) {
            throw new NewsKgException("--l1 and --l2 must be 0 or more");
        }
        List<ConllSentence> sentences = read(conll);
        List<ConllSentence> devSentences = read(dev);
        NerTrainer.Settings settings = new NerTrainer.Settings(algo, iterations, cutoff, threads, featureXml(),
                NerDictionaries.build(KnowledgeBase.load(data.path()), data.path()),
                l1 == null ? Double.NaN : l1, l2 == null ? Double.NaN : l2);
        PrintWriter out = spec.commandLine().getOut();
        TokenNameFinderModel model;
        if (devSentences.isEmpty()) {
            model = NerTrainer.train(sentences, settings);
        } else {
            List<Integer> steps = new ArrayList<>();
            for (int d : new int[] {8, 4, 2, 1}) {
                int n = Math.max(1, iterations / d);
                if (!steps.contains(n)) {
                    steps.add(n);
                }
            }
            model = NerTrainer.trainBest(sentences, devSentences, settings, steps, c -> {
                out.printf(Locale.ROOT, "iterations %d dev %.2f %.2f %.2f%n", c.iterations(), 100 * c.overall().precision(),
                        100 * c.overall().recall(), 100 * c.overall().f1());
                out.flush();
            });
        }
        NerTrainer.save(model, output);
        Map<String, Integer> names = new TreeMap<>();
        sentences.forEach(s -> s.names().forEach(n -> names.merge(n.getType(), 1, Integer::sum)));
        out.println("trained on " + sentences.size() + " sentences, "
                + sentences.stream().mapToInt(s -> s.tokens().size()).sum() + " tokens, names " + names);
        out.println("wrote " + output);
        out.flush();
        return ExitCodes.OK;
    }

    private static List<ConllSentence> read(List<Path> files) {
        List<ConllSentence> out = new ArrayList<>();
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                throw new NewsKgException("no CoNLL file at " + f);
            }
            out.addAll(ConllReader.read(f));
        }
        return out;
    }

    private byte[] featureXml() {
        if (features == null) {
            return NerTrainer.defaultFeatures();
        }
        try {
            return Files.readAllBytes(features);
        } catch (IOException e) {
            throw new NewsKgException("cannot read feature file " + features + ": " + e.getMessage(), e);
        }
    }
}
