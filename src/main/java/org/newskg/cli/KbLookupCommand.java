package org.newskg.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.newskg.kb.KnowledgeBase;
import org.newskg.link.NameLookup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kg kb lookup NAME [--date D]}: the candidates of a written name and their scores. */
@Command(name = "lookup", mixinStandardHelpOptions = true,
        description = {"Print the knowledge base entries a written name may refer to, with the scores the linker gives "
                + "them in an article of the given date: leading title words (\"President\", \"Foreign Minister\") count as "
                + "the office the text gives the person. Without any other article context, so stricter than linking in a story.",
                "Columns: weight share support name-fit QID type label [country] {offices held on the date}. The last line "
                + "says which entry would be linked, or that the name would stay a local entity."})
public final class KbLookupCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data;

    @Parameters(index = "0", paramLabel = "NAME", description = "The name as written, e.g. \"President Bush\".")
    String name;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The article's date (default: none; offices are then not dated).")
    String date;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "15", description = "Candidates to print (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() {
        LocalDate day;
        try {
            day = date == null ? null : LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new ParameterException(spec.commandLine(), "--date must be YYYY-MM-DD, got '" + date + "'");
        }
        NameLookup.Result r = new NameLookup(KnowledgeBase.load(data.path())).lookup(name, day);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%s%s%s: %d candidates%n", r.name(), r.title() == null ? "" : " (title: " + r.title() + ")",
                day == null ? "" : " on " + day, r.rows().size());
        if (!r.rows().isEmpty()) {
            out.printf("%8s %5s %7s %5s %-11s %-12s %s%n", "weight", "share", "support", "prior", "qid", "type",
                    "label [country] {offices held on that date}");
        }
        r.rows().stream().limit(limit).forEach(row -> out.printf("%8.4f %5.3f %7.3f %5.2f %-11s %-12s %s%s%s%n", row.weight(),
                row.share(), row.support(), row.namePrior(), row.entry().qid(), row.entry().type().localName(),
                row.entry().label(), row.entry().countryQid() == null ? "" : " [" + row.entry().countryQid() + "]",
                row.offices().isEmpty() ? "" : " {" + row.offices().stream().map(p -> p.label() + " of " + p.ofQid())
                        .collect(Collectors.joining("; ")) + "}"));
        out.println(r.linked() == null
                ? String.format("not linked (confidence %.2f): the name would stay a local entity", r.confidence())
                : String.format("linked: %s %s (confidence %.2f)", r.linked().qid(), r.linked().label(), r.confidence()));
        out.flush();
        return ExitCodes.OK;
    }
}
