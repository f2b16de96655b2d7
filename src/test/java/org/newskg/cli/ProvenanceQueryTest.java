package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.store.KgStore;
import org.newskg.validate.ContractGraph;
import org.newskg.validate.SampleStores;

/** queries/provenance.rq returns the sentence and offsets behind the fact pattern it holds. */
class ProvenanceQueryTest {

    @TempDir
    Path tmp;

    @Test
    void theShippedPatternFindsThePhoneCallSentenceAndOffsets() throws IOException {
        Path store = tmp.resolve("store");
        try (KgStore kg = KgStore.open(store)) {
            var g = ContractGraph.graph();
            kg.replaceArticle(ContractGraph.GRAPH, sink -> g.find().forEachRemaining(sink::triple));
        }
        Path csv = tmp.resolve("p.csv");
        CliRunner.Result r = CliRunner.run("query", "--store", store.toString(), "--format", "csv", "-o", csv.toString(),
                SampleStores.HOME.resolve("queries/provenance.rq").toString());
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        List<String> lines = Files.readAllLines(csv);
        assertEquals("article,sentence,begin,end", lines.get(0));
        assertEquals(2, lines.size(), lines.toString());
        String row = lines.get(1);
        assertTrue(row.startsWith(ContractGraph.ARTICLE.getURI() + ",\"" + ContractGraph.CALL_SENTENCE + "\","), row);
        assertTrue(row.endsWith("," + ContractGraph.begin("phone conversation") + "," + ContractGraph.end("phone conversation")), row);
    }
}
