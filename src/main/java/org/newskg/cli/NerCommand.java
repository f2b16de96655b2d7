package org.newskg.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code kg ner import}: prepares the named-entity training data shipped in {@code data/ner}.
 *
 * <pre>{@code
 * kg ner import --sources ../shared/ner-data -o data/ner
 * }</pre>
 */
@Command(name = "ner", mixinStandardHelpOptions = true,
        description = "Named-entity training data: 'kg ner import' converts openly licensed corpora into data/ner.",
        subcommands = {NerImportCommand.class, CommandLine.HelpCommand.class})
public final class NerCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
