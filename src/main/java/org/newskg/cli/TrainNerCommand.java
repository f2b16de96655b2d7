package org.newskg.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.newskg.NewsKgException;
import org.newskg.eval.ConllReader;
import org.newskg.eval.ConllSentence;
import org.newskg.eval.NerTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kg train-ner --conll FILE -o model.bin}: trains the optional statistical layer of recognition. */
@Command(name = "train-ner", mixinStandardHelpOptions = true,
        description = {"Train an OpenNLP name finder (maximum entropy, NameFinderME) from a CoNLL-2003-style file "
                + "(token per line, tag in the last column, IOB1 or IOB2, -DOCSTART- between documents).",
                "Features: word shape and lower-cased words in a window of two, three-letter prefixes and suffixes, "
                        + "previous decisions, bigrams, sentence start; they are stored in the model.",
                "Use the model with kg ingest --ner-model FILE or kg eval ner --ner-model FILE."})
public final class TrainNerCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--conll", paramLabel = "FILE", required = true, description = "The training data (UTF-8).")
    Path conll;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true, description = "Where to write the model.")
    Path output;

    @Option(names = "--iterations", paramLabel = "N", defaultValue = "100",
            description = "Training iterations (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--cutoff", paramLabel = "N", defaultValue = "1",
            description = "Ignore features seen fewer than N times (default: ${DEFAULT-VALUE}; use 3-5 on large corpora).")
    int cutoff;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(conll)) {
            throw new NewsKgException("no CoNLL file at " + conll);
        }
        if (iterations < 1 || cutoff < 0) {
            throw new NewsKgException("--iterations must be at least 1 and --cutoff at least 0");
        }
        List<ConllSentence> sentences = ConllReader.read(conll);
        NerTrainer.save(NerTrainer.train(sentences, iterations, cutoff), output);
        Map<String, Integer> names = new TreeMap<>();
        sentences.forEach(s -> s.names().forEach(n -> names.merge(n.getType(), 1, Integer::sum)));
        PrintWriter out = spec.commandLine().getOut();
        out.println("trained on " + sentences.size() + " sentences, "
                + sentences.stream().mapToInt(s -> s.tokens().size()).sum() + " tokens, names " + names);
        out.println("wrote " + output);
        out.flush();
        return ExitCodes.OK;
    }
}
