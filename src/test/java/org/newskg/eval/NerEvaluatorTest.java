package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class NerEvaluatorTest {

    static final String GOLD = """
            -DOCSTART- O

            Kenyan B-MISC
            President O
            William B-PER
            Ruto I-PER
            met O
            Ethiopian B-MISC
            Prime O
            Minister O
            Abiy B-PER
            Ahmed I-PER
            in O
            Nairobi B-LOC
            . O

            The O
            African B-ORG
            Union I-ORG
            welcomed O
            the O
            talks O
            . O
            """;

    @Test
    void scoresExactSpanAndTypeMatchesPerTypeAndOverall() throws IOException {
        List<ConllSentence> gold = ConllReaderTest.parse(GOLD);
        // A finder that gets Ruto and Nairobi right, Abiy's span wrong (one token), types "Union" as LOC,
        // and misses both MISC names.
        DocumentNameFinder finder = sentences -> List.of(
                new Span[] {new Span(2, 4, "PER"), new Span(8, 9, "PER"), new Span(11, 12, "LOC")},
                new Span[] {new Span(1, 3, "LOC")});
        NerEvaluator.Result r = NerEvaluator.evaluate(gold, finder);
        Map<String, Prf> rows = r.table().rows();
        // By hand: PER tp=1 fp=1 fn=1; LOC tp=1 fp=1 fn=0; ORG tp=0 fp=0 fn=1; MISC fn=2.
        assertEquals(new Prf(1, 1, 1), rows.get("PER"));
        assertEquals(new Prf(1, 1, 0), rows.get("LOC"));
        assertEquals(new Prf(0, 0, 1), rows.get("ORG"));
        assertEquals(new Prf(0, 0, 2), rows.get("MISC"));
        Prf all = r.table().overall();
        assertEquals(new Prf(2, 2, 4), all);
        assertEquals(0.5, all.precision(), 1e-9);
        assertEquals(2.0 / 6, all.recall(), 1e-9);
        assertEquals(0.4, all.f1(), 1e-9);
        assertEquals(20, r.tokens());

        StringWriter sw = new StringWriter();
        r.table().print(new PrintWriter(sw));
        List<String> lines = sw.toString().lines().toList();
        String last = lines.get(lines.size() - 1);
        assertTrue(last.matches("overall\\s+50\\.00\\s+33\\.33\\s+40\\.00\\s+6\\s+4"), last);
    }

    @Test
    void theFinderSeesWholeDocuments() throws IOException {
        List<ConllSentence> gold = ConllReaderTest.parse(GOLD + "\n-DOCSTART- O\n\nOslo B-LOC\n");
        List<Integer> sizes = new ArrayList<>();
        NerEvaluator.evaluate(gold, sentences -> {
            sizes.add(sentences.size());
            return sentences.stream().map(s -> new Span[0]).toList();
        });
        assertEquals(List.of(2, 1), sizes);
    }
}
