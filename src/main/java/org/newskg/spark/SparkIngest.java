package org.newskg.spark;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newskg.NewsKgException;
import org.newskg.cli.ExitCodes;
import org.newskg.cli.VersionProvider;
import org.newskg.ingest.Format;
import org.newskg.ingest.LoaderOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The Spark job's command line, the main class given to {@code spark-submit} (which brings Spark and Hadoop).
 *
 * <pre>{@code
 * spark-submit --class org.newskg.spark.SparkIngest --master yarn newskg-all.jar hdfs:///news hdfs:///kg-nq --data data
 * }</pre>
 * Prints one line per bad input on standard error and a summary on standard output; exit codes as {@code kg}'s.
 */
@Command(name = "newskg-spark", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Apache Spark job: reads news articles from a Hadoop path (file:, hdfs:, s3a:...; directories "
                + "recursively, hidden files skipped), extracts their knowledge as kg ingest does and writes one named "
                + "graph per article as N-Quads files (OUTPUT/part-r-NNNNN.nq), for the TDB2 bulk loader or a Fuseki upload.",
                "Run it with spark-submit. Bad inputs and articles are reported and skipped; the job goes on."},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  success", "  1  some inputs failed, were refused or were duplicates (each named); the others were written",
                "  2  bad command line", "  3  the job could not run (output exists, input missing, data directory...)"})
public final class SparkIngest implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "INPUT", description = "Articles: a Hadoop path or glob (a file or a directory).")
    String input;

    @Parameters(index = "1", paramLabel = "OUTPUT", description = "The directory to write the N-Quads files to; it must not exist.")
    String output;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
            description = "The newskg data directory as every executor sees it, a local path on each machine "
                    + "(default: ${DEFAULT-VALUE}; on a cluster, a folder unpacked from spark-submit --archives, see the README). "
                    + "The SHACL shapes are read from NEWSKG_HOME/ontology, else ./ontology.")
    String data;

    @Option(names = "--ner-model", paramLabel = "FILE",
            description = "A name finder model to use instead of DIR/models/en-ner.bin, as executors see it (repeatable).")
    List<String> nerModels = new ArrayList<>();

    @Option(names = "--validate", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Check each article graph against the SHACL shapes; a violating article is refused and reported (default: on).")
    boolean validate;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "Force the input format: txt, html or jsonl (default: from the file extension, else sniffed from the content).")
    String format;

    @Option(names = "--max-size", paramLabel = "BYTES", defaultValue = "" + LoaderOptions.DEFAULT_MAX_BYTES,
            description = "Refuse input files larger than this (default: ${DEFAULT-VALUE} bytes).")
    long maxBytes;

    @Option(names = "--min-partitions", paramLabel = "N", defaultValue = "0",
            description = "Read the input in at least N partitions (default: Spark's default parallelism, its number of cores). "
                    + "Each partition loads the models and knowledge base once (a few seconds), so more partitions than cores waste time.")
    int minPartitions;

    // No Spark type appears in this class, so that --help works without Spark on the class path.
    private final Map<String, String> sparkSettings;

    /** The command as spark-submit runs it: Spark's settings from spark-submit, {@code local[*]} without a master. */
    public SparkIngest() {
        this(Map.of());
    }

    /** The command with these Spark settings on top of spark-submit's (a test gives {@code spark.master=local[2]}). */
    SparkIngest(Map<String, String> sparkSettings) {
        this.sparkSettings = Map.copyOf(sparkSettings);
    }

    public static void main(String[] args) {
        System.exit(commandLine(new SparkIngest()).execute(args));
    }

    static CommandLine commandLine(SparkIngest command) {
        CommandLine cl = new CommandLine(command);
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            PrintWriter err = cmd.getErr();
            err.println("newskg-spark: " + (e instanceof NewsKgException ? "" : "the job failed: ") + rootMessage(e));
            err.flush();
            return ExitCodes.FAILED;
        });
        return cl;
    }

    @Override
    public Integer call() {
        JobSettings settings;
        try {
            settings = new JobSettings(input, output, data, nerModels, validate, maxBytes,
                    format == null ? null : Format.parse(format), minPartitions);
        } catch (IllegalArgumentException | NewsKgException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        long started = System.nanoTime();
        JobReport report;
        try {
            report = IngestJob.runInNewContext(sparkSettings, settings);
        } catch (NoClassDefFoundError e) {
            throw new NewsKgException("Spark is not on the class path (" + e.getMessage() + " is missing): run the job with spark-submit");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        report.problems().forEach(err::println);
        err.flush();
        out.printf("newskg-spark: %d articles, %d quads written to %s; %d problems; %.1f s%n", report.articles(),
                report.quads(), output, report.problems().size(), (System.nanoTime() - started) / 1e9);
        out.flush();
        return report.problems().isEmpty() ? ExitCodes.OK : ExitCodes.INPUT_FAILED;
    }

    /** Spark wraps an executor's failure in layers; the innermost message says what went wrong. */
    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t == e ? String.valueOf(e.getMessage()) : e.getClass().getSimpleName() + ": " + t;
    }
}
