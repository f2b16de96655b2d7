package org.newskg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newskg.eval.EventErrors;
import org.newskg.eval.EventEvaluator;
import org.newskg.eval.EventGoldReader;
import org.newskg.eval.EventRunner;
import org.newskg.eval.GoldEvent;
import org.newskg.ingest.ArticleLoader;
import org.newskg.ingest.LoaderOptions;
import org.newskg.pipeline.Resources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kg eval events --gold DIR}: event extraction scored against hand-annotated stories. */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = {"Score event extraction against gold stories: every gold.tsv under DIR lists the events of the "
                + "story files beside it (columns story, text, type, cameo, participants, place, date, status; the README "
                + "of the shipped set in src/test/resources/eval/events explains them). Each story is read and run through the whole pipeline "
                + "(no store).",
                "A found event matches a gold event of its story when their CAMEO roots agree and it was read in a "
                        + "sentence holding the gold text. Prints two tables (precision, recall, f1 in percent, gold, "
                        + "found): one row per event class (the generic class Event by CAMEO root, e.g. Event/11), then one row per "
                        + "field: 'event' (matched at all), 'type', 'participants', 'roles' (participants, and source and "
                        + "target actors in their roles), 'place', 'date', 'status', 'all fields right'; the last row "
                        + "'overall' repeats 'all fields right'. Then 'throughput N words/s'.",
                "A bad gold line is refused with FILE:LINE and exit code 3."})
public final class EvalEventsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data;

    @Mixin
    NerModelOption nerModels;

    @Option(names = "--errors", description = "Also list, before the tables, every gold event missed ('missed') and every "
            + "found event matching none ('spurious'), with their fields, and every matched event with a wrong field "
            + "('wrong', gold against found).")
    boolean errors;

    @Option(names = "--gold", paramLabel = "DIR", required = true,
            description = "A folder searched recursively for gold.tsv files, or one gold.tsv file.")
    Path gold;

    @Override
    public Integer call() {
        List<GoldEvent> events = EventGoldReader.read(gold);
        Resources resources = Resources.load(data.path(), nerModels.paths());
        EventRunner runner = new EventRunner(new ArticleLoader(LoaderOptions.defaults(data.path())), resources.newPipeline(),
                resources.knowledgeBase());
        EventEvaluator.Result r = EventEvaluator.evaluate(events, runner::run);
        PrintWriter out = spec.commandLine().getOut();
        if (errors) {
            EventErrors.describe(r.stories()).forEach(out::println);
        }
        r.types().print(out);
        out.println();
        r.fields().print(out);
        out.printf(Locale.ROOT, "throughput %.0f words/s (%d words, %d stories)%n", r.wordsPerSecond(), r.words(),
                r.stories().size());
        out.flush();
        return ExitCodes.OK;
    }
}
