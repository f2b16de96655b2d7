package org.newskg.ingest;

import java.util.Objects;

/**
 * One news article as read from its source, before any language processing.
 *
 * <pre>{@code
 * Article a = new Article(id, null, "Title", "Reuters", null, ArticleDate.of(day), null, "en", body, "data/x.txt");
 * }</pre>
 * The {@code text} is the exact character sequence every later offset indexes (half-open, in UTF-16
 * code units as Java strings count them); it holds the article's content (caption and body), not its
 * metadata header. Control characters are cleaned out of every field ({@link TextCleaner}; the text keeps its
 * length). Immutable and thread-safe.
 *
 * @param id        stable identifier: from the URL when known, else from the content (see {@link ArticleIds})
 * @param url       canonical URL, or null
 * @param title     headline, or null
 * @param source    publisher or agency ("Reuters"), or null
 * @param byline    author line as printed, or null
 * @param published publication time, or null when unknown
 * @param updated   last update time, or null
 * @param language  BCP 47 language tag, "en" unless the source says otherwise
 * @param text      the article's content; never blank
 * @param origin    where it was read from (a path, "path:line" for JSON Lines, or "stdin")
 */
public record Article(String id, String url, String title, String source, String byline,
                      ArticleDate published, ArticleDate updated, String language, String text,
                      String origin) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(origin, "origin");
        // Control characters would make RDF/XML ill-formed and mean nothing in news: cleaned here, where
        // every input format passes, before any offset is taken.
        text = TextCleaner.text(text);
        title = TextCleaner.field(title);
        source = TextCleaner.field(source);
        byline = TextCleaner.field(byline);
        url = TextCleaner.field(url);
        if (!id.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("article id must be IRI-safe, got '" + id + "'");
        }
        if (text.isBlank()) {
            throw new IllegalArgumentException("article " + id + " from " + origin + " has no text");
        }
        language = language == null || language.isBlank() ? "en" : language;
    }

    /** This article with the given publication time (a date found outside the header). */
    public Article withPublished(ArticleDate date) {
        return new Article(id, url, title, source, byline, date, updated, language, text, origin);
    }
}
