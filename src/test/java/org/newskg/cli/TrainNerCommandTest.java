package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.query.QueryRunner;
import org.newskg.store.KgStore;

/** {@code kg train-ner} end to end: train on a small CoNLL file, then use the model in eval and ingest. */
class TrainNerCommandTest {

    @TempDir
    Path tmp;

    /** Twenty sentences in which a capitalized word before "Logistics" is part of a company name. */
    static String corpus() {
        String[] names = {"Brantel", "Quorvik", "Selmora", "Dravix", "Omnilo", "Vextra", "Tarsil", "Kelvora", "Marnix", "Prelto"};
        String[] verbs = {"fell", "rose", "slipped", "climbed"};
        StringBuilder sb = new StringBuilder("-DOCSTART- O\n\n");
        for (int i = 0; i < 20; i++) {
            sb.append("Shares O\nof O\n").append(names[i % 10]).append(" B-ORG\nLogistics I-ORG\n")
                    .append(verbs[i % 4]).append(" O\nsharply O\n. O\n\n");
        }
        return sb.toString();
    }

    Path trainModel() throws IOException {
        Path train = Files.writeString(tmp.resolve("train.conll"), corpus());
        Path model = tmp.resolve("logistics.bin");
        CliRunner.Result r = CliRunner.run("train-ner", "--conll", train.toString(), "-o", model.toString(),
                "--iterations", "50", "--cutoff", "1");
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        assertTrue(r.out().contains("trained on 20 sentences, 140 tokens, names {ORG=20}"), r.out());
        assertTrue(Files.size(model) > 0);
        return model;
    }

    @Test
    void aTrainedModelAddsTheNameThePatternsMissInEval() throws IOException {
        Path model = trainModel();
        Path gold = Files.writeString(tmp.resolve("gold.conll"), EvalCommandTest.IOB2);
        CliRunner.Result without = CliRunner.run("eval", "ner", "--conll", gold.toString());
        CliRunner.Result with = CliRunner.run("eval", "ner", "--conll", gold.toString(), "--ner-model", model.toString());
        assertEquals(ExitCodes.OK, with.exitCode(), with.err());
        // Without the model Zorvex Logistics is missed (ORG 2 of 3); with it, all 10 gold names are found and
        // the KB and pattern names are unchanged (the model loses on overlap).
        assertTrue(EvalCommandTest.row(without.out().lines().toList(), "ORG").contains("66.67"), without.out());
        List<String> lines = with.out().lines().toList();
        assertTrue(EvalCommandTest.row(lines, "ORG").matches("ORG\\s+100\\.00\\s+100\\.00\\s+100\\.00\\s+3\\s+3"), with.out());
        assertTrue(lines.get(lines.size() - 2).matches("overall\\s+100\\.00\\s+100\\.00\\s+100\\.00\\s+10\\s+10"), with.out());
    }

    @Test
    void ingestWithTheModelStoresTheCompanyAsAnOrganization() throws IOException {
        Path model = trainModel();
        Path article = Files.writeString(tmp.resolve("baltic.txt"), """
                Baltic freight slows

                TALLINN, March 4 -- Shares of Zorvex Haulage fell sharply on Monday after the company cut its
                forecast, analyst Mirela Vantu said.
                """);
        // The trained model replaces the shipped one and has learned the company from the training text.
        Path modelled = tmp.resolve("modelled");
        CliRunner.Result r = CliRunner.run("ingest", "-q", "--store", modelled.toString(), "--ner-model", model.toString(),
                article.toString());
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        assertTrue(organizations(modelled).contains("Zorvex Haulage"), organizations(modelled).toString());
    }

    @Test
    void aMissingModelIsAClearError() {
        CliRunner.Result r = CliRunner.run("eval", "ner", "--conll", "x.conll", "--ner-model", tmp.resolve("none.bin").toString());
        assertEquals(ExitCodes.FAILED, r.exitCode());
        r = CliRunner.run("ingest", "-q", "--store", tmp.resolve("s").toString(), "--ner-model",
                tmp.resolve("none.bin").toString(), tmp.toString());
        assertEquals(ExitCodes.FAILED, r.exitCode());
        assertTrue(r.err().contains("none.bin"), r.err());
        r = CliRunner.run("eval", "events", "--gold", "src/test/resources/eval/events/test", "--ner-model",
                tmp.resolve("none.bin").toString());
        assertEquals(ExitCodes.FAILED, r.exitCode());
        assertTrue(r.err().contains("none.bin"), r.err());
    }

    private static List<String> organizations(Path store) {
        try (KgStore kg = KgStore.open(store)) {
            List<Map<String, String>> rows = new QueryRunner(kg).select(
                    "SELECT ?l WHERE { ?m <https://w3id.org/newskg/ontology#refersTo> ?e . "
                            + "?e a <https://w3id.org/newskg/ontology#Organization> ; "
                            + "<http://www.w3.org/2000/01/rdf-schema#label> ?l }");
            return rows.stream().map(row -> row.get("l")).toList();
        }
    }
}
