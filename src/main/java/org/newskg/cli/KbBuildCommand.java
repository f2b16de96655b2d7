package org.newskg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newskg.kb.build.KbBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kg kb build}: regenerates the knowledge base's source folders from the open extracts. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Rebuild the generated part of the knowledge base (one folder per source under DATA/kb/, listed "
                + "in DATA/kb/sources.tsv) from the open extracts in --sources and the hand-curated gaps file "
                + "DATA/kb/curated/gaps.tsv. The hand-curated DATA/kb/entities.tsv and positions.tsv are read, not written, "
                + "and win on conflict. Output is sorted: the same inputs give byte-identical files.",
                "Prints the entities and positions written per folder and the entities per type."})
public final class KbBuildCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data;

    @Option(names = "--gaps-only",
            description = "Regenerate only the curated-gaps folder from DATA/kb/curated/gaps.tsv (no --sources needed).")
    boolean gapsOnly;

    @Option(names = "--sources", paramLabel = "DIR",
            description = "The open extracts (a copy of shared/kb-sources: every-politician-scrapers/, rigour-territories/, "
                    + "dr5hn-csc/, natural-earth-places/, supraverden-igo/, partyfacts-wikidata/).")
    Path sources;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (gapsOnly) {
            out.printf("curated-gaps %,8d entities%n", KbBuilder.buildGaps(data.path()));
            out.flush();
            return ExitCodes.OK;
        }
        if (sources == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--sources DIR is required (or --gaps-only)");
        }
        KbBuilder.Summary s = KbBuilder.build(sources, data.path());
        s.entitiesByFolder().forEach((folder, n) -> out.printf("%-18s %,8d entities %,8d positions%n", folder, n,
                s.positionsByFolder().get(folder)));
        s.byType().forEach((type, n) -> out.printf("%-18s %,8d%n", type.localName(), n));
        out.printf("%-18s %,8d distinct QIDs (hand-curated entities.tsv included)%n", "total", s.entities());
        out.flush();
        return ExitCodes.OK;
    }
}
