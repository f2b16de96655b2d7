package org.newskg.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newskg.NewsKgException;
import org.newskg.eval.ConllReader;
import org.newskg.extract.entity.EntityRecognizer;
import org.newskg.eval.ConllSentence;
import opennlp.tools.util.Span;
import org.newskg.eval.NerErrors;
import org.newskg.eval.NerEvaluator;
import org.newskg.eval.Prf;
import org.newskg.eval.RecognizerNameFinder;
import org.newskg.pipeline.Resources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kg eval ner --conll FILE}: entity recognition scored against CoNLL-2003-style gold names. */
@Command(name = "ner", mixinStandardHelpOptions = true,
        description = {"Score entity recognition against a CoNLL-2003-style file: one token per line with its tag "
                + "in the last column (IOB1 or IOB2), blank lines between sentences, -DOCSTART- lines between documents.",
                "Recognition runs on the given tokens, one document at a time, with the knowledge base and patterns, "
                        + "plus the shipped name finder model (data/models/en-ner.bin), or the models given with --ner-model "
                        + "instead, or none with --no-model. A name counts only when its span and "
                        + "type are exactly right (the CoNLL convention). newskg's types are mapped to PER (Person), "
                        + "ORG (Organization), LOC (Place, Country, City, Region, Facility) and MISC (nationality words, "
                        + "named events, laws, works); gold types other than PER/ORG/LOC count as MISC.",
                "Prints one row per type (columns: type, precision, recall, f1 in percent, gold, found), the last row "
                        + "'overall' (micro-average), then 'throughput N tokens/s'."})
public final class EvalNerCommand implements Callable<Integer> {

    private static final List<String> TYPES = List.of("PER", "ORG", "LOC", "MISC");

    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data;

    @Mixin
    NerModelOption models;

    @Option(names = "--errors", description = "Also list, before the table, every gold name missed "
            + "('missed TYPE words') and every name found that is not gold ('wrong  TYPE words').")
    boolean errors;

    @Option(names = "--conll", paramLabel = "FILE", required = true, description = "The gold CoNLL-2003-style file (UTF-8).")
    Path conll;

    @Option(names = "--no-model", description = "Recognize with the knowledge base and patterns alone, without the "
            + "statistical model (the baseline the model is compared with in docs/evaluation.md).")
    boolean noModel;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(conll)) {
            throw new NewsKgException("no CoNLL file at " + conll);
        }
        List<ConllSentence> gold = ConllReader.read(conll);
        if (gold.isEmpty()) {
            throw new NewsKgException(conll + ": no sentences");
        }
        Resources resources = Resources.load(data.path(), models.paths());
        EntityRecognizer recognizer = noModel ? resources.recognizer().withModels(List.of()) : resources.recognizer();
        RecognizerNameFinder finder = new RecognizerNameFinder(resources.newAnnotator(), recognizer);
        List<Span[]> found = new ArrayList<>();
        NerEvaluator.Result r = NerEvaluator.evaluate(gold, sentences -> {
            List<Span[]> spans = finder.find(sentences);
            found.addAll(spans);
            return spans;
        });
        TYPES.forEach(t -> r.table().add(t, new Prf(0, 0, 0)));
        PrintWriter out = spec.commandLine().getOut();
        if (errors) {
            NerErrors.describe(gold, found).forEach(out::println);
        }
        r.table().print(out);
        out.printf(Locale.ROOT, "throughput %.0f tokens/s (%d tokens)%n", r.tokensPerSecond(), r.tokens());
        out.flush();
        return ExitCodes.OK;
    }
}
