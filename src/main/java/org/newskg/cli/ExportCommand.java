package org.newskg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newskg.export.ExportFormat;
import org.newskg.export.Exporter;
import org.newskg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code kg export}: writes the store (or one article graph) in a standard RDF format through RDF4J Rio. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export the graph in a standard RDF format, written through RDF4J Rio with prefixes and in a "
                + "deterministic (sorted) order, so two exports of the same store are byte-identical.",
                "turtle, ntriples and rdfxml hold no named graphs: they get the union of all article graphs (or the one chosen "
                + "with --graph); trig, nquads and jsonld keep each article's graph."})
public final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "turtle",
            description = "turtle, trig, ntriples, nquads, jsonld or rdfxml (default: ${DEFAULT-VALUE}). A term the format "
                    + "cannot carry (a control character in RDF/XML) fails the export, exit code 3, and no file is written.")
    String format;

    @Option(names = "--graph", paramLabel = "IRI", description = "Export only this named graph (an article's graph IRI).")
    String graph;

    @Option(names = "--include-runlog",
            description = "Also export the run-log graph (the wall-clock times of the last ingest of each article); "
                    + "left out by default so that two ingests of the same input export byte-identically.")
    boolean includeRunlog;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE (created only when the export succeeds) instead of standard output.")
    Path output;

    @Override
    public Integer call() {
        ExportFormat fmt = parseFormat(format);
        StatsCommand.requireStore(store);
        try (KgStore kg = KgStore.open(store.path());
             Output out = Output.to(output)) {
            new Exporter().export(kg, fmt, graph, out.stream(), includeRunlog);
            out.commit();
        }
        return ExitCodes.OK;
    }

    private ExportFormat parseFormat(String s) {
        try {
            return ExportFormat.parse(s);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--format': " + e.getMessage());
        }
    }
}
