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
import org.newskg.kb.KnowledgeBase;
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
                + "Wikidata. Prints what was added, removed and changed. The file is replaced atomically only when every "
                + "request succeeded: on any failure the existing KB is untouched."})
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
            description = "Write the refreshed KB to FILE (default: DATA/kb/entities.tsv, the KB that was read).")
    Path output;

    @Option(names = "--dry-run", description = "Query the endpoint and report the changes, but write nothing.")
    boolean dryRun;

    @Option(names = "--replace",
            description = "Rebuild: drop entities the endpoint did not return (default: keep them, only extend).")
    boolean replace;

    @Option(names = "--page-size", paramLabel = "N", defaultValue = "500",
            description = "Entities per request (SPARQL LIMIT; pages follow with OFFSET; default: ${DEFAULT-VALUE}).")
    int pageSize;

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
        PrintWriter stdout = spec.commandLine().getOut();
        r.report().print(stdout);
        if (dryRun) {
            stdout.println("dry run: nothing written (" + client.requestCount() + " requests)");
        } else {
            KbFile.writeAtomically(out, r.rows());
            stdout.println("wrote " + r.rows().size() + " entities to " + out + " (" + client.requestCount() + " requests)");
        }
        stdout.flush();
        return ExitCodes.OK;
    }
}
