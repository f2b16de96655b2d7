package org.newskg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputScannerTest {

    @TempDir
    Path tmp;

    private Path file(String relative) throws IOException {
        Path p = tmp.resolve(relative);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, "x");
    }

    @Test
    void walksDirectoriesSortedAndSkipsHiddenEntries() throws IOException {
        file("b/z.txt");
        file("a.html");
        file("b/a/y.jsonl");
        file(".hidden.txt");
        file(".git/config");
        file("b/.cache/c.txt");
        ScanResult r = InputScanner.scan(List.of(tmp.toString()));
        assertEquals(List.of(), r.problems());
        List<String> rel = r.files().stream().map(f -> tmp.relativize(f.path()).toString()).toList();
        assertEquals(List.of("a.html", "b/a/y.jsonl", "b/z.txt"), rel);
        assertEquals(tmp.resolve("a.html").toString(), r.files().get(0).origin());
    }

    @Test
    void keepsArgumentOrderAndReadsEachInputOnce() throws IOException {
        Path x = file("x.txt");
        file("d/one.txt");
        ScanResult r = InputScanner.scan(List.of(x.toString(), "-", tmp.resolve("d").toString(), x.toString(), "-"));
        assertEquals(3, r.files().size());
        assertEquals(x.toString(), r.files().get(0).origin());
        assertEquals("stdin", r.files().get(1).origin());
        assertNull(r.files().get(1).path());
        assertTrue(r.files().get(2).origin().endsWith("one.txt"));
    }

    @Test
    void missingPathIsAProblemNotAnException() throws IOException {
        Path x = file("x.txt");
        String missing = tmp.resolve("nope.txt").toString();
        ScanResult r = InputScanner.scan(List.of(missing, x.toString()));
        assertEquals(1, r.files().size());
        assertEquals(1, r.problems().size());
        assertEquals(missing + ": no such file or directory", r.problems().get(0).toString());
    }

    @Test
    void emptyDirectoryIsReported() throws IOException {
        Path d = Files.createDirectory(tmp.resolve("empty"));
        file("empty/.only-hidden");
        ScanResult r = InputScanner.scan(List.of(d.toString()));
        assertTrue(r.files().isEmpty());
        assertEquals(d.toString(), r.problems().get(0).origin());
    }

    @Test
    void realSampleFolderIsListedInNameOrder() {
        Path articles = Path.of(System.getProperty("newskg.home", ".")).resolve("data").resolve("articles");
        ScanResult r = InputScanner.scan(List.of(articles.toString()));
        List<String> names = r.files().stream().map(InputFile::fileName).toList();
        assertEquals(names.stream().sorted().toList(), names);
        assertTrue(names.contains("xinhua-2024-02-08-xi-putin-call.txt"));
    }

    @Test
    void followsSymbolicLinksToFiles() throws IOException {
        Path target = file("real/story.txt");
        Path dir = Files.createDirectory(tmp.resolve("linked"));
        Files.createSymbolicLink(dir.resolve("alias.txt"), target);
        ScanResult r = InputScanner.scan(List.of(dir.toString()));
        assertEquals(List.of(dir.resolve("alias.txt").toString()), r.files().stream().map(InputFile::origin).toList());
    }

    @Test
    void filesWhoseExtensionSaysTheyAreNoArticlesAreSkippedInFoldersButReadWhenNamed(@org.junit.jupiter.api.io.TempDir Path dir)
            throws java.io.IOException {
        java.nio.file.Files.writeString(dir.resolve("a.txt"), "NAIROBI - Kenyan officials met on Monday.");
        java.nio.file.Files.writeString(dir.resolve("b.html"), "<html><body><p>LIMA - Talks.</p></body></html>");
        java.nio.file.Files.writeString(dir.resolve("results.tsv"), "name\tvotes\n");
        java.nio.file.Files.writeString(dir.resolve("polls.CSV"), "name,votes\n");
        java.nio.file.Files.write(dir.resolve("photo.jpg"), new byte[] {(byte) 0xff, (byte) 0xd8});

        ScanResult r = InputScanner.scan(List.of(dir.toString()));
        assertEquals(List.of("a.txt", "b.html"), r.files().stream().map(InputFile::fileName).toList());
        assertEquals(List.of(), r.problems());
        assertEquals(3, r.skipped().size());
        assertEquals("skipped 3 files whose extension says they are not articles: 1 .csv, 1 .jpg, 1 .tsv; "
                + "name a file on the command line to read it anyway", r.skippedSummary().orElseThrow());

        ScanResult named = InputScanner.scan(List.of(dir.resolve("results.tsv").toString()));
        assertEquals(List.of("results.tsv"), named.files().stream().map(InputFile::fileName).toList());
        assertTrue(named.skippedSummary().isEmpty());
    }
}
