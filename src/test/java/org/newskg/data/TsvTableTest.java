package org.newskg.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.NewsKgException;

class TsvTableTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void skipsCommentsAndBlankLinesAndKeepsLineNumbers() throws IOException {
        Path f = write("t.tsv", "# Columns: phrase\tvalue\n\n   \nphone call\tlemma\n# between\nsummit\tnoun\n");
        List<TsvRow> rows = TsvTable.read(f, "test data").rows();
        assertEquals(List.of(4, 6), rows.stream().map(TsvRow::line).toList());
        assertEquals(List.of("phone call", "lemma"), rows.get(0).cells());
        assertEquals("summit\tnoun", rows.get(1).text());
    }

    @Test
    void keepsEmptyCellsIncludingTrailingOnes() throws IOException {
        Path f = write("kb.tsv", "Q2\tEarth\t\t\n\tlead\n");
        List<TsvRow> rows = TsvTable.read(f, "test data").rows();
        assertEquals(List.of("Q2", "Earth", "", ""), rows.get(0).cells());
        assertEquals(List.of("", "lead"), rows.get(1).cells());
    }

    @Test
    void strippedTrimsEveryCellAndChecksTheColumnCount() throws IOException {
        Path f = write("t.tsv", "# header\n\nphone call\t lemma \n");
        List<String[]> rows = TsvTable.read(f, "test data").stripped(2);
        assertEquals(1, rows.size());
        assertArrayEquals(new String[] {"phone call", "lemma"}, rows.get(0));
    }

    @Test
    void aRowWithTheWrongColumnCountNamesTheFileAndLine() throws IOException {
        Path f = write("bad.tsv", "# header\nonly-one-column\n");
        NewsKgException e = assertThrows(NewsKgException.class, () -> TsvTable.read(f, "test data").stripped(2));
        assertTrue(e.getMessage().startsWith(f + ":2: expected 2 tab-separated columns, found 1"), e.getMessage());
        assertTrue(e.getMessage().contains("'only-one-column'"), e.getMessage());
    }

    @Test
    void aMissingColumnIsNamedWhenTheCallerNamesTheColumns() throws IOException {
        Path f = write("positions.tsv", "# Columns: name\ttype\tpattern\na\tb\tc\nstates\tCountry\n");
        List<TsvRow> rows = TsvTable.read(f, "test data").rows();
        assertEquals(rows.get(0), rows.get(0).requireColumns(3, "name type pattern"));
        NewsKgException e = assertThrows(NewsKgException.class, () -> rows.get(1).requireColumns(3, "name type pattern"));
        assertEquals(f + ":3: expected 3 tab-separated columns (name type pattern), found 2: 'states\tCountry'",
                e.getMessage());
    }

    @Test
    void crlfLineEndingsReadLikeLf() throws IOException {
        Path lf = write("lf.tsv", "# c\nsay\t-\n\nclaim\tx\n");
        Path crlf = write("crlf.tsv", "# c\r\nsay\t-\r\n\r\nclaim\tx\r\n");
        List<TsvRow> a = TsvTable.read(lf, "test data").rows();
        List<TsvRow> b = TsvTable.read(crlf, "test data").rows();
        assertEquals(a.stream().map(TsvRow::cells).toList(), b.stream().map(TsvRow::cells).toList());
        assertEquals(List.of(2, 4), b.stream().map(TsvRow::line).toList());
        assertEquals("x", b.get(1).cell(1), "no carriage return left in the last cell");
    }

    @Test
    void aByteOrderMarkAtTheStartIsIgnored() throws IOException {
        Path commented = write("bom-comment.tsv", "\uFEFF# Columns: code\tlabel\n01\tMake public statement\n");
        assertEquals(List.of(List.of("01", "Make public statement")),
                TsvTable.read(commented, "test data").rows().stream().map(TsvRow::cells).toList());
        Path data = write("bom-data.tsv", "\uFEFFQ2\tEarth\n");
        TsvRow row = TsvTable.read(data, "test data").rows().get(0);
        assertEquals("Q2", row.cell(0));
        assertEquals(1, row.line());
    }

    @Test
    void aMissingFileIsAnErrorNamingIt() {
        Path f = dir.resolve("cameo-codes.tsv");
        NewsKgException e = assertThrows(NewsKgException.class, () -> TsvTable.read(f, "CAMEO code table"));
        assertEquals("CAMEO code table " + f + " is missing", e.getMessage());
    }

    @Test
    void anOptionalMissingFileIsAnEmptyTable() throws IOException {
        assertTrue(TsvTable.readIfExists(dir.resolve("region-prefixes.tsv"), "lexicon").rows().isEmpty());
        Path f = write("present.tsv", "Latin\n");
        assertEquals(1, TsvTable.readIfExists(f, "lexicon").rows().size());
    }

    @Test
    void invalidUtf8NamesTheFileAndLine() throws IOException {
        Path f = dir.resolve("latin1.tsv");
        byte[] good = "# comment\r\nParis\tCity\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = {'Z', (byte) 0xFC, 'r', 'i', 'c', 'h', '\n'};
        byte[] all = new byte[good.length + bad.length];
        System.arraycopy(good, 0, all, 0, good.length);
        System.arraycopy(bad, 0, all, good.length, bad.length);
        Files.write(f, all);
        NewsKgException e = assertThrows(NewsKgException.class, () -> TsvTable.read(f, "lexicon"));
        assertTrue(e.getMessage().startsWith(f + ":3: lexicon is not valid UTF-8"), e.getMessage());
    }

    @Test
    void aRowErrorKeepsItsCause() throws IOException {
        TsvRow row = TsvTable.read(write("kb.tsv", "\n\nQ2\tPlanet\n"), "test data").rows().get(0);
        IllegalArgumentException cause = new IllegalArgumentException("unknown type 'Planet'");
        NewsKgException e = row.error(cause.getMessage(), cause);
        assertEquals(dir.resolve("kb.tsv") + ":3: unknown type 'Planet'", e.getMessage());
        assertEquals(cause, e.getCause());
    }
}
