package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.NewsKgException;

class EventGoldReaderTest {

    static final String STORY = """
            Published: 10:00, May 7, 2001
            Lima and Petrov meet in Oslo
            By AFP

            OSLO, May 7 (AFP) - Brazilian Foreign Minister Ana Lima met her Bulgarian counterpart Boris Petrov in Oslo on Monday.
            Lima will visit Sofia next month. The two ministers met for the first time in 1999.
            """;

    static final String HEADER = "# story\ttext\ttype\tcameo\tparticipants\tplace\tdate\tstatus\n";

    @TempDir
    Path tmp;

    private Path write(String folder, String gold) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve(folder));
        Files.writeString(dir.resolve("oslo.txt"), STORY);
        return Files.writeString(dir.resolve("gold.tsv"), HEADER + gold);
    }

    @Test
    void readsTellingsAlternativesRolesAndNone() throws IOException {
        write("dev", """
                oslo.txt\tAna Lima met her Bulgarian counterpart|The two ministers met\tMeeting/Summit\t044\tAna Lima|Boris Petrov/Q99\tOslo/Norway\t2001-05-07\thappened

                oslo.txt\tLima will visit Sofia\tVisit\t042\tsrc:Ana Lima|tgt:Bulgaria\tSofia\t2001-06\tplanned
                """);
        write("test/sub", "oslo.txt\tmet for the first time in 1999\tMeeting\t04\t-\t-\t-\thappened\n");
        List<GoldEvent> gold = EventGoldReader.read(tmp);
        assertEquals(3, gold.size());
        GoldEvent meeting = gold.get(0);
        assertEquals(List.of("Ana Lima met her Bulgarian counterpart", "The two ministers met"), meeting.tellings());
        assertEquals(List.of("Meeting", "Summit"), meeting.types());
        assertEquals("04", meeting.root());
        assertEquals(List.of("Boris Petrov", "Q99"), meeting.actors().get(1).names());
        assertEquals(GoldEvent.Role.UNMARKED, meeting.actors().get(0).role());
        assertEquals(List.of("Oslo", "Norway"), meeting.places());
        assertTrue(meeting.where().endsWith("dev/gold.tsv:2"), meeting.where());
        assertFalse(meeting.planned());
        GoldEvent visit = gold.get(1);
        assertEquals(GoldEvent.Role.SOURCE, visit.actors().get(0).role());
        assertEquals(GoldEvent.Role.TARGET, visit.actors().get(1).role());
        assertEquals(List.of("Bulgaria"), visit.actors().get(1).names());
        assertTrue(visit.planned());
        assertTrue(visit.where().endsWith("gold.tsv:4"), visit.where());
        GoldEvent old = gold.get(2);
        assertTrue(old.actors().isEmpty() && old.places().isEmpty() && old.dates().isEmpty());
        assertEquals(tmp.resolve("test/sub/oslo.txt").toAbsolutePath(), old.story());
        assertEquals(2, EventGoldReader.read(tmp.resolve("dev/gold.tsv")).size());
    }

    @Test
    void aBadLineIsRefusedWithFileAndLine() throws IOException {
        String good = "oslo.txt\tLima will visit Sofia\tVisit\t042\tsrc:Ana Lima\tSofia\t2001-06\tplanned\n";
        List<String[]> cases = List.of(
                new String[] {"oslo.txt\tLima will visit Sofia\tVisit\t042\tAna Lima\tSofia\t2001-06\n", "expected 8"},
                new String[] {"oslo.txt\tLima will travel to Sofia\tVisit\t042\tAna Lima\tSofia\t2001-06\tplanned\n", "does not occur"},
                new String[] {"nowhere.txt\tLima will visit Sofia\tVisit\t042\tAna Lima\tSofia\t2001-06\tplanned\n", "nowhere.txt"},
                new String[] {"oslo.txt\tLima will visit Sofia\tVisit\t21\tAna Lima\tSofia\t2001-06\tplanned\n", "CAMEO code '21'"},
                new String[] {"oslo.txt\tLima will visit Sofia\tvisit\t042\tAna Lima\tSofia\t2001-06\tplanned\n", "type 'visit'"},
                new String[] {"oslo.txt\tLima will visit Sofia\tVisit\t042\tAna Lima\tSofia\tJune 2001\tplanned\n", "date 'June 2001'"},
                new String[] {"oslo.txt\tLima will visit Sofia\tVisit\t042\tAna Lima\tSofia\t2001-06\tlikely\n", "status 'likely'"},
                new String[] {"oslo.txt\tLima will visit Sofia\tVisit\t042\tsrc:\tSofia\t2001-06\tplanned\n", "has no name"});
        for (int i = 0; i < cases.size(); i++) {
            Path file = write("bad" + i, good + cases.get(i)[0]);
            NewsKgException e = assertThrows(NewsKgException.class, () -> EventGoldReader.read(file.getParent()));
            assertTrue(e.getMessage().startsWith(file + ":3: "), e.getMessage());
            assertTrue(e.getMessage().contains(cases.get(i)[1]), e.getMessage());
        }
        assertThrows(NewsKgException.class, () -> EventGoldReader.read(tmp.resolve("missing")));
        Files.createDirectories(tmp.resolve("empty"));
        NewsKgException none = assertThrows(NewsKgException.class, () -> EventGoldReader.read(tmp.resolve("empty")));
        assertTrue(none.getMessage().contains("no gold.tsv"), none.getMessage());
    }
}
