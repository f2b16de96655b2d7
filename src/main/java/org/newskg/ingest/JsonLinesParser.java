package org.newskg.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads JSON Lines: one article object per line, {@code {"id","url","title","source","published","text"}} plus
 * optional {@code byline}, {@code updated}, {@code language}, all strings (an {@code id} may be a whole number). Each
 * line stands alone: a bad line (invalid JSON, no text, a field of the wrong type) is a problem naming
 * {@code file:LINE} and the other lines go on. A {@code .json} file holding one pretty-printed object or
 * an array of objects is read too.
 *
 * <pre>{@code
 * LoadResult r = new JsonLinesParser().parse(content, "feed.jsonl");
 * r.articles().get(1).origin();   // "feed.jsonl:2"
 * }</pre>
 * Immutable and thread-safe (the ObjectMapper is only read).
 */
final class JsonLinesParser {

    // Trailing tokens must fail: "[1, 2]" followed by more lines is not one JSON document.
    /** The article fields, all strings. */
    private static final java.util.List<String> STRING_FIELDS = java.util.List.of("id", "url", "title", "source", "byline",
            "published", "updated", "language", "text");

    private final ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    LoadResult parse(String content, String origin) {
        List<Article> articles = new ArrayList<>();
        List<IngestProblem> problems = new ArrayList<>();
        Optional<JsonNode> whole = wholeDocument(content);
        if (whole.isPresent()) {
            JsonNode root = whole.get();
            List<JsonNode> items = new ArrayList<>();
            root.forEach(items::add);
            if (root.isObject()) {
                items = List.of(root);
            }
            for (int i = 0; i < items.size(); i++) {
                String where = root.isArray() ? origin + "#" + (i + 1) : origin;
                read(items.get(i), where, articles, problems);
            }
            return new LoadResult(articles, problems);
        }
        String[] lines = content.split("\r?\n|\r", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String where = origin + ":" + (i + 1);
            JsonNode node;
            try {
                node = json.readTree(line);
            } catch (JsonProcessingException e) {
                problems.add(new IngestProblem(where, "invalid JSON (" + firstLine(e.getOriginalMessage()) + ")"));
                continue;
            }
            read(node, where, articles, problems);
        }
        if (articles.isEmpty() && problems.isEmpty()) {
            problems.add(new IngestProblem(origin, "no JSON lines found"));
        }
        return new LoadResult(articles, problems);
    }

    /** A document that is not line-oriented: a JSON array, or one object spread over several lines. */
    private Optional<JsonNode> wholeDocument(String content) {
        String t = content.strip();
        boolean array = t.startsWith("[");
        boolean multiLineObject = t.startsWith("{") && t.indexOf('\n') >= 0 && !firstLineIsJson(t);
        if (!array && !multiLineObject) {
            return Optional.empty();
        }
        try {
            JsonNode n = json.readTree(t);
            return n != null && (n.isArray() || n.isObject()) ? Optional.of(n) : Optional.empty();
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    private boolean firstLineIsJson(String t) {
        try {
            json.readTree(t.substring(0, t.indexOf('\n')));
            return true;
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    private static void read(JsonNode node, String where, List<Article> articles, List<IngestProblem> problems) {
        if (node == null || !node.isObject()) {
            problems.add(new IngestProblem(where, "expected a JSON object, got " + (node == null ? "nothing"
                    : node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT))));
            return;
        }
        String wrongType = wrongType(node);
        if (wrongType != null) {
            problems.add(new IngestProblem(where, wrongType + "; line not ingested"));
            return;
        }
        String text = str(node, "text");
        if (text == null) {
            problems.add(new IngestProblem(where, "missing or blank \"text\""));
            return;
        }
        String url = str(node, "url");
        String givenId = str(node, "id");
        String title = str(node, "title");
        String id = url != null ? ArticleIds.fromUrl(url)
                : givenId != null ? ArticleIds.fromGivenId(givenId) : ArticleIds.fromContent(title, text);
        ArticleDate published = date(node, "published", where, problems);
        ArticleDate updated = date(node, "updated", where, problems);
        // The text is kept as given (trailing whitespace aside): later offsets index it.
        articles.add(new Article(id, url, title, str(node, "source"), str(node, "byline"), published, updated,
                str(node, "language"), text.stripTrailing(), where));
    }

    /**
     * Why a field of the article has the wrong JSON type, or null: a number, boolean, object or array is never
     * taken for a title, source or text ({@code "title": 2024} is a broken record, not a headline), and an
     * {@code id} may be a string or a whole number.
     */
    private static String wrongType(JsonNode node) {
        for (String field : STRING_FIELDS) {
            JsonNode v = node.get(field);
            boolean ok = v == null || v.isNull() || v.isTextual() || field.equals("id") && v.isIntegralNumber();
            if (!ok) {
                return "\"" + field + "\" must be a string" + (field.equals("id") ? " or a whole number" : "")
                        + ", got " + v.getNodeType().toString().toLowerCase(java.util.Locale.ROOT) + " " + abbreviate(v.toString());
            }
        }
        return null;
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }

    private static ArticleDate date(JsonNode node, String field, String where, List<IngestProblem> problems) {
        String v = str(node, field);
        if (v == null) {
            return null;
        }
        Optional<ArticleDate> d = DateParser.parse(v);
        if (d.isEmpty()) {
            problems.add(new IngestProblem(where, "unreadable \"" + field + "\" date '" + v + "' ignored"));
        }
        return d.orElse(null);
    }

    private static String str(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull() || !v.isValueNode()) {
            return null;
        }
        String s = v.asText();
        if (s.isBlank()) {
            return null;
        }
        // The text keeps its leading whitespace so that it matches the source exactly; metadata is tidied.
        return field.equals("text") ? s : s.strip();
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
