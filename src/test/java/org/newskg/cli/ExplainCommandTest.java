package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.store.KgStore;
import org.newskg.validate.ContractGraph;
import org.newskg.validate.SampleStores;

/** {@code kg explain} as a user runs it: on contract-shaped facts, and on entities of real ingested articles. */
class ExplainCommandTest {

    @TempDir
    static Path tmp;
    static Path facts;
    static Path real;

    @BeforeAll
    static void stores() {
        facts = tmp.resolve("facts");
        try (KgStore kg = KgStore.open(facts)) {
            var g = ContractGraph.graph();
            kg.replaceArticle(ContractGraph.GRAPH, sink -> g.find().forEachRemaining(sink::triple));
        }
        real = SampleStores.ingest(tmp.resolve("real"), SampleStores.ARTICLES, SampleStores.OWN);
    }

    private static String offsets(String s) {
        return "[" + ContractGraph.begin(s) + ", " + ContractGraph.end(s) + ")";
    }

    @Test
    void theXiPutinPhoneCallPrintsItsSentenceWithOffsetsAndItsDateExpression() {
        CliRunner.Result r = CliRunner.run("explain", "--store", facts.toString(),
                "--s", "Xi Jinping", "--p", "talkedWith", "--o", "Vladimir Putin");
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        String out = r.out();
        assertTrue(out.contains("supported by 1 fact in 1 article"), out);
        assertTrue(out.contains("sentence 1 " + offsets(ContractGraph.CALL_SENTENCE) + ": \"" + ContractGraph.CALL_SENTENCE + "\""), out);
        assertTrue(out.contains("evidence " + offsets("phone conversation") + ": \"phone conversation\""), out);
        assertTrue(out.contains("rule: event-heads:phone conversation"), out);
        assertTrue(out.contains("date: 2024-02-08 from the expression"), out);
        assertTrue(out.contains("date expression " + offsets("Thursday") + ": \"Thursday\"   rule: timex:test"), out);
        assertTrue(out.contains("Article <" + ContractGraph.ARTICLE.getURI() + "> \"Xi, Putin hold phone talks\""), out);
    }

    @Test
    void aDateIsExplainedByTheExpressionItCameFrom() {
        CliRunner.Result r = CliRunner.run("explain", "--store", facts.toString(),
                "--s", "<" + ContractGraph.event().getURI() + ">", "--p", "nkg:eventDate", "--o", "2024-02-08");
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        assertTrue(r.out().contains("date expression " + offsets("Thursday") + ": \"Thursday\""), r.out());
    }

    @Test
    void anEventIriPrintsItsEvidence() {
        CliRunner.Result r = CliRunner.run("explain", "--store", facts.toString(), ContractGraph.event().getURI());
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        assertTrue(r.out().contains("PhoneCall <" + ContractGraph.event().getURI() + ">"), r.out());
        assertTrue(r.out().contains(ContractGraph.CALL_SENTENCE), r.out());
    }

    @Test
    void anEntityOfRealArticlesIsExplainedByItsMentionsAndTheirRules() {
        CliRunner.Result r = CliRunner.run("explain", "--store", real.toString(), "Q7747");
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        assertTrue(r.out().contains("EntityMention"), r.out());
        assertTrue(r.out().contains("\"Vladimir Putin\""), r.out());
        assertTrue(r.out().contains("rule: kb:"), r.out());
        assertTrue(r.out().contains(ContractGraph.CALL_SENTENCE), "the sample's sentence: " + r.out());

        CliRunner.Result own = CliRunner.run("explain", "--store", real.toString(), "Justin Trudeau");
        assertEquals(ExitCodes.OK, own.exitCode(), own.err());
        assertTrue(own.out().contains("Canadian Prime Minister Justin Trudeau is expected to visit Chile"), own.out());
    }

    @Test
    void onTheRealSampleTheXiPutinCallIsExplainedByItsSentenceOffsetsAndDateExpression() {
        CliRunner.Result r = CliRunner.run("explain", "--store", real.toString(),
                "--s", "Xi Jinping", "--p", "talkedWith", "--o", "Vladimir Putin");
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        String out = r.out();
        var line = java.util.regex.Pattern.compile("sentence (\\d+) \\[(\\d+), (\\d+)\\): \"" + java.util.regex.Pattern.quote(
                ContractGraph.CALL_SENTENCE) + "\"").matcher(out);
        assertTrue(line.find(), out);
        assertTrue(out.contains("PhoneCall <"), out);
        assertTrue(out.contains("date: 2024-02-08 from the expression"), out);
        assertTrue(out.contains(": \"Thursday\""), out);
        assertTrue(!out.contains("Statement <"), "events support talkedWith, not statements: " + out);
        // The printed offsets index the stored article text exactly.
        int begin = Integer.parseInt(line.group(2));
        int end = Integer.parseInt(line.group(3));
        try (KgStore kg = KgStore.open(real)) {
            String text = kg.read(() -> {
                var it = kg.dataset().asDatasetGraph().find(org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY,
                        org.newskg.rdf.NKG.articleText, org.apache.jena.graph.Node.ANY);
                while (it.hasNext()) {
                    String t = it.next().getObject().getLiteralLexicalForm();
                    if (t.contains(ContractGraph.CALL_SENTENCE)) {
                        return t;
                    }
                }
                return "";
            });
            assertEquals(ContractGraph.CALL_SENTENCE, text.substring(begin, end));
        }
    }

    @Test
    void aTripleNotInTheStoreOrAnUnknownNameFailsWithAMessage() {
        CliRunner.Result r = CliRunner.run("explain", "--store", facts.toString(), "--s", "Xi", "--p", "met", "--o", "Vladimir Putin");
        assertEquals(ExitCodes.INPUT_FAILED, r.exitCode());
        assertTrue(r.err().contains("does not hold"), r.err());
        CliRunner.Result u = CliRunner.run("explain", "--store", facts.toString(), "Boris Yeltsin");
        assertEquals(ExitCodes.INPUT_FAILED, u.exitCode(), "a name found nowhere is nothing found too");
        assertTrue(u.err().contains("'Boris Yeltsin'"), u.err());
        CliRunner.Result both = CliRunner.run("explain", "--store", facts.toString(), "Xi", "--s", "Xi");
        assertEquals(ExitCodes.USAGE, both.exitCode(), "a command line error");
        assertTrue(both.err().contains("either TERM, or all three"), both.err());
    }
}
