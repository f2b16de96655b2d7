package org.newskg.cli;

import java.io.PrintWriter;
import org.newskg.NewsKgException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code kg} command: turns news articles into a knowledge graph and queries it.
 *
 * <pre>{@code
 * kg ingest data/articles
 * kg query queries/entities.rq --format csv
 * }</pre>
 */
@Command(name = "kg", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "newskg: turns English news articles into an RDF knowledge graph (TDB2), "
                + "queried with SPARQL and exported in the standard RDF formats.",
        subcommands = {IngestCommand.class, QueryCommand.class, ExportCommand.class, StatsCommand.class, CompactCommand.class, ServeCommand.class,
                ValidateCommand.class, ExplainCommand.class, OntologyDocCommand.class, KbCommand.class, LinkCommand.class, EvalCommand.class, TrainNerCommand.class, NerCommand.class,
                CommandLine.HelpCommand.class},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  success",
                "  1  ingest: some inputs failed, were refused or were duplicates (each named),",
                "     the others were ingested; validate: violations found; explain: nothing",
                "     supports it, or the name names nothing",
                "  2  bad command line (unknown option, bad option value)",
                "  3  the command could not run (no store, store in use, bad query, data directory...)"})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs {@code kg} with these arguments and returns its exit code; the tests call this. */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** The configured command line; tests set its out and err writers. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? ExitCodes.USAGE : ExitCodes.FAILED);
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            PrintWriter err = cmd.getErr();
            if (e instanceof NewsKgException) {
                err.println(cmd.getCommandSpec().qualifiedName() + ": " + e.getMessage());
            } else {
                err.println(cmd.getCommandSpec().qualifiedName() + ": unexpected error: " + e);
                e.printStackTrace(err);
            }
            err.flush();
            return ExitCodes.FAILED;
        });
        return cl;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
