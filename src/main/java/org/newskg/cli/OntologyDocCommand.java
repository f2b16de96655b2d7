package org.newskg.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.riot.RDFDataMgr;
import org.newskg.ontology.OntologyDoc;
import org.newskg.validate.OntologyFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kg ontology-doc}: the ontology as a Markdown page. */
@Command(name = "ontology-doc", mixinStandardHelpOptions = true,
        description = {"Write Markdown documentation of the newskg ontology (ontology/newskg.ttl): every class and "
                + "property with its label, comment, domain, range and alignments to other vocabularies.",
                "docs/ontology.md is made with: " + OntologyDoc.REGENERATE})
public final class OntologyDocCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE (created only when complete) instead of standard output.")
    Path output;

    @Override
    public Integer call() throws java.io.IOException {
        String md = new OntologyDoc(RDFDataMgr.loadGraph(OntologyFiles.ontology().toString())).markdown();
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(md);
            out.flush();
            return ExitCodes.OK;
        }
        try (Output o = Output.to(output)) {
            o.stream().write(md.getBytes(StandardCharsets.UTF_8));
            o.commit();
        }
        return ExitCodes.OK;
    }
}
