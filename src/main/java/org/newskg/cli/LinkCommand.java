package org.newskg.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code kg link ...}: commands on the store's links to Wikidata. */
@Command(name = "link", mixinStandardHelpOptions = true,
        description = "Wikidata link commands (entities linked at ingest carry owl:sameAs <http://www.wikidata.org/entity/Q...>).",
        subcommands = {LinkEnrichCommand.class})
public final class LinkCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
