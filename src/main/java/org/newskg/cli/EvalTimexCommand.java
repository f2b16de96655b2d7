package org.newskg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newskg.eval.TimeMlDocument;
import org.newskg.eval.TimeMlReader;
import org.newskg.eval.TimexErrors;
import org.newskg.eval.TimexEvaluator;
import org.newskg.eval.TimexRunner;
import org.newskg.pipeline.Resources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kg eval timex --timeml DIR}: the temporal tagger scored against TimeML gold expressions. */
@Command(name = "timex", mixinStandardHelpOptions = true,
        description = {"Score the temporal tagger against TimeML .tml files (TempEval-3 layout, with the document "
                + "creation time in <DCT>), which serves as the reference date of relative expressions.",
                "Rows (precision, recall, f1 in percent, gold, found): 'relaxed' (spans overlap), 'strict' (same offsets), "
                        + "'value' (overlapping and the same normalized value); the last row 'overall' is the value "
                        + "score. Then 'throughput N tokens/s'."})
public final class EvalTimexCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data;

    @Option(names = "--errors", description = "Also list, before the table, each gold expression missed, "
            + "normalized differently or found with other bounds ('missed', 'value', 'extent') and each expression found "
            + "that overlaps no gold one ('wrong').")
    boolean errors;

    @Option(names = "--timeml", paramLabel = "DIR", required = true,
            description = "A directory searched recursively for .tml files, or one .tml file.")
    Path timeml;

    @Override
    public Integer call() {
        List<TimeMlDocument> docs = TimeMlReader.readDirectory(timeml);
        Resources resources = Resources.load(data.path());
        TimexRunner runner = new TimexRunner(resources.newAnnotator(), resources.tagger());
        PrintWriter out = spec.commandLine().getOut();
        TimexEvaluator.Result r = TimexEvaluator.evaluate(docs, runner::tag);
        if (errors) {
            docs.forEach(d -> TimexErrors.describe(d, runner.tag(d.text(), d.creationDate())).forEach(out::println));
        }
        r.table().print(out);
        out.printf(Locale.ROOT, "throughput %.0f tokens/s (%d tokens, %d documents)%n", r.tokensPerSecond(), r.tokens(),
                docs.size());
        out.flush();
        return ExitCodes.OK;
    }
}
