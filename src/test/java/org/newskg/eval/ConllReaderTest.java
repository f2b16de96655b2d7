package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;
import org.newskg.NewsKgException;

class ConllReaderTest {

    static List<ConllSentence> parse(String s) throws IOException {
        return ConllReader.read(new BufferedReader(new StringReader(s)), "test.conll");
    }

    @Test
    void readsIob1AsInTheOriginalConll2003Files() throws IOException {
        // In IOB1 a name starts with I- and B- only separates two adjacent names of the same type.
        List<ConllSentence> s = parse("""
                -DOCSTART- -X- -X- O

                EU NNP B-NP I-ORG
                rejects VBZ B-VP O
                German JJ B-NP I-MISC
                call NN I-NP O
                Peter NNP B-NP I-PER
                Blackburn NNP I-NP I-PER
                Anna NNP I-NP B-PER
                """);
        assertEquals(1, s.size());
        assertTrue(s.get(0).documentStart());
        assertEquals(List.of(new Span(0, 1, "ORG"), new Span(2, 3, "MISC"), new Span(4, 6, "PER"), new Span(6, 7, "PER")),
                s.get(0).names());
    }

    @Test
    void readsIob2WithTwoColumnsAndMapsLongTypeNames() throws IOException {
        List<ConllSentence> s = parse("""
                Angela B-PERSON
                Merkel I-PERSON
                visited O
                Nairobi B-LOCATION
                .\tO

                Toyota B-ORGANIZATION
                """);
        assertEquals(2, s.size());
        assertEquals(List.of(new Span(0, 2, "PER"), new Span(3, 4, "LOC")), s.get(0).names());
        assertEquals(List.of(new Span(0, 1, "ORG")), s.get(1).names());
        assertTrue(!s.get(1).documentStart());
    }

    @Test
    void aTypeChangeInsideIStartsANewName() throws IOException {
        List<ConllSentence> s = parse("Paris I-LOC\nSaint-Germain I-ORG\n");
        assertEquals(List.of(new Span(0, 1, "LOC"), new Span(1, 2, "ORG")), s.get(0).names());
    }

    @Test
    void aMalformedTagIsReportedWithTheFileName() {
        NewsKgException e = assertThrows(NewsKgException.class, () -> parse("Paris X-LOC\n"));
        assertTrue(e.getMessage().contains("test.conll"), e.getMessage());
        assertThrows(NewsKgException.class, () -> parse("lonelytoken\n"));
    }
}
