package org.newskg.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newskg.NewsKgException;
import org.newskg.kb.KbFile;
import org.newskg.kb.KbRow;
import org.newskg.kb.EntityType;
import org.newskg.kb.KnowledgeBase;
import org.newskg.kb.PositionRow;
import org.newskg.kb.PositionsFile;
import org.newskg.kb.online.PositionFetcher;
import org.newskg.kb.online.PositionMerge;
import org.newskg.kb.online.FetchedEntity;
import org.newskg.kb.online.KbFetcher;
import org.newskg.kb.online.KbMerge;
import org.newskg.kb.online.RefreshClass;
import org.newskg.kb.online.SparqlClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kg kb refresh}: rebuilds or extends the knowledge base from a Wikidata SPARQL endpoint. */
@Command(name = "refresh", mixinStandardHelpOptions = true,
        description = {"Extend (or with --replace rebuild) the knowledge base from a Wikidata SPARQL endpoint, for the "
                + "classes of entities listed in data/kb/refresh-classes.tsv. Needs network access; newskg itself "
                + "links offline with the shipped KB.",
                "Existing rows keep their type, country and evidence and gain new aliases and demonyms; labels follow "
                + "Wikidata. Offices held by the KB's people (P39, with start and end years) whose jurisdiction is in the KB "
                + "are added to positions.tsv, written next to the output file. Prints what was added, removed and changed. "
                + "The files are replaced atomically only when every request succeeded: on any failure the existing KB is untouched."})
public final class KbRefreshCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data;

    @Mixin
    EndpointOptions endpoint;

    @Option(names = "--classes", paramLabel = "FILE",
            description = "Classes to fetch: name, type and SPARQL pattern per line (default: DATA/kb/refresh-classes.tsv).")
    Path classes;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the refreshed KB to FILE (default: DATA/kb/entities.tsv, the KB that was read); "
                    + "positions go to positions.tsv in FILE's folder.")
    Path output;

    @Option(names = "--dry-run", description = "Query the endpoint and report the changes, but write nothing.")
    boolean dryRun;

    @Option(names = "--replace",
            description = "Rebuild: drop entities the endpoint did not return (default: keep them, only extend).")
    boolean replace;

    @Option(names = "--page-size", paramLabel = "N", defaultValue = "500",
            description = "Entities per request (SPARQL LIMIT; pages follow with OFFSET; default: ${DEFAULT-VALUE}).")
    int pageSize;

    /** Offices of the KB's people whose jurisdiction is in the KB, merged into the existing positions file. */
    private PositionMerge.Result positions(SparqlClient client, Path dataDir, List<KbRow> rows) {
        List<String> people = rows.stream().map(KbRow::entry).filter(e -> e.type() == EntityType.PERSON)
                .map(e -> e.qid()).toList();
        java.util.Set<String> known = rows.stream().map(x -> x.entry().qid()).collect(java.util.stream.Collectors.toSet());
        List<PositionRow> existing = PositionsFile.readRows(dataDir.resolve(PositionsFile.FILE)).stream()
                .filter(p -> known.contains(p.position().holderQid()) && known.contains(p.position().ofQid())).toList();
        return PositionMerge.merge(existing, new PositionFetcher(client, 100).fetch(people, known));
    }

    @Override
    public Integer call() {
        Path dataDir = data.path();
        Path kbFile = dataDir.resolve(KnowledgeBase.FILE);
        Path classesFile = classes != null ? classes : dataDir.resolve("kb/refresh-classes.tsv");
        Path out = output != null ? output : kbFile;
        List<RefreshClass> list = RefreshClass.read(classesFile);
        List<KbRow> existing = Files.exists(kbFile) ? KbFile.read(kbFile) : List.of();
        PrintWriter err = spec.commandLine().getErr();
        SparqlClient client = endpoint.client();
        err.println("kg kb refresh: querying " + client.endpoint() + " for " + list.size() + " classes");
        err.flush();
        Map<String, FetchedEntity> fetched = new KbFetcher(client, pageSize).fetch(list, line -> {
            err.println("  " + line);
            err.flush();
        });
        if (fetched.isEmpty()) {
            throw new NewsKgException(client.endpoint() + " returned no entities for the classes in " + classesFile
                    + "; the KB is left as it was");
        }
        KbMerge.Result r = KbMerge.merge(existing, fetched, replace);
        PositionMerge.Result positions = positions(client, dataDir, r.rows());
        PrintWriter stdout = spec.commandLine().getOut();
        r.report().print(stdout);
        positions.added().forEach(l -> stdout.println("+ position " + l));
        stdout.println(positions.added().size() + " positions added");
        Path positionsOut = out.toAbsolutePath().resolveSibling("positions.tsv");
        if (dryRun) {
            stdout.println("dry run: nothing written (" + client.requestCount() + " requests)");
        } else {
            // Both files are complete in memory before either is replaced.
            KbFile.writeAtomically(out, r.rows());
            PositionsFile.writeAtomically(positionsOut, positions.rows());
            stdout.println("wrote " + r.rows().size() + " entities to " + out + " and " + positions.rows().size()
                    + " positions to " + positionsOut + " (" + client.requestCount() + " requests)");
        }
        stdout.flush();
        return ExitCodes.OK;
    }
}
