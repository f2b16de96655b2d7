package org.newskg.nercorpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;
import org.newskg.NewsKgException;
import org.newskg.eval.ConllReader;
import org.newskg.eval.ConllSentence;

/** The readers of the NER corpora, on small samples written for the test in each corpus's own format. */
class CorpusReadersTest {

    @Test
    void unerMapsOthToMiscDropsStrayBOTagsAndStartsDocumentsAtNewdoc() throws IOException {
        String uner = """
                # newdoc id = blog-1
                # sent_id = blog-1-0001
                # text = Kenyan runner Faith Chepkoech won in Oslo.
                1\tKenyan\tB-OTH\t-\tann
                2\trunner\tB-O\t-\tann
                3\tFaith\tB-PER\t-\tann
                4\tChepkoech\tI-PER\t-\tann
                5\twon\tO
                6\tin\tO
                7\tOslo\tB-LOC\t-\tann
                8\t.\tO

                # sent_id = blog-1-0002
                1\tShe\tO
                2\tthanked\tO
                3\tAthletics\tB-ORG\t-\tann
                4\tKenya\tI-ORG\t-\tann

                # newdoc id = blog-2
                1\tHello\tO
                """;
        List<ConllSentence> s = UnerReader.read(new BufferedReader(new StringReader(uner)), "sample");
        assertEquals(3, s.size());
        assertEquals(List.of(new Span(0, 1, "MISC"), new Span(2, 4, "PER"), new Span(6, 7, "LOC")), s.get(0).names());
        assertEquals(List.of(new Span(2, 4, "ORG")), s.get(1).names());
        assertEquals(List.of(true, false, true), s.stream().map(ConllSentence::documentStart).toList());
        assertThrows(NewsKgException.class, () -> UnerReader.read(new BufferedReader(new StringReader("1 Oslo B-LOC\n")), "bad"));
    }

    @Test
    void btcMakesEachTweetADocumentAndDropsWhitespaceTokens() {
        List<String> lines = List.of("Flooding\tO", "in\tO", "Dhaka\tB-LOC", " \tO", "#rain\tO", "", "@NHK_World\tB-ORG",
                "reports\tO", "");
        List<ConllSentence> tweets = BtcReader.read(lines, "tweets");
        assertEquals(2, tweets.size());
        assertEquals(List.of("Flooding", "in", "Dhaka", "#rain"), tweets.get(0).tokens());
        assertEquals(List.of(new Span(2, 3, "LOC")), tweets.get(0).names());
        assertTrue(tweets.stream().allMatch(ConllSentence::documentStart));
    }

    @Test
    void gumKeepsIdentifiedProperNameMentionsWithoutDeterminersAndTagsNationalityAdjectives() {
        // "The Danube Commission met Austrian delegates in Vienna ." with GUM-style entity brackets:
        // the commission (identified, PROPN head) and Vienna are names; "Austrian delegates" is a common noun.
        String[] rows = {
            "1\tThe\tthe\tDET\tDT\t_\t3\tdet\t_\tEntity=(1-organization-new-sssss-cf1-2,3-sgl-Danube_Commission",
            "2\tDanube\tDanube\tPROPN\tNNP\t_\t3\tcompound\t_\t_",
            "3\tCommission\tCommission\tPROPN\tNNP\t_\t4\tnsubj\t_\tEntity=1)",
            "4\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_",
            "5\tAustrian\tAustrian\tADJ\tJJ\t_\t6\tamod\t_\tEntity=(2-person-new-sssss-cf2-2-sgl",
            "6\tdelegates\tdelegate\tNOUN\tNNS\t_\t4\tobj\t_\tEntity=2)",
            "7\tin\tin\tADP\tIN\t_\t8\tcase\t_\t_",
            "8\tVienna\tVienna\tPROPN\tNNP\t_\t4\tobl\t_\tEntity=(3-place-new-sssss-cf3-1-sgl-Vienna)",
            "9\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_"};
        List<String> lines = new ArrayList<>(List.of("# newdoc id = GUM_news_sample"));
        lines.addAll(List.of(rows));
        lines.add("");
        List<ConllSentence> s = GumReader.read(lines, "sample");
        assertEquals(1, s.size());
        assertEquals(List.of(new Span(1, 3, "ORG"), new Span(4, 5, "MISC"), new Span(7, 8, "LOC")), s.get(0).names());
        assertTrue(s.get(0).documentStart());
    }

    @Test
    void splitKeepsDocumentsWholeAndWriterRoundTripsThroughTheConllReader() throws IOException {
        List<ConllSentence> docs = new ArrayList<>();
        for (int d = 0; d < 20; d++) {
            docs.add(new ConllSentence(List.of("Mayor", "Okonkwo", "spoke", "."), List.of(new Span(1, 2, "PER")), true));
            docs.add(new ConllSentence(List.of("In", "Enugu", "."), List.of(new Span(1, 2, "LOC")), false));
        }
        Map<String, List<ConllSentence>> parts = Split.byDocument(docs);
        assertEquals(List.of(32, 4, 4), List.of(parts.get("train").size(), parts.get("dev").size(), parts.get("test").size()));
        assertTrue(parts.get("dev").get(0).documentStart());
        StringWriter out = new StringWriter();
        ConllWriter.write(out, parts.get("test"));
        assertTrue(out.toString().startsWith("-DOCSTART- O\n\nMayor O\nOkonkwo B-PER\n"), out.toString());
        java.nio.file.Path tmp = java.nio.file.Files.createTempFile("split", ".conll");
        try {
            java.nio.file.Files.writeString(tmp, out.toString());
            assertEquals(parts.get("test"), ConllReader.read(tmp));
        } finally {
            java.nio.file.Files.delete(tmp);
        }
    }
}
