package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kg eval events} as a user runs it. The scores on the gold stories change as extraction improves, so
 * only the shape of the output is asserted here; the scoring itself is tested in {@code EventEvaluatorTest}.
 */
class EvalEventsCommandTest {

    static final Path GOLD = Path.of("src/test/resources/eval/events");
    static final String NUMBERS = "\\s+\\d+\\.\\d\\d\\s+\\d+\\.\\d\\d\\s+\\d+\\.\\d\\d\\s+";

    @TempDir
    Path tmp;

    @Test
    void theGoldStoriesGiveATableRowPerTypeAndPerField() {
        CliRunner.Result r = CliRunner.run("eval", "events", "--errors", "--gold", GOLD.toString());
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        List<String> lines = r.out().lines().toList();
        int types = lines.indexOf(lines.stream().filter(l -> l.matches("type\\s+precision\\s+recall\\s+f1\\s+gold\\s+found")).findFirst().orElse(""));
        int fields = lines.indexOf(lines.stream().filter(l -> l.matches("field\\s+precision\\s+recall\\s+f1\\s+gold\\s+found")).findFirst().orElse(""));
        assertTrue(types >= 0 && fields > types, r.out());
        // Before the tables, only error lines.
        lines.subList(0, types).forEach(l -> assertTrue(l.matches("(missed  |spurious|wrong   ) \\S+\\.txt  .*"), l));
        List<String> typeRows = lines.subList(types + 1, fields);
        for (String type : List.of("Agreement", "Meeting", "PhoneCall", "Summit", "Visit", "Disapproval", "Fight")) {
            assertTrue(typeRows.stream().anyMatch(l -> l.matches(type + NUMBERS + "\\d+\\s+\\d+")), type + " missing:\n" + r.out());
        }
        List<String> fieldRows = lines.subList(fields + 1, lines.size());
        // 2321 gold events: 93 in dev/gold.tsv, 64 in dev2/gold.tsv, 68 in dev3/gold.tsv, 70 in dev4/gold.tsv, 79 in dev5/gold.tsv,
        // 67 in dev6/gold.tsv, 72 in dev7/gold.tsv, 75 in dev8/gold.tsv, 84 in dev9/gold.tsv, 94 in dev10/gold.tsv,
        // 105 in dev11/gold.tsv, 103 in dev12/gold.tsv, 96 in dev13/gold.tsv, 89 in dev14/gold.tsv, 100 in dev15/gold.tsv,
        // 80 in dev16/gold.tsv, 91 in dev17/gold.tsv, 105 in dev18/gold.tsv, 107 in dev19/gold.tsv, 117 in dev20/gold.tsv,
        // 79 in dev21/gold.tsv, 81 in dev22/gold.tsv, 88 in dev23/gold.tsv, 86 in dev24/gold.tsv,
        // 93 in dev25/gold.tsv, 83 in dev26/gold.tsv, 52 in test/gold.tsv.
        List<String> names = List.of("event", "type", "participants", "roles", "place", "date", "status", "all fields right", "overall");
        for (int i = 0; i < names.size(); i++) {
            assertTrue(fieldRows.get(i).matches(names.get(i) + NUMBERS + "2321\\s+\\d+"), fieldRows.get(i) + "\n" + r.out());
        }
        assertTrue(fieldRows.get(names.size()).matches("throughput \\d+ words/s \\(\\d+ words, 192 stories\\)"), r.out());
    }

    @Test
    void aGoldNameMatchesAnyKnowledgeBaseNameOfTheFoundEntity() throws IOException {
        // "The Chinese government" is the entity the knowledge base labels "People's Republic of China", alias "China"
        Files.writeString(tmp.resolve("xinhua-2001-05-08-a.txt"),
                "BEIJING, May 8 (Xinhua) - The Chinese government and Russia signed an agreement on energy cooperation on Monday.\n");
        Files.writeString(tmp.resolve("gold.tsv"), "xinhua-2001-05-08-a.txt\tsigned an agreement"
                + "\tAgreement\t057\tChina|Russia\tBeijing\t2001-05-07\thappened\n");
        CliRunner.Result r = CliRunner.run("eval", "events", "--errors", "--gold", tmp.toString());
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("participants\\s+100\\.00\\s+100\\.00\\s+100\\.00\\s+1\\s+1")), r.out());
    }

    @Test
    void aBadGoldLineIsRefusedWithFileAndLine() throws IOException {
        Files.writeString(tmp.resolve("a.txt"), "OSLO, May 7 (AFP) - Ana Lima met Boris Petrov on Monday.\n");
        Path gold = Files.writeString(tmp.resolve("gold.tsv"), "# a comment\n"
                + "a.txt\tAna Lima met Boris Petrov\tMeeting\t040\tAna Lima|Boris Petrov\t-\t2001-05-07\thappened\n"
                + "a.txt\tAna Lima met Boris Petrov\tMeeting\t40x\tAna Lima|Boris Petrov\t-\t2001-05-07\thappened\n");
        CliRunner.Result r = CliRunner.run("eval", "events", "--gold", tmp.toString());
        assertEquals(ExitCodes.FAILED, r.exitCode());
        assertTrue(r.err().contains(gold + ":3: CAMEO code '40x'"), r.err());

        r = CliRunner.run("eval", "events", "--gold", tmp.resolve("none").toString());
        assertEquals(ExitCodes.FAILED, r.exitCode());
        assertTrue(r.err().contains("none"), r.err());
        assertEquals(ExitCodes.USAGE, CliRunner.run("eval", "events").exitCode());
    }

    @Test
    void helpDescribesEveryOption() {
        String help = CliRunner.run("eval", "events", "--help").out();
        for (String option : List.of("--gold", "--errors", "--data", "all fields right", "FILE:LINE")) {
            assertTrue(help.contains(option), option + " missing:\n" + help);
        }
        assertTrue(CliRunner.run("eval", "--help").out().contains("events"));
    }
}
