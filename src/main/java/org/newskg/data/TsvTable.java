package org.newskg.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.newskg.NewsKgException;

/**
 * The rows of one of newskg's tab-separated data files (everything under {@code data/}): UTF-8, lines starting
 * with '#' and blank lines skipped, every other line one row split on tabs with empty cells kept. The files
 * have no header row: their columns are named in the leading '#' comment.
 *
 * <pre>{@code
 * for (String[] r : TsvTable.read(dataDir.resolve("time/units.tsv"), "temporal data file").stripped(5)) { ... }
 * for (TsvRow row : TsvTable.readIfExists(file, "positions").rows()) { ... row.error("bad year") ... }
 * }</pre>
 * Line breaks may be LF, CRLF or CR, and a byte order mark at the start is ignored, so a file saved by a
 * Windows editor reads the same. Every error names the file, and the line when there is one:
 * {@code data/kb/entities.tsv:12: expected 7 tab-separated columns ...}. Immutable and thread-safe.
 *
 * @param file the file read
 * @param rows its data rows in file order
 */
public record TsvTable(Path file, List<TsvRow> rows) {

    private static final char BOM = '\uFEFF';

    public TsvTable {
        rows = List.copyOf(rows);
    }

    /**
     * Reads a file that must exist; {@code what} says what it holds ("knowledge base"), for the messages.
     *
     * @throws NewsKgException when the file is missing or unreadable, or is not UTF-8 (naming the line)
     */
    public static TsvTable read(Path file, String what) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new NewsKgException(what + " " + file + " is missing", e);
        } catch (IOException e) {
            throw new NewsKgException("cannot read " + what + " " + file + ": " + e.getMessage(), e);
        }
        return new TsvTable(file, parse(file, what, decode(file, what, bytes)));
    }

    /** Like {@link #read}, but a file that does not exist is an empty table (for data files added later). */
    public static TsvTable readIfExists(Path file, String what) {
        return Files.exists(file) ? read(file, what) : new TsvTable(file, List.of());
    }

    /** Every row with exactly {@code columns} cells, each stripped of surrounding white space. */
    public List<String[]> stripped(int columns) {
        return rows.stream().map(r -> r.requireColumns(columns, "").stripped()).toList();
    }

    private static String decode(Path file, String what, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw new NewsKgException(file + ":" + lineAt(bytes, in.position()) + ": " + what
                    + " is not valid UTF-8 (byte " + (in.position() + 1) + ")");
        }
        return out.flip().toString();
    }

    /** The 1-based line holding byte {@code offset}: the line breaks before it, counting CRLF once. */
    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) {
                line++;
            }
        }
        return line;
    }

    private static List<TsvRow> parse(Path file, String what, String text) {
        List<TsvRow> rows = new ArrayList<>();
        // BufferedReader splits on LF, CRLF and CR alike, as Files.readAllLines did for the loaders before
        try (BufferedReader in = new BufferedReader(new StringReader(text))) {
            int lineNo = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNo++;
                if (lineNo == 1 && !line.isEmpty() && line.charAt(0) == BOM) {
                    line = line.substring(1);
                }
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                rows.add(new TsvRow(file, lineNo, line, Arrays.asList(line.split("\t", -1))));
            }
        } catch (IOException e) {
            throw new NewsKgException("cannot split " + what + " " + file + " into lines: " + e.getMessage(), e);
        }
        return rows;
    }
}
