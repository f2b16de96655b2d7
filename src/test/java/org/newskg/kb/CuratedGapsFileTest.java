package org.newskg.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Guards the shape of the hand-curated KB gap files that the importer reads: the fixed header, the
 * column count, QID and date syntax, the sort order, and the evidence each row must carry. A row
 * written by hand with a typo (a missing tab, "Q 123", a start after its end) fails here, naming the
 * file and line, before the importer ever sees it.
 */
class CuratedGapsFileTest {

    private static final Path CURATED =
            Path.of(System.getProperty("newskg.home", ".")).resolve("data/kb/curated");
    private static final String HEADER =
            "qid\tlabel\ttype\taliases\tcountry_qid\tposition\tof_qid\tstart\tend\tevidence_1\tevidence_2";
    private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");
    private static final Pattern DATE = Pattern.compile("\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?");
    private static final Set<String> TYPES = Set.of("Person", "Organization", "NewsAgency", "Company", "Country", "HistoricalCountry");

    /** One data line of a curated file, with its line number for messages. */
    private record Row(String file, int line, List<String> cells) {
        String at() {
            return file + ":" + line + ": ";
        }

        String cell(int i) {
            return cells.get(i);
        }

        long qidNumber() {
            return Long.parseLong(cell(0).substring(1));
        }
    }

    private static List<Row> read(String name) throws IOException {
        List<String> lines = Files.readAllLines(CURATED.resolve(name), StandardCharsets.UTF_8);
        int i = 0;
        while (i < lines.size() && lines.get(i).startsWith("#")) {
            i++;
        }
        assertTrue(i < lines.size(), name + ": no header line after the comments");
        assertEquals(HEADER, lines.get(i), name + ":" + (i + 1) + ": header");
        List<Row> rows = new ArrayList<>();
        for (int n = i + 1; n < lines.size(); n++) {
            String line = lines.get(n);
            assertFalse(line.isBlank() || line.startsWith("#"), name + ":" + (n + 1) + ": blank or comment line among the rows");
            rows.add(new Row(name, n + 1, List.of(line.split("\t", -1))));
        }
        assertFalse(rows.isEmpty(), name + ": no rows");
        return rows;
    }

    @ParameterizedTest
    @ValueSource(strings = {"gaps.tsv", "unconfirmed.tsv"})
    void everyRowHasElevenWellFormedCells(String file) throws IOException {
        for (Row r : read(file)) {
            assertEquals(11, r.cells().size(), r.at() + "column count");
            for (String cell : r.cells()) {
                assertEquals(cell.strip(), cell, r.at() + "cell with surrounding blanks: '" + cell + "'");
            }
            assertTrue(QID.matcher(r.cell(0)).matches(), r.at() + "bad qid " + r.cell(0));
            assertFalse(r.cell(1).isEmpty(), r.at() + "empty label");
            assertTrue(TYPES.contains(r.cell(2)), r.at() + "unknown type " + r.cell(2));
            if (!r.cell(3).isEmpty()) {
                for (String alias : r.cell(3).split("\\|", -1)) {
                    assertFalse(alias.isBlank(), r.at() + "empty alias in '" + r.cell(3) + "'");
                }
            }
            for (int c : new int[] {4, 6}) {
                assertTrue(r.cell(c).isEmpty() || QID.matcher(r.cell(c)).matches(), r.at() + "bad qid " + r.cell(c));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"gaps.tsv", "unconfirmed.tsv"})
    void anOfficeNamesItsCountryAndHasOrderedDates(String file) throws IOException {
        for (Row r : read(file)) {
            boolean office = !r.cell(5).isEmpty();
            assertEquals(office, !r.cell(6).isEmpty(), r.at() + "position and of_qid go together");
            assertTrue(office || r.cell(2).equals("HistoricalCountry") || (r.cell(7).isEmpty() && r.cell(8).isEmpty()),
                    r.at() + "dates without an office (only a historical country's row dates the state itself)");
            if (office) {
                assertFalse(r.cell(7).isEmpty(), r.at() + "an office without a start date");
            }
            for (int c : new int[] {7, 8}) {
                assertTrue(r.cell(c).isEmpty() || DATE.matcher(r.cell(c)).matches(), r.at() + "bad date " + r.cell(c));
            }
            if (!r.cell(8).isEmpty()) {
                // ISO dates of the same precision order as strings; a year-only end compares by its year.
                String start = r.cell(7);
                String end = r.cell(8);
                int len = Math.min(start.length(), end.length());
                assertTrue(start.substring(0, len).compareTo(end.substring(0, len)) <= 0, r.at() + "start after end");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"gaps.tsv", "unconfirmed.tsv"})
    void rowsAreSortedByQidNumberThenStartAndNotRepeated(String file) throws IOException {
        List<Row> rows = read(file);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            assertTrue(seen.add(r.cell(0) + "|" + r.cell(5) + "|" + r.cell(7)), r.at() + "repeated (qid, position, start)");
            if (i > 0) {
                Row p = rows.get(i - 1);
                boolean ordered = p.qidNumber() < r.qidNumber()
                        || (p.qidNumber() == r.qidNumber() && p.cell(7).compareTo(r.cell(7)) <= 0);
                assertTrue(ordered, r.at() + "out of order after " + p.cell(0) + " " + p.cell(7));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"gaps.tsv", "unconfirmed.tsv"})
    void theRowsOfOneEntityAgreeOnWhoItIs(String file) throws IOException {
        Map<String, List<String>> identity = new HashMap<>();
        for (Row r : read(file)) {
            List<String> who = List.of(r.cell(1), r.cell(2), r.cell(3), r.cell(4));
            List<String> first = identity.putIfAbsent(r.cell(0), who);
            assertTrue(first == null || first.equals(who), r.at() + r.cell(0) + " described differently: " + first + " vs " + who);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"gaps.tsv", "unconfirmed.tsv"})
    void everyRowCitesWhereItsQidComesFrom(String file) throws IOException {
        for (Row r : read(file)) {
            assertFalse(r.cell(9).isEmpty(), r.at() + "no evidence_1");
            assertFalse(r.cell(10).isEmpty(), r.at() + "evidence_2 must be given, or say what is missing");
        }
    }

    @Test
    void aConfirmedRowNamesTwoDifferentSources() throws IOException {
        for (Row r : read("gaps.tsv")) {
            assertFalse(r.cell(10).startsWith("no ") || r.cell(10).startsWith("only "),
                    r.at() + "second source missing: " + r.cell(10));
            assertFalse(r.cell(9).equals(r.cell(10)), r.at() + "the same source twice");
        }
    }

    @Test
    void aQidIsEitherConfirmedOrUnconfirmedNotBoth() throws IOException {
        Set<String> confirmed = new HashSet<>();
        for (Row r : read("gaps.tsv")) {
            confirmed.add(r.cell(0));
        }
        for (Row r : read("unconfirmed.tsv")) {
            assertFalse(confirmed.contains(r.cell(0)), r.at() + r.cell(0) + " is also in gaps.tsv");
        }
    }
}
