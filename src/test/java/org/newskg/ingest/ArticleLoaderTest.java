package org.newskg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleLoaderTest {

    private static final Path DATA = Path.of(System.getProperty("newskg.home", ".")).resolve("data");
    private static final Path ARTICLES = DATA.resolve("articles");
    private static ArticleLoader loader;

    @TempDir
    Path tmp;

    @BeforeAll
    static void createLoader() {
        loader = new ArticleLoader(LoaderOptions.defaults(DATA));
    }

    private static Article only(Path file) {
        LoadResult r = loader.load(InputFile.of(file), null);
        assertEquals(List.of(), r.problems(), "no problems expected for " + file);
        assertEquals(1, r.articles().size());
        return r.articles().get(0);
    }

    private static void assertExactSuffixOfFile(Path file, Article a) throws IOException {
        String content = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(content.contains(a.text()), "text must be an exact substring of " + file);
        assertEquals(content.stripTrailing().length(), content.indexOf(a.text()) + a.text().length(),
                "text must run to the end of the file");
    }

    // --- the sample articles, metadata checked by hand against the files ---

    @Test
    void readsTheXinhuaSeed() throws IOException {
        Path f = ARTICLES.resolve("xinhua-2024-02-08-xi-putin-call.txt");
        Article a = only(f);
        assertEquals("Xi: China-Russia ties embrace new development opportunities", a.title());
        assertEquals("Xinhua", a.source());
        assertNull(a.byline());
        assertEquals(new ArticleDate(LocalDate.of(2024, 2, 8), LocalTime.of(19, 55), null), a.published());
        assertEquals(new ArticleDate(LocalDate.of(2024, 2, 9), LocalTime.of(9, 50), null), a.updated());
        assertTrue(a.text().startsWith("Chinese President Xi Jinping holds talks with Russian President Vladimir Putin"));
        assertTrue(a.text().contains("(PHOTO / XINHUA)\n\nBEIJING - China and Russia"));
        assertFalse(a.text().contains("Published:"));
        assertFalse(a.text().contains("By Xinhua"));
        assertEquals(f.toString(), a.origin());
        assertEquals("en", a.language());
        assertExactSuffixOfFile(f, a);
    }

    @Test
    void readsTheReutersStyleArticle() throws IOException {
        Path f = ARTICLES.resolve("reuters-2024-03-03-scholz-brazil-energy.txt");
        Article a = only(f);
        assertEquals("Germany and Brazil sign green hydrogen pact during Scholz visit", a.title());
        assertEquals("Reuters", a.source());
        assertEquals(new ArticleDate(LocalDate.of(2024, 3, 3), LocalTime.of(14, 20), null), a.published());
        assertEquals(LocalTime.of(18, 5), a.updated().time());
        assertTrue(a.text().startsWith("German Chancellor Olaf Scholz and Brazilian President"));
        assertTrue(a.text().contains("BERLIN, March 3 (Reuters) - Germany and Brazil signed"));
        assertFalse(a.text().contains("Published:"));
        assertExactSuffixOfFile(f, a);
    }

    @Test
    void readsTheApStyleArticleWithAuthorsAndAgencyLine() throws IOException {
        Path f = ARTICLES.resolve("ap-2024-02-17-african-union-drought-summit.txt");
        Article a = only(f);
        assertEquals("African Union leaders back new drought fund at Addis Ababa summit", a.title());
        assertEquals("Amina Wanjiru and Tesfaye Bekele", a.byline());
        assertEquals("Associated Press", a.source());
        assertEquals(new ArticleDate(LocalDate.of(2024, 2, 17), LocalTime.of(19, 40), null), a.published());
        assertNull(a.updated());
        assertTrue(a.text().startsWith("ADDIS ABABA, Ethiopia (AP) — African leaders agreed"));
        assertFalse(a.text().contains("Saturday, February 17, 2024"));
        assertExactSuffixOfFile(f, a);
    }

    @Test
    void readsTheHtmlArticle() {
        Article a = only(ARTICLES.resolve("pbr-2024-05-21-hoshino-motor-mexico-plant.html"));
        String url = "https://www.pacificbusinessreview.example/autos/2024/05/21/hoshino-motor-mexico-plant";
        assertEquals("Hoshino Motor to build $1.2 billion electric vehicle plant in Mexico", a.title());
        assertEquals("Pacific Business Review", a.source());
        assertEquals("Yuki Tanaka", a.byline());
        assertEquals(url, a.url());
        assertEquals(ArticleIds.fromUrl(url), a.id());
        assertEquals(new ArticleDate(LocalDate.of(2024, 5, 21), LocalTime.of(8, 30), ZoneOffset.ofHours(9)), a.published());
        assertEquals(LocalTime.of(15, 10), a.updated().time());
        assertTrue(a.text().startsWith("Hoshino Motor Chief Executive Kenji Watanabe speaks at a news conference"), a.text());
        assertTrue(a.text().contains("\n\nJapanese carmaker Hoshino Motor Corporation will invest"));
        assertTrue(a.text().contains("\n\nBattery supply\n\n"));
        for (String noise : List.of("Subscribe", "Advertisement", "All rights reserved", "Toyota posts", "dataLayer", "By Yuki")) {
            assertFalse(a.text().contains(noise), noise);
        }
    }

    @Test
    void readsBothJsonLinesArticles() {
        Path f = ARTICLES.resolve("world-briefs-2024.jsonl");
        LoadResult r = loader.load(InputFile.of(f), null);
        assertEquals(List.of(), r.problems());
        assertEquals(2, r.articles().size());
        Article call = r.articles().get(0);
        assertEquals("Modi, Macron discuss defence ties and Ukraine in phone call", call.title());
        assertEquals("Subcontinent Daily", call.source());
        assertEquals("Priya Raghavan", call.byline());
        assertEquals("2024-07-11T21:45:00+05:30", call.published().lexical());
        assertEquals(f + ":1", call.origin());
        assertTrue(call.text().startsWith("NEW DELHI, July 11 - Indian Prime Minister Narendra Modi"));
        Article council = r.articles().get(1);
        assertEquals(ArticleDate.of(LocalDate.of(2024, 8, 22)), council.published());
        assertEquals(f + ":2", council.origin());
        assertNotEquals(call.id(), council.id());
    }

    @Test
    void everySampleFileYieldsArticlesWithoutProblems() throws IOException {
        try (var files = Files.list(ARTICLES)) {
            List<Path> inputs = files.sorted().toList();
            assertTrue(inputs.size() >= 5, inputs.toString());
            for (Path p : inputs) {
                LoadResult r = loader.load(InputFile.of(p), null);
                assertEquals(List.of(), r.problems(), p.toString());
                assertFalse(r.articles().isEmpty(), p.toString());
                for (Article a : r.articles()) {
                    assertTrue(a.text().split("\\s+").length > 200, "a full article expected in " + p);
                }
            }
        }
    }

    // --- ids ---

    @Test
    void sameFileTwiceGivesTheSameIdAndCopiesWithOtherNamesToo() throws IOException {
        Path seed = ARTICLES.resolve("xinhua-2024-02-08-xi-putin-call.txt");
        Path copy = Files.copy(seed, tmp.resolve("renamed.txt"));
        String id = only(seed).id();
        assertEquals(id, only(seed).id());
        assertEquals(id, only(copy).id());
        Files.writeString(copy, Files.readString(seed).replace("Thursday", "Friday"));
        assertNotEquals(id, only(copy).id());
    }

    @Test
    void urlVariantsShareAnId() {
        String base = "https://www.pacificbusinessreview.example/autos/2024/05/21/hoshino-motor-mexico-plant";
        String id = ArticleIds.fromUrl(base);
        assertEquals(id, ArticleIds.fromUrl(base + "/"));
        assertEquals(id, ArticleIds.fromUrl(base + "#comments"));
        assertEquals(id, ArticleIds.fromUrl("HTTPS://WWW.PacificBusinessReview.example/autos/2024/05/21/hoshino-motor-mexico-plant"));
        assertNotEquals(id, ArticleIds.fromUrl(base.replace("autos", "AUTOS")));
    }

    // --- standard input and format choice ---

    @Test
    void readsStandardInputBySniffing() {
        String html = "<!DOCTYPE html><html><head><meta property=\"og:title\" content=\"Accra summit\"></head>"
                + "<body><article><p>Ghana hosted the summit.</p></article></body></html>";
        LoadResult r = loader.load(InputFile.stdin(), new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        assertEquals("Accra summit", r.articles().get(0).title());
        assertEquals("stdin", r.articles().get(0).origin());
        LoadResult j = loader.load(InputFile.stdin(), new ByteArrayInputStream(
                "{\"text\":\"Rabat talks.\"}\n{\"text\":\"Tunis talks.\"}\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of("stdin:1", "stdin:2"), j.articles().stream().map(Article::origin).toList());
    }

    @Test
    void forcedFormatOverridesExtension() throws IOException {
        Path f = tmp.resolve("page.txt");
        Files.writeString(f, "<p>Manila hosted the talks.</p>");
        ArticleLoader asHtml = new ArticleLoader(LoaderOptions.defaults(DATA).withFormat(Format.HTML));
        assertEquals("Manila hosted the talks.", asHtml.load(InputFile.of(f), null).articles().get(0).text());
        assertEquals("<p>Manila hosted the talks.</p>", only(f).text());
    }

    @Test
    void unknownExtensionIsSniffed() throws IOException {
        Path f = tmp.resolve("story.dat");
        Files.writeString(f, "Title of a story\n\nLIMA - Peruvian officials met on Monday.\n");
        assertEquals("Title of a story", only(f).title());
    }

    @Test
    void utf8AndUtf16ByteOrderMarksAreRemoved() throws IOException {
        String body = "Sofia talks\n\nSOFIA - Bulgarian President Rumen Radev met the Greek prime minister.";
        Path utf8 = tmp.resolve("bom8.txt");
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[b.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(b, 0, withBom, 3, b.length);
        Files.write(utf8, withBom);
        assertEquals("Sofia talks", only(utf8).title());
        Path utf16 = tmp.resolve("bom16.txt");
        Files.write(utf16, body.getBytes(StandardCharsets.UTF_16)); // Java writes a big-endian BOM
        assertEquals("Sofia talks", only(utf16).title());
        assertEquals(only(utf8).id(), only(utf16).id());
    }

    // --- bad input: a problem naming the file, never an exception ---

    private static IngestProblem problemFor(ArticleLoader l, Path f) {
        LoadResult r = l.load(InputFile.of(f), null);
        assertTrue(r.articles().isEmpty(), "no article expected from " + f);
        assertEquals(1, r.problems().size());
        IngestProblem p = r.problems().get(0);
        assertEquals(f.toString(), p.origin());
        assertTrue(p.toString().startsWith(f + ": "), p.toString());
        return p;
    }

    @Test
    void emptyFileIsAProblem() throws IOException {
        Path f = Files.createFile(tmp.resolve("empty.txt"));
        assertTrue(problemFor(loader, f).message().contains("empty"));
    }

    @Test
    void whitespaceOnlyFileIsAProblem() throws IOException {
        Path f = Files.writeString(tmp.resolve("blank.txt"), " \n\t\r\n  \n");
        assertTrue(problemFor(loader, f).message().contains("whitespace"));
    }

    @Test
    void binaryFileIsAProblem() throws IOException {
        Path f = Files.write(tmp.resolve("x.bin"), new byte[] {'P', 'K', 3, 4, 0, 0, 20, 0, 'a', 'b'});
        assertEquals("binary content (NUL bytes), not a news article", problemFor(loader, f).message());
        Path txt = Files.write(tmp.resolve("ctl.txt"), "a\u0001b\u0002c\u0003d\u0004e\u0005".getBytes(StandardCharsets.UTF_8));
        assertTrue(problemFor(loader, txt).message().startsWith("binary content (control characters)"));
    }

    @Test
    void invalidUtf8NamesTheByteOffset() throws IOException {
        byte[] latin1 = "Bogotá talks".getBytes(StandardCharsets.ISO_8859_1); // 'á' is byte 5, a lone 0xE1
        Path f = Files.write(tmp.resolve("latin1.txt"), latin1);
        assertEquals("not valid UTF-8 at byte 5", problemFor(loader, f).message());
    }

    @Test
    void nonTextWithUnknownExtensionIsAnUnknownFormat() throws IOException {
        byte[] image = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', (byte) 0xFF, (byte) 0xD8};
        Path f = Files.write(tmp.resolve("photo.png"), image);
        assertTrue(problemFor(loader, f).message().startsWith("unknown or unsupported format"));
    }

    @Test
    void fileOverTheLimitIsRefused() throws IOException {
        Path f = Files.writeString(tmp.resolve("big.txt"), "Nairobi. ".repeat(200));
        ArticleLoader small = new ArticleLoader(LoaderOptions.defaults(DATA).withMaxBytes(1000));
        assertTrue(problemFor(small, f).message().startsWith("too large (1800 bytes, the limit is 1000 bytes)"));
        LoadResult r = small.load(InputFile.stdin(), new ByteArrayInputStream(new byte[5000]));
        assertEquals("stdin", r.problems().get(0).origin());
        assertTrue(r.problems().get(0).message().startsWith("too large"));
    }

    @Test
    void nonexistentPathIsAProblem() {
        Path f = tmp.resolve("missing.txt");
        assertEquals("no such file", problemFor(loader, f).message());
    }

    @Test
    void directoryIsAnUnreadableInput() throws IOException {
        Path d = Files.createDirectory(tmp.resolve("dir.txt"));
        assertTrue(problemFor(loader, d).message().startsWith("cannot read"));
    }

    @Test
    void unreadableFileIsAProblem() throws IOException {
        Path f = Files.writeString(tmp.resolve("secret.txt"), "Title\n\nBody text.");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(f), "running as a user who can read any file (root)");
        assertEquals("cannot read: permission denied", problemFor(loader, f).message());
    }

    @Test
    void utf16WithoutAByteOrderMarkIsReportedAsSuchNotAsBinary(@org.junit.jupiter.api.io.TempDir Path dir) throws java.io.IOException {
        String text = "Bolivian President Rosa Quispe met Chilean ministers in La Paz on Monday.\n";
        for (var cs : List.of(java.nio.charset.StandardCharsets.UTF_16LE, java.nio.charset.StandardCharsets.UTF_16BE)) {
            Path f = dir.resolve("lapaz-" + cs.name() + ".txt");
            java.nio.file.Files.write(f, text.getBytes(cs));
            LoadResult r = loader.load(InputFile.of(f), null);
            assertEquals(List.of(), r.articles());
            String message = r.problems().get(0).message();
            assertTrue(message.startsWith("looks like " + cs.name() + " text without a byte order mark"), message);
        }
    }

    @Test
    void aStreamFromAnotherFileSystemGivesWhatTheSameFileGives() throws IOException {
        for (String name : List.of("world-briefs-2024.jsonl", "pbr-2024-05-21-hoshino-motor-mexico-plant.html")) {
            Path f = ARTICLES.resolve(name);
            LoadResult fromFile = loader.load(InputFile.of(f), null);
            LoadResult fromStream = loader.load(f.toString(), name, new ByteArrayInputStream(Files.readAllBytes(f)));
            assertFalse(fromFile.articles().isEmpty());
            assertEquals(fromFile, fromStream, name);
        }
    }

    @Test
    void aStreamIsReadWithinTheSizeLimitAndItsNameDeclaresTheFormat() {
        String line = "{\"title\": \"Ferry talks\", \"text\": \"Maltese and Tunisian officials met in Valletta on Friday.\"}\n";
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        ArticleLoader small = new ArticleLoader(LoaderOptions.defaults(DATA).withMaxBytes(bytes.length - 1));
        LoadResult tooLarge = small.load("hdfs://nn/news/ferry.jsonl", "ferry.jsonl", new ByteArrayInputStream(bytes));
        assertEquals("hdfs://nn/news/ferry.jsonl: too large (more than " + (bytes.length - 1) + " bytes, the limit is "
                + (bytes.length - 1) + " bytes)", tooLarge.problems().get(0).toString());
        // Named .txt, the same bytes are one plain-text article whose text is the JSON line itself.
        LoadResult asText = loader.load("hdfs://nn/news/ferry.txt", "ferry.txt", new ByteArrayInputStream(bytes));
        LoadResult asJson = loader.load("hdfs://nn/news/ferry.jsonl", "ferry.jsonl", new ByteArrayInputStream(bytes));
        assertEquals("Ferry talks", asJson.articles().get(0).title());
        assertEquals("hdfs://nn/news/ferry.jsonl:1", asJson.articles().get(0).origin());
        assertTrue(asText.articles().get(0).text().contains("\"text\""), asText.toString());
    }
}
