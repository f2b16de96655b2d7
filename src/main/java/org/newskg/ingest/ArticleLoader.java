package org.newskg.ingest;

import java.io.InputStream;
import java.util.List;
import java.util.Objects;

/**
 * Reads one input (a file or standard input) into articles: bytes within a size limit, strict decoding,
 * format detection, then the plain-text, HTML or JSON Lines parser. Bad input becomes an {@link IngestProblem}
 * naming the input; nothing here throws for bad input.
 *
 * <pre>{@code
 * ArticleLoader loader = new ArticleLoader(LoaderOptions.defaults(dataDir));
 * LoadResult r = loader.load(InputFile.of(Path.of("data/articles/a.txt")), System.in);
 * }</pre>
 * Immutable and thread-safe: one loader may serve many threads. Construction reads {@code data/ingest/*.tsv}
 * and throws {@link org.newskg.NewsKgException} if they are missing or malformed (a setup error, not bad input).
 */
public final class ArticleLoader {

    private final LoaderOptions options;
    private final ByteReader bytes;
    private final TextDecoder decoder = new TextDecoder();
    private final FormatDetector detector;
    private final PlainTextParser text;
    private final HtmlArticleParser html = new HtmlArticleParser();
    private final JsonLinesParser jsonLines = new JsonLinesParser();

    public ArticleLoader(LoaderOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        this.bytes = new ByteReader(options.maxBytes());
        this.detector = new FormatDetector(options.format());
        this.text = new PlainTextParser(IngestCues.load(options.dataDir()));
    }

    public LoaderOptions options() {
        return options;
    }

    /**
     * Reads one input.
     *
     * @param file  the input
     * @param stdin the stream to read when {@code file} is standard input (ignored otherwise, may be null then)
     */
    public LoadResult load(InputFile file, InputStream stdin) {
        Objects.requireNonNull(file, "file");
        ByteReader.Result read = bytes.read(file, stdin);
        return read.problem() != null ? LoadResult.problem(file.origin(), read.problem())
                : parse(file.origin(), file.fileName(), read.bytes());
    }

    /**
     * Reads one input from a stream, for files that are no local paths (HDFS or S3 files read by Spark); the
     * same size limit, decoding and format detection as {@link #load(InputFile, InputStream)}.
     *
     * @param origin   names the input in every message (its URI, say)
     * @param fileName the input's file name, whose extension declares its format ("" if none)
     * @param in       the content; read, not closed
     */
    public LoadResult load(String origin, String fileName, InputStream in) {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(fileName, "fileName");
        ByteReader.Result read = bytes.readBounded(Objects.requireNonNull(in, "in"));
        return read.problem() != null ? LoadResult.problem(origin, read.problem()) : parse(origin, fileName, read.bytes());
    }

    private LoadResult parse(String origin, String fileName, byte[] raw) {
        if (raw.length == 0) {
            return LoadResult.problem(origin, "empty input, no article");
        }
        TextDecoder.Result decoded = decoder.decode(raw);
        if (decoded.problem() != null) {
            // With no extension to vouch for it, content that is not text is not a format we know.
            boolean undeclared = detector.declared(fileName).isEmpty();
            boolean nul = decoded.problem().contains("NUL");
            return LoadResult.problem(origin, undeclared && !nul
                    ? "unknown or unsupported format (" + decoded.problem() + ")" : decoded.problem());
        }
        String content = decoded.text();
        if (content.isBlank()) {
            return LoadResult.problem(origin, "only whitespace, no article");
        }
        try {
            return switch (detector.detect(fileName, content)) {
                case TEXT -> dated(text.parse(content, origin), fileName);
                case HTML -> dated(html.parse(content, origin), fileName);
                case JSONL -> jsonLines.parse(content, origin);
            };
        } catch (RuntimeException e) {
            // A parser bug or a record rejecting a value must not end a batch: report it against the input.
            return LoadResult.problem(origin, "cannot read article: " + e.getMessage());
        }
    }

    /** A one-article file with no publication date in its header is dated by its dateline or its name. */
    private static LoadResult dated(LoadResult read, String fileName) {
        if (read.articles().size() != 1 || read.articles().get(0).published() != null) {
            return read;
        }
        Article a = read.articles().get(0);
        return FallbackDate.of(a.text(), fileName)
                .map(d -> new LoadResult(List.of(a.withPublished(d)), read.problems()))
                .orElse(read);
    }
}
