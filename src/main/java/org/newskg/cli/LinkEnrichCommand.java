package org.newskg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newskg.kb.online.SparqlClient;
import org.newskg.link.online.EnrichProperties;
import org.newskg.link.online.Enricher;
import org.newskg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kg link enrich}: copies facts about the linked entities from Wikidata into their own named graph. */
@Command(name = "enrich", mixinStandardHelpOptions = true,
        description = {"Fetch facts about every entity of the store linked to Wikidata (label, description, instance of, "
                + "country, coordinates, dates, population...: the properties in data/kb/enrich-properties.tsv) from a "
                + "Wikidata SPARQL endpoint into the named graph https://w3id.org/newskg/graph/wikidata. Needs network access.",
                "Entities already fetched are not asked for again (the graph is the cache), so a second run makes no "
                + "request. All requests run before anything is written: on any failure the store is left as it was."})
public final class LinkEnrichCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Mixin
    DataOption data;

    @Mixin
    EndpointOptions endpoint;

    @Option(names = "--properties", paramLabel = "FILE",
            description = "Properties to fetch, one per line (default: DATA/kb/enrich-properties.tsv).")
    Path properties;

    @Option(names = "--force", description = "Fetch every linked entity again, replacing what the graph held about it.")
    boolean force;

    @Option(names = "--batch-size", paramLabel = "N", defaultValue = "50",
            description = "Entities per request (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Override
    public Integer call() {
        Path propsFile = properties != null ? properties : data.path().resolve("kb/enrich-properties.tsv");
        var props = EnrichProperties.read(propsFile);
        StatsCommand.requireStore(store);
        SparqlClient client = endpoint.client();
        try (KgStore kg = KgStore.open(store.path())) {
            Enricher.Result r = new Enricher(client, props, batchSize).enrich(kg, force);
            PrintWriter out = spec.commandLine().getOut();
            out.println(r.linked() + " linked entities: " + r.cached() + " already in the cache, " + r.fetched()
                    + " fetched from " + client.endpoint() + " (" + r.requests() + " requests), " + r.triplesAdded()
                    + " triples added to graph " + Enricher.GRAPH.getURI());
            out.flush();
        }
        return ExitCodes.OK;
    }
}
