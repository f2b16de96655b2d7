package org.newskg.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a plain-text article: an optional header (title, labelled dates such as
 * {@code Published: 19:55, February 8, 2024 | Updated: ...}, a {@code By ...} line, bare date lines, key-value
 * lines such as {@code Title: ...}, {@code Source: ...}, {@code URL: ...}, {@code Byline: ...}; labels in
 * data/ingest/header-labels.tsv) in any order at the top, then the content (photo caption and body) up to the end.
 *
 * <pre>{@code
 * LoadResult r = new PlainTextParser(IngestCues.load(dataDir)).parse(content, "data/articles/a.txt");
 * r.articles().get(0).title();   // "Xi: China-Russia ties embrace new development opportunities"
 * }</pre>
 * Immutable and thread-safe. The article text is the exact substring of the input from the first content
 * character to the end (trailing whitespace trimmed), so later offsets point back into the file; a text
 * with no recognizable header is taken whole, with no title.
 */
final class PlainTextParser {

    /** Header lines are looked for only among the first few non-blank lines. */
    private static final int MAX_HEADER_LINES = 8;
    private static final int MAX_TITLE_CHARS = 250;
    private static final int MAX_TITLE_WORDS = 30;
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#{1,6}\\s+");
    /** A byline names people or an agency; a longer "By ..." line is a sentence ("By Monday, the talks ..."). */
    private static final int MAX_BYLINE_WORDS = 12;
    /**
     * "BERLIN, March 3 (Reuters) -", "ADDIS ABABA, Ethiopia (AP) —": the opening of a body, never a headline. Group
     * {@code after}: what follows the place's comma ("March 3", "Ethiopia"), if anything.
     */
    static final Pattern DATELINE = Pattern.compile(
            "^\\p{Lu}[\\p{Lu} .'\u2019-]{1,40}(?:,(?<after>[^()\\n]{1,40}))?(?:\\s*\\([^)]{1,40}\\))?\\s*(?:-{1,2}|\u2013|\u2014)(?:\\s|$)");

    private final IngestCues cues;
    private final List<String> labels;
    private final Pattern caption;

    PlainTextParser(IngestCues cues) {
        this.cues = cues;
        this.labels = cues.labelsLongestFirst();
        List<String> quoted = cues.captionCues().stream().map(Pattern::quote).toList();
        this.caption = quoted.isEmpty() ? null
                : Pattern.compile("(?i)\\(\\s*(?:" + String.join("|", quoted) + ")\\b[^()]*\\)\\s*$");
    }

    LoadResult parse(String content, String origin) {
        Header h = new Header();
        List<int[]> lines = lines(content);
        int contentStart = -1;
        int seen = 0;
        for (int i = 0; i < lines.size() && contentStart < 0; i++) {
            String line = content.substring(lines.get(i)[0], lines.get(i)[1]).strip();
            if (line.isEmpty()) {
                continue;
            }
            if (++seen > MAX_HEADER_LINES || !readHeaderLine(line, h, content, lines, i)) {
                contentStart = lines.get(i)[0] + leadingSpace(content, lines.get(i)[0]);
            }
        }
        if (contentStart < 0) {
            return LoadResult.problem(origin, "no article text after the metadata header");
        }
        String text = content.substring(contentStart).stripTrailing();
        String id = h.url != null ? ArticleIds.fromUrl(h.url) : ArticleIds.fromContent(h.title, text);
        return LoadResult.of(new Article(id, h.url, h.title, h.source, h.byline, h.published, h.updated,
                "en", text, origin));
    }

    /** Consumes one header line into {@code h}; false when the line is content. */
    private boolean readHeaderLine(String line, Header h, String content, List<int[]> lines, int index) {
        Header trial = h.copy();
        boolean allKnown = true;
        for (String segment : line.split("\\|")) {
            if (!readSegment(segment.strip(), trial)) {
                allKnown = false;
                break;
            }
        }
        if (allKnown) {
            h.assign(trial);
            return true;
        }
        if (h.title == null && isTitle(line) && moreContentAfter(content, lines, index)) {
            h.title = MARKDOWN_HEADING.matcher(line).replaceFirst("").strip();
            return true;
        }
        return false;
    }

    private boolean readSegment(String segment, Header h) {
        if (segment.isEmpty()) {
            return false;
        }
        String lower = segment.toLowerCase(Locale.ROOT);
        for (String label : labels) {
            if (lower.startsWith(label) && segment.length() > label.length()) {
                char next = segment.charAt(label.length());
                String rest = segment.substring(label.length()).strip();
                boolean colon = rest.startsWith(":");
                if (!colon && !Character.isWhitespace(next)) {
                    continue;
                }
                rest = colon ? rest.substring(1).strip() : rest;
                if (!cues.isDateLabel(label)) {
                    // "Title: ...", "Source: ...": a key-value line; only with its colon and a value.
                    if (!colon || rest.isEmpty()) {
                        continue;
                    }
                    setText(cues.headerLabels().get(label), rest, h);
                    return true;
                }
                Optional<ArticleDate> date = DateParser.parse(rest);
                if (date.isEmpty() && !colon) {
                    continue;
                }
                // A labelled line with an unreadable date is still header, not content; the date is dropped.
                date.ifPresent(d -> h.set(cues.headerLabels().get(label), d));
                return true;
            }
        }
        for (String marker : cues.bylineMarkers()) {
            if (lower.startsWith(marker + " ")) {
                String name = segment.substring(marker.length()).strip();
                if (!name.isEmpty() && Character.isUpperCase(name.codePointAt(0)) && !name.endsWith(".")
                        && WHITESPACE.split(name).length <= MAX_BYLINE_WORDS) {
                    readByline(name, h);
                    return true;
                }
            }
        }
        Optional<ArticleDate> bare = DateParser.parse(segment);
        if (bare.isPresent()) {
            if (h.published == null) {
                h.published = bare.get();
            } else if (h.updated == null) {
                h.updated = bare.get();
            }
            return true;
        }
        // "By Jane Doe | Reuters": after a byline, a name-like part is the source.
        if ((h.byline != null || h.source != null) && h.source == null && isSourceName(segment)) {
            h.source = segment;
            return true;
        }
        return false;
    }

    private void setText(String field, String value, Header h) {
        switch (field) {
            case IngestCues.TITLE -> h.title = value;
            case IngestCues.SOURCE -> h.source = value;
            case IngestCues.URL -> h.url = value;
            default -> readByline(value, h);
        }
    }

    /** "Reuters" or "Kenya News Agency" → source; "Jane Doe" → byline; "Jane Doe, Reuters" → both. */
    private void readByline(String name, Header h) {
        String[] parts = name.split("\\s*,\\s*");
        String first = parts[0].strip();
        if (isSourceName(first)) {
            h.source = first;
        } else {
            h.byline = first;
        }
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].strip();
            if (h.source == null && isSourceName(p)) {
                h.source = p;
            }
        }
    }

    private boolean isSourceName(String s) {
        String[] words = WHITESPACE.split(s.strip());
        boolean singleName = words.length == 1 && !words[0].isEmpty() && Character.isUpperCase(words[0].codePointAt(0));
        return singleName || cues.isAgency(s);
    }

    private boolean isTitle(String line) {
        if (line.length() > MAX_TITLE_CHARS || WHITESPACE.split(line).length > MAX_TITLE_WORDS) {
            return false;
        }
        String plain = MARKDOWN_HEADING.matcher(line).replaceFirst("");
        if (plain.isEmpty() || !Character.isUpperCase(plain.codePointAt(0)) && !Character.isDigit(plain.codePointAt(0))
                && plain.codePointAt(0) != '"' && plain.codePointAt(0) != '\u201C') {
            return false;
        }
        char last = plain.charAt(plain.length() - 1);
        if (last == '.' || last == ',' || last == ';' || last == ':' || last == '-') {
            return false;
        }
        if (DATELINE.matcher(plain).find()) {
            return false;
        }
        return caption == null || !caption.matcher(plain).find();
    }

    private static boolean moreContentAfter(String content, List<int[]> lines, int index) {
        return index + 1 < lines.size() && !content.substring(lines.get(index + 1)[0]).isBlank();
    }

    private static int leadingSpace(String content, int from) {
        int i = from;
        while (i < content.length() && content.charAt(i) != '\n' && Character.isWhitespace(content.charAt(i))) {
            i++;
        }
        return i - from;
    }

    /** Line spans [start, end) without the line terminator; "\r\n", "\n" and "\r" all end a line. */
    private static List<int[]> lines(String s) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r') {
                out.add(new int[] {start, i});
                if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < s.length()) {
            out.add(new int[] {start, s.length()});
        }
        return out;
    }

    /** The header fields gathered so far; mutable, local to one parse call. */
    private static final class Header {
        String title;
        String url;
        String source;
        String byline;
        ArticleDate published;
        ArticleDate updated;

        Header copy() {
            Header c = new Header();
            c.assign(this);
            return c;
        }

        void assign(Header o) {
            title = o.title;
            url = o.url;
            source = o.source;
            byline = o.byline;
            published = o.published;
            updated = o.updated;
        }

        void set(String field, ArticleDate d) {
            if (IngestCues.UPDATED.equals(field)) {
                updated = d;
            } else {
                published = d;
            }
        }
    }
}
