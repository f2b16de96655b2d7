package org.newskg.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code kg kb ...}: commands on the knowledge base in data/kb. */
@Command(name = "kb", mixinStandardHelpOptions = true,
        description = "Knowledge base commands (the entities newskg links to Wikidata, in data/kb/entities.tsv).",
        subcommands = {KbBuildCommand.class, KbLookupCommand.class, KbRefreshCommand.class})
public final class KbCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
