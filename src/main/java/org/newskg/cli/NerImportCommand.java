package org.newskg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newskg.nercorpus.CorpusImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kg ner import --sources DIR -o DIR}: the corpora of a ner-data folder in newskg's CoNLL format. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Convert the openly licensed NER corpora of a ner-data folder (uner-en-ewt, uner-en-pud, wikigold, "
                + "btc, gum/dep) into OUT/<corpus>/{train,dev,test}.conll: 'token TAG' per line, IOB2, types PER, ORG, "
                + "LOC, MISC, -DOCSTART- before each document, a fixed split per corpus (see data/ner/README.md).",
                "Prints one line per written file: corpus, split, sentences, tokens and names per type. "
                        + "The same sources always give the same files."})
public final class NerImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--sources", paramLabel = "DIR", required = true,
            description = "The folder holding the raw corpora (e.g. ../shared/ner-data).")
    Path sources;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "data/ner",
            description = "Where to write the converted corpora (default: ${DEFAULT-VALUE}).")
    Path output;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (CorpusImport.Part p : CorpusImport.run(sources, output)) {
            out.printf("%-9s %-5s %6d sentences %7d tokens  %s  %s%n", p.corpus(), p.split(), p.sentences(), p.tokens(),
                    p.names(), p.file());
        }
        out.flush();
        return ExitCodes.OK;
    }
}
