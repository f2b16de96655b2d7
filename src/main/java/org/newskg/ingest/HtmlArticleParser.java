package org.newskg.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Reads a news page: metadata from Open Graph / article meta tags and schema.org JSON-LD, the main text from
 * {@code <article>} (else {@code <main>}, else {@code <body>}) without navigation, headers, footers and scripts.
 *
 * <pre>{@code
 * LoadResult r = new HtmlArticleParser().parse(html, "data/articles/page.html");
 * Article a = r.articles().get(0);   // a.title() from og:title, a.text() paragraphs joined by blank lines
 * }</pre>
 * Immutable and thread-safe (jsoup parses into a fresh document per call; the ObjectMapper is only read).
 * Malformed markup is parsed leniently, as browsers do.
 */
final class HtmlArticleParser {

    private static final String PARAGRAPHS = "p, h2, h3, h4, li, figcaption, blockquote";
    private static final String NOISE = "script, style, noscript, template, nav, header, footer, aside, form, "
            + "button, iframe, svg, figure img";
    private static final String PARAGRAPH_SEPARATOR = "\n\n";

    private final ObjectMapper json = new ObjectMapper();

    LoadResult parse(String html, String origin) {
        Document doc = Jsoup.parse(html);
        JsonNode ld = newsArticleLd(doc);
        String title = first(meta(doc, "og:title"), ldText(ld, "headline"), ldText(ld, "name"), nonBlank(doc.title()));
        String source = first(meta(doc, "og:site_name"), ldText(ld.path("publisher"), "name"));
        String byline = first(meta(doc, "author"), meta(doc, "article:author"), ldAuthors(ld.path("author")));
        String url = first(nonBlank(doc.select("link[rel=canonical]").attr("href")), meta(doc, "og:url"),
                ldText(ld, "url"));
        String language = first(nonBlank(doc.select("html").attr("lang")), ldText(ld, "inLanguage"));
        List<IngestProblem> problems = new ArrayList<>();
        ArticleDate published = date(origin, "published", problems,
                first(meta(doc, "article:published_time"), ldText(ld, "datePublished")));
        ArticleDate updated = date(origin, "updated", problems,
                first(meta(doc, "article:modified_time"), meta(doc, "og:updated_time"), ldText(ld, "dateModified")));
        String text = mainText(doc);
        if (text.isBlank()) {
            problems.add(new IngestProblem(origin, "no article text found"));
            return new LoadResult(List.of(), problems);
        }
        String id = url != null ? ArticleIds.fromUrl(url) : ArticleIds.fromContent(title, text);
        Article a = new Article(id, url, title, source, byline, published, updated, language, text, origin);
        return new LoadResult(List.of(a), problems);
    }

    private static String mainText(Document doc) {
        // Pages often hold teaser <article>s besides the story; the story is the one with the most text.
        Element root = doc.select("article").stream()
                .max(java.util.Comparator.comparingInt((Element e) -> e.text().length()))
                .or(() -> Optional.ofNullable(doc.selectFirst("main")))
                .orElse(doc.body());
        if (root == null) {
            return "";
        }
        Element copy = root.clone();
        copy.select(NOISE).remove();
        List<String> paragraphs = new ArrayList<>();
        for (Element e : copy.select(PARAGRAPHS)) {
            // A list item holding paragraphs contributes through them, not twice.
            if (e.select(PARAGRAPHS).size() > 1) {
                continue;
            }
            String t = e.text().strip();
            if (!t.isEmpty()) {
                paragraphs.add(t);
            }
        }
        if (paragraphs.isEmpty()) {
            return copy.text().strip();
        }
        return String.join(PARAGRAPH_SEPARATOR, paragraphs);
    }

    private static String meta(Document doc, String key) {
        for (Element m : doc.select("meta[property=" + key + "], meta[name=" + key + "]")) {
            String c = nonBlank(m.attr("content"));
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    /** The first JSON-LD node typed *Article (top level, in an array, or in an {@code @graph}); a missing node otherwise. */
    private JsonNode newsArticleLd(Document doc) {
        Elements scripts = doc.select("script[type=application/ld+json]");
        for (Element s : scripts) {
            JsonNode root;
            try {
                root = json.readTree(s.data());
            } catch (JsonProcessingException e) {
                continue; // broken JSON-LD is common on the web; the meta tags may still do
            }
            JsonNode found = findArticle(root);
            if (found != null) {
                return found;
            }
        }
        return json.missingNode();
    }

    private static JsonNode findArticle(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode n : node) {
                JsonNode f = findArticle(n);
                if (f != null) {
                    return f;
                }
            }
            return null;
        }
        if (!node.isObject()) {
            return null;
        }
        if (isArticleType(node.path("@type"))) {
            return node;
        }
        return findArticle(node.get("@graph"));
    }

    private static boolean isArticleType(JsonNode type) {
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (isArticleType(t)) {
                    return true;
                }
            }
            return false;
        }
        return type.isTextual() && type.asText().endsWith("Article");
    }

    private static String ldText(JsonNode node, String field) {
        JsonNode v = node.path(field);
        if (v.isArray() && !v.isEmpty()) {
            v = v.get(0);
        }
        return v.isValueNode() ? nonBlank(v.asText()) : null;
    }

    /** author may be a string, an object with a name, or an array of either; names joined in order. */
    private static String ldAuthors(JsonNode author) {
        List<String> names = new ArrayList<>();
        for (JsonNode a : author.isArray() ? author : List.of(author)) {
            String n = a.isTextual() ? nonBlank(a.asText()) : ldText(a, "name");
            if (n != null && !names.contains(n)) {
                names.add(n);
            }
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    private static ArticleDate date(String origin, String what, List<IngestProblem> problems, String value) {
        if (value == null) {
            return null;
        }
        Optional<ArticleDate> d = DateParser.parse(value);
        if (d.isEmpty()) {
            problems.add(new IngestProblem(origin, "unreadable " + what + " date '" + value + "' ignored"));
        }
        return d.orElse(null);
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static String nonBlank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
