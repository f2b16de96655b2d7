package org.newskg.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Node;
import org.newskg.explain.ExplainPrinter;
import org.newskg.explain.Explainer;
import org.newskg.explain.NothingFoundException;
import org.newskg.explain.Fact;
import org.newskg.explain.TermResolver;
import org.newskg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kg explain}: why an entity, a fact or a triple is in the graph. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Explain why something is in the graph: for each supporting fact, the article, the sentence "
                + "and its offsets, the evidence words, and the rule or lexicon entry that produced it.",
                "TERM (an entity, event, statement or mention) is an IRI, a prefixed name (entity:Q15031), a Wikidata id "
                + "(Q15031) or a label (an entity's full name, or the text of a mention such as a surname).",
                "A triple (--s, --p, --o) is explained by the facts that connect its subject and object (for "
                + "nkg:talkedWith, the calls and meetings with both people as participants); a date object by the "
                + "expression it was read from.",
                "Exit code 1 when the store holds nothing that supports the term or triple."},
        footer = {"", "Examples:", "  kg explain \"Jane Doe\"      (an entity by label)",
                "  kg explain --s \"Jane Doe\" --p talkedWith --o \"John Roe\"",
                "  kg explain --s EVENT-IRI --p eventDate --o 2024-02-08"})
public final class ExplainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Parameters(paramLabel = "TERM", arity = "0..1",
            description = "The entity, event, statement or mention to explain (IRI, prefixed name, Wikidata id or label).")
    String term;

    @Option(names = "--s", paramLabel = "SUBJECT", description = "Subject of the triple to explain (as TERM).")
    String subject;

    @Option(names = "--p", paramLabel = "PREDICATE",
            description = "Predicate of the triple: an IRI, a prefixed name, or a local name of the ontology (talkedWith).")
    String predicate;

    @Option(names = "--o", paramLabel = "OBJECT",
            description = "Object of the triple: as TERM, or a literal when quoted or starting with a digit (2024-02-08).")
    String object;

    @Override
    public Integer call() {
        boolean triple = subject != null || predicate != null || object != null;
        if (triple == (term != null) || triple && (subject == null || predicate == null || object == null)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "give either TERM, or all three of --s, --p and --o");
        }
        StatsCommand.requireStore(store);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (KgStore kg = KgStore.open(store.path())) {
            return explain(kg, triple, out, err);
        } catch (NothingFoundException e) {
            err.println("kg explain: " + e.getMessage());
            err.flush();
            return ExitCodes.INPUT_FAILED;
        }
    }

    private int explain(KgStore kg, boolean triple, PrintWriter out, PrintWriter err) {
        TermResolver resolve = new TermResolver(kg);
        Explainer explainer = new Explainer(kg);
        if (!triple) {
            Node n = resolve.resource(term);
            List<Fact> facts = explainer.explainNode(n);
            if (facts.isEmpty()) {
                facts = explainer.explainEntity(n);
            }
            if (facts.isEmpty()) {
                err.println("kg explain: nothing in the store supports <" + n.getURI() + ">");
                err.flush();
                return ExitCodes.INPUT_FAILED;
            }
            new ExplainPrinter(out).print("<" + n.getURI() + ">", facts);
            return ExitCodes.OK;
        }
        Node s = resolve.resource(subject);
        Node p = resolve.predicate(predicate);
        Node o = resolve.object(object);
        String what = "<" + s.getURI() + "> <" + p.getURI() + "> " + (o.isLiteral() ? "\"" + o.getLiteralLexicalForm() + "\"" : "<" + o.getURI() + ">");
        if (!explainer.holds(s, p, o)) {
            err.println("kg explain: the store does not hold " + what);
            err.flush();
            return ExitCodes.INPUT_FAILED;
        }
        List<Fact> facts = explainer.explainTriple(s, p, o);
        if (facts.isEmpty()) {
            err.println("kg explain: " + what + " is in the store, but no evidence is recorded for it");
            err.flush();
            return ExitCodes.INPUT_FAILED;
        }
        new ExplainPrinter(out).print(what, facts);
        return ExitCodes.OK;
    }
}
