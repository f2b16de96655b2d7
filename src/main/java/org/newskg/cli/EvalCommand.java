package org.newskg.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code kg eval ner|timex}: measures recognition against gold data in public formats.
 *
 * <pre>{@code
 * kg eval ner --conll eng.testb
 * kg eval timex --timeml te3-platinum/
 * }</pre>
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Measure newskg against gold data in public formats: named entities (CoNLL-2003 style) "
                + "and temporal expressions (TimeML / TempEval-3).",
                "Each prints a table of precision, recall and F1 in percent whose last row starts with 'overall', "
                        + "then a line with the throughput in tokens per second."},
        subcommands = {EvalNerCommand.class, EvalTimexCommand.class, CommandLine.HelpCommand.class})
public final class EvalCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
