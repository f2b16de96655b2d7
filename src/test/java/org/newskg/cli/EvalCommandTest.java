package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kg eval ner} and {@code kg eval timex} as a user runs them, on small gold files scored by hand. */
class EvalCommandTest {

    /**
     * Two documents in IOB2; every name is one a reader sees, one ("Zorvex Haulage") no finder knows (no company cue
     * before or after it: "Shares of" would be one).
     */
    static final String IOB2 = """
            -DOCSTART- -X- O O

            Kenyan JJ B-NP B-MISC
            President NNP I-NP O
            William NNP I-NP B-PER
            Ruto NNP I-NP I-PER
            met VBD B-VP O
            Ethiopian JJ B-NP B-MISC
            Prime NNP I-NP O
            Minister NNP I-NP O
            Abiy NNP I-NP B-PER
            Ahmed NNP I-NP I-PER
            in IN B-PP O
            Nairobi NNP B-NP B-LOC
            on IN B-PP O
            Tuesday NNP B-NP O
            . . O O

            The DT B-NP O
            African NNP I-NP B-ORG
            Union NNP I-NP I-ORG
            welcomed VBD B-VP O
            the DT B-NP O
            talks NNS I-NP O
            , , O O
            Reuters NNP B-NP B-ORG
            reported VBD B-VP O
            . . O O

            -DOCSTART- -X- O O

            Trucks O
            of O
            Zorvex B-ORG
            Haulage I-ORG
            fell O
            in O
            Tallinn B-LOC
            , O
            said O
            analyst O
            Mirela B-PER
            Vantu I-PER
            . O
            """;

    @TempDir
    Path tmp;

    @Test
    void evalNerPrintsPerTypeScoresAndOverallLastThenThroughput() throws IOException {
        Path gold = Files.writeString(tmp.resolve("gold.conll"), IOB2);
        // The knowledge base and patterns alone, whose output is computed by hand below; the default
        // model's output on the same file is checked for its shape only.
        CliRunner.Result r = CliRunner.run("eval", "ner", "--conll", gold.toString(), "--no-model");
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        CliRunner.Result withModel = CliRunner.run("eval", "ner", "--conll", gold.toString());
        assertTrue(withModel.out().lines().anyMatch(l -> l.matches("overall(\\s+[\\d.]+){3}\\s+10\\s+\\d+")), withModel.out());
        // By hand: 10 gold names; all found with the right span and type except Zorvex Haulage (ORG).
        // ORG: tp=2 fp=0 fn=1 -> P 100, R 66.67, F1 2*1*(2/3)/(1+2/3) = 80.00.
        // overall: tp=9 fp=0 fn=1 -> P 100, R 90, F1 2*0.9/1.9 = 94.74.
        List<String> lines = r.out().lines().toList();
        assertTrue(row(lines, "PER").matches("PER\\s+100\\.00\\s+100\\.00\\s+100\\.00\\s+3\\s+3"), r.out());
        assertTrue(row(lines, "LOC").matches("LOC\\s+100\\.00\\s+100\\.00\\s+100\\.00\\s+2\\s+2"), r.out());
        assertTrue(row(lines, "MISC").matches("MISC\\s+100\\.00\\s+100\\.00\\s+100\\.00\\s+2\\s+2"), r.out());
        assertTrue(row(lines, "ORG").matches("ORG\\s+100\\.00\\s+66\\.67\\s+80\\.00\\s+3\\s+2"), r.out());
        String overall = lines.get(lines.size() - 2);
        assertTrue(overall.matches("overall\\s+100\\.00\\s+90\\.00\\s+94\\.74\\s+10\\s+9"), r.out());
        assertTrue(lines.get(lines.size() - 1).matches("throughput \\d+ tokens/s \\(38 tokens\\)"), r.out());
    }

    @Test
    void iob1TagsGiveTheSameScoresAndAdjacentNamesSplitOnB() throws IOException {
        // IOB1: names start with I-; B- only where a name directly follows another of the same type.
        String iob1 = IOB2.replaceAll("B-(\\w+)\n", "I-$1\n").replace("""
                Nairobi NNP B-NP I-LOC
                on IN B-PP O""", """
                Nairobi NNP B-NP I-LOC
                Mombasa NNP B-NP B-LOC
                on IN B-PP O""");
        assertTrue(iob1.contains("Mombasa NNP B-NP B-LOC") && !iob1.contains("B-PER"), iob1);
        Path gold = Files.writeString(tmp.resolve("iob1.conll"), iob1);
        // The knowledge base and patterns alone, as in the test above, whose rows are computed by hand.
        CliRunner.Result r = CliRunner.run("eval", "ner", "--conll", gold.toString(), "--no-model");
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        // "Nairobi Mombasa" is two gold LOC names (B- splits them). The recognizer sees a run of two city
        // names; whatever it finds there, the gold LOC count must be 3 and the other rows unchanged.
        List<String> lines = r.out().lines().toList();
        assertTrue(row(lines, "LOC").matches("LOC\\s+[\\d.]+\\s+[\\d.]+\\s+[\\d.]+\\s+3\\s+\\d+"), r.out());
        assertTrue(row(lines, "ORG").matches("ORG\\s+100\\.00\\s+66\\.67\\s+80\\.00\\s+3\\s+2"), r.out());
        assertTrue(row(lines, "PER").matches("PER\\s+100\\.00\\s+100\\.00\\s+100\\.00\\s+3\\s+3"), r.out());
    }

    @Test
    void aMalformedLineIsReportedWithFileAndLine() throws IOException {
        Path bad = Files.writeString(tmp.resolve("bad.conll"), "-DOCSTART- O\n\nOslo B-LOC\nis X-VERB\n");
        CliRunner.Result r = CliRunner.run("eval", "ner", "--conll", bad.toString());
        assertEquals(ExitCodes.FAILED, r.exitCode());
        assertTrue(r.err().contains("kg eval ner: " + bad + ":4: tag 'X-VERB'"), r.err());

        Path lonely = Files.writeString(tmp.resolve("lonely.conll"), "Oslo B-LOC\n\nlonelytoken\n");
        r = CliRunner.run("eval", "ner", "--conll", lonely.toString());
        assertEquals(ExitCodes.FAILED, r.exitCode());
        assertTrue(r.err().contains(lonely + ":3:"), r.err());
    }

    @Test
    void aMissingFileIsAClearError() {
        CliRunner.Result r = CliRunner.run("eval", "ner", "--conll", tmp.resolve("nope.conll").toString());
        assertEquals(ExitCodes.FAILED, r.exitCode());
        assertTrue(r.err().contains("nope.conll"), r.err());
        r = CliRunner.run("eval", "timex", "--timeml", tmp.resolve("none").toString());
        assertEquals(ExitCodes.FAILED, r.exitCode());
        assertTrue(r.err().contains("none"), r.err());
        assertEquals(ExitCodes.USAGE, CliRunner.run("eval", "ner").exitCode());
    }

    /** TimeML: "on" is a SIGNAL outside TIMEX3, as the TimeML guidelines say. */
    static final String TML = """
            <?xml version="1.0" ?>
            <TimeML>
            <DOCID>kenya_vote</DOCID>
            <DCT><TIMEX3 tid="t0" type="DATE" value="2022-08-10" temporalFunction="false" functionInDocument="CREATION_TIME">August 10, 2022</TIMEX3></DCT>
            <TEXT>Kenyans voted on <TIMEX3 tid="t1" type="DATE" value="2022-08-09">Tuesday</TIMEX3>. Results are due <TIMEX3 tid="t2" type="DATE" value="2022-W33">next week</TIMEX3>, the commission said <TIMEX3 tid="t3" type="DATE" value="PRESENT_REF">now</TIMEX3>. Turnout was lower than in <TIMEX3 tid="t4" type="DATE" value="2017">2017</TIMEX3> and in <TIMEX3 tid="t5" type="DATE" value="199">the 1990s</TIMEX3>, observers said <TIMEX3 tid="t6" type="TIME" value="2022-08-10TMO">Wednesday morning</TIMEX3>. The <TIMEX3 tid="t7" type="DURATION" value="P3D">three-day</TIMEX3> count began <TIMEX3 tid="t8" type="DATE" value="2022-08-08">the day before yesterday</TIMEX3>; rallies had ended <TIMEX3 tid="t9" type="DATE" value="2022-08-04">four days earlier</TIMEX3>, and parties will meet again <TIMEX3 tid="t10" type="DATE" value="2022-W32-WE">the coming weekend</TIMEX3>. Observers called the campaign a year of hope.</TEXT>
            </TimeML>
            """;

    @Test
    void evalTimexScoresSpansAndValuesAgainstTheCreationDate() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("tml/sub"));
        Files.writeString(dir.resolve("kenya.tml"), TML);
        CliRunner.Result r = CliRunner.run("eval", "timex", "--errors", "--timeml", tmp.resolve("tml").toString());
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        List<String> lines = r.out().lines().toList();
        // By hand, 10 gold (Wednesday 10 August 2022 is in ISO week 32, and so is the weekend after it). Found
        // 11: all 10 with their values ("four days earlier" counts from "the day before yesterday", the story's
        // last date), and "a year" of "a year of hope", which is no time: relaxed, strict and value tp=10 fp=1
        // fn=0 -> 90.91 / 100 / 2*0.9091/1.9091 = 95.24.
        for (String type : List.of("relaxed", "strict", "overall")) {
            assertTrue(row(lines, type).matches(type + "\\s+90\\.91\\s+100\\.00\\s+95\\.24\\s+10\\s+11"), r.out());
        }
        assertTrue(lines.get(lines.size() - 1).startsWith("throughput "), r.out());
        assertTrue(lines.contains("kenya.tml  wrong   \"a year\" found P1Y"), r.out());
        assertEquals(1, lines.stream().filter(l -> l.startsWith("kenya.tml")).count(), r.out());
    }

    @Test
    void theShippedGoldArticlesScoreAsDocumented() {
        // docs/evaluation.md reports these figures; a drop below the floors means recognition got worse.
        Path eval = Path.of("src/test/resources/eval");
        assertTrue(overallF1("ner", "--conll", eval.resolve("articles.conll").toString()) >= 95.0);
        assertTrue(overallF1("ner", "--conll", eval.resolve("heldout.conll").toString()) >= 80.0);
        assertTrue(overallF1("timex", "--timeml", eval.resolve("timeml/dev").toString()) >= 90.0);
    }

    private static double overallF1(String... args) {
        String[] full = new String[args.length + 1];
        full[0] = "eval";
        System.arraycopy(args, 0, full, 1, args.length);
        CliRunner.Result r = CliRunner.run(full);
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        List<String> lines = r.out().lines().toList();
        String overall = lines.get(lines.size() - 2);
        assertTrue(overall.startsWith("overall "), r.out());
        double f1 = Double.parseDouble(overall.trim().split("\\s+")[3]);
        System.out.println("eval " + String.join(" ", args) + ": overall F1 " + f1);
        return f1;
    }

    @Test
    void helpDescribesEveryOption() {
        String ner = CliRunner.run("eval", "ner", "--help").out();
        for (String option : List.of("--conll", "--ner-model", "--data")) {
            assertTrue(ner.contains(option), option + " missing:\n" + ner);
        }
        String timex = CliRunner.run("eval", "timex", "--help").out();
        assertTrue(timex.contains("--timeml") && timex.contains("--data"), timex);
        String train = CliRunner.run("train-ner", "--help").out();
        for (String option : List.of("--conll", "--output", "--iterations", "--cutoff")) {
            assertTrue(train.contains(option), option + " missing:\n" + train);
        }
    }

    static String row(List<String> lines, String type) {
        return lines.stream().filter(l -> l.startsWith(type + " ")).findFirst().orElse("");
    }
}
