package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.NewsKgException;
import org.newskg.extract.TimeMention;
import org.newskg.extract.TimexType;

class TimexEvaluatorTest {

    static final String TML = """
            <?xml version="1.0" ?>
            <TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
            <DOCID>kenya_vote</DOCID>
            <DCT><TIMEX3 tid="t0" type="DATE" value="2022-08-10" temporalFunction="false" functionInDocument="CREATION_TIME">August 10, 2022</TIMEX3></DCT>
            <TEXT>Kenyans <EVENT eid="e1" class="OCCURRENCE">voted</EVENT> <TIMEX3 tid="t1" type="DATE" value="2022-08-09">on Tuesday</TIMEX3>. \
            Results are due <TIMEX3 tid="t2" type="DATE" value="2022-W33">next week</TIMEX3>, \
            <TIMEX3 tid="t3" type="DATE" value="2022-08-15">five days</TIMEX3> after the count began.</TEXT>
            </TimeML>
            """;

    @TempDir
    Path tmp;

    /** "Tuesday" (relaxed match only, right value), "next week" (strict, wrong value), "count" (spurious). */
    private static List<TimeMention> threeFinds(TimeMlDocument d) {
        int tuesday = d.text().indexOf("Tuesday");
        int nextWeek = d.text().indexOf("next week");
        int count = d.text().indexOf("count");
        return List.of(
                new TimeMention(tuesday, tuesday + 7, "Tuesday", 0, TimexType.DATE, "2022-08-09", "t"),
                new TimeMention(nextWeek, nextWeek + 9, "next week", 0, TimexType.DATE, "2022-W34", "t"),
                new TimeMention(count, count + 5, "count", 0, TimexType.DATE, "2022", "t"));
    }

    @Test
    void readsTextOffsetsAndTheCreationDate() throws IOException {
        Path f = Files.writeString(tmp.resolve("kenya.tml"), TML);
        TimeMlDocument d = TimeMlReader.read(f);
        assertEquals(LocalDate.of(2022, 8, 10), d.creationDate());
        assertEquals(3, d.timexes().size());
        TimeMlDocument.Timex t1 = d.timexes().get(0);
        assertEquals("on Tuesday", d.text().substring(t1.begin(), t1.end()));
        assertEquals("2022-08-09", t1.value());
        assertTrue(d.text().startsWith("Kenyans voted on Tuesday."), d.text());
    }

    @Test
    void scoresStrictRelaxedAndValueByHand() throws IOException {
        Path f = Files.writeString(tmp.resolve("kenya.tml"), TML);
        TimeMlDocument d = TimeMlReader.read(f);
        List<TimeMention> found = threeFinds(d);
        TimexEvaluator.Result r = TimexEvaluator.evaluate(List.of(d), (text, dct) -> found);
        // By hand, 3 gold and 3 found: strict 1 match; relaxed 2; value 1 (Tuesday).
        assertEquals(new Prf(1, 2, 2), r.table().rows().get("strict"));
        assertEquals(new Prf(2, 1, 1), r.table().rows().get("relaxed"));
        assertEquals(new Prf(1, 2, 2), r.table().rows().get("value"));
        assertEquals(new Prf(1, 2, 2), r.table().overall());
    }

    @Test
    void errorLinesNameMissesValuesBoundsAndSpuriousFinds() throws IOException {
        TimeMlDocument d = TimeMlReader.read(Files.writeString(tmp.resolve("kenya.tml"), TML));
        List<TimeMention> found = threeFinds(d);
        assertEquals(List.of(
                "kenya.tml  extent  \"on Tuesday\" found \"Tuesday\"",
                "kenya.tml  value   \"next week\" gold 2022-W33 found 2022-W34",
                "kenya.tml  missed  \"five days\" gold 2022-08-15",
                "kenya.tml  wrong   \"count\" found 2022"), TimexErrors.describe(d, found));
    }

    @Test
    void aFileWithoutCreationTimeOrNotXmlIsRefusedByName() throws IOException {
        Path noDct = Files.writeString(tmp.resolve("a.tml"), "<TimeML><TEXT>x</TEXT></TimeML>");
        NewsKgException e = assertThrows(NewsKgException.class, () -> TimeMlReader.read(noDct));
        assertTrue(e.getMessage().contains("a.tml"), e.getMessage());
        Path broken = Files.writeString(tmp.resolve("b.tml"), "<TimeML><TEXT>x</TimeML>");
        assertThrows(NewsKgException.class, () -> TimeMlReader.read(broken));
        assertThrows(NewsKgException.class, () -> TimeMlReader.readDirectory(tmp.resolve("empty")));
    }
}
