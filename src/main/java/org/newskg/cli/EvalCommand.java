package org.newskg.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code kg eval ner|timex|events}: measures recognition against gold data in public formats, and event
 * extraction against newskg's own annotated stories.
 *
 * <pre>{@code
 * kg eval ner --conll eng.testb
 * kg eval timex --timeml te3-platinum/
 * kg eval events --gold src/test/resources/eval/events/dev
 * }</pre>
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Measure newskg against gold data in public formats: named entities (CoNLL-2003 style) "
                + "and temporal expressions (TimeML / TempEval-3); events against annotated stories (gold.tsv).",
                "Each prints a table of precision, recall and F1 in percent whose last row starts with 'overall' "
                        + "(events: a table per type, then one per field), then a line with the throughput."},
        subcommands = {EvalNerCommand.class, EvalTimexCommand.class, EvalEventsCommand.class, CommandLine.HelpCommand.class})
public final class EvalCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
