package org.newskg.rdf;

import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.newskg.link.Entity;
import org.newskg.link.Linker;

/**
 * Deterministic IRIs for everything newskg mints: the same article, sentence, mention or entity gets
 * the same IRI on every run and machine.
 *
 * <pre>{@code
 * Node g = Iris.graph("u-3f2a9c1d00aa11bb");          // https://w3id.org/newskg/graph/u-3f2a9c1d00aa11bb
 * Node m = Iris.mention("u-3f2a9c1d00aa11bb", 10, 20); // .../id/article/u-3f2a9c1d00aa11bb/mention/10-20
 * }</pre>
 * Every piece of text that goes into an IRI is percent-encoded outside {@code [A-Za-z0-9._~-]}, so no
 * caller can produce an invalid or ambiguous IRI. Stateless and thread-safe.
 */
public final class Iris {

    public static final String BASE = "https://w3id.org/newskg/";
    public static final String ARTICLE_NS = BASE + "id/article/";
    public static final String ENTITY_NS = BASE + "id/entity/";
    public static final String GRAPH_NS = BASE + "graph/";
    public static final String POSITION_NS = BASE + "id/position/";

    private Iris() {
    }

    public static Node article(String articleId) {
        return NodeFactory.createURI(articleBase(articleId));
    }

    /** The named graph holding everything said about one article. */
    public static Node graph(String articleId) {
        return NodeFactory.createURI(GRAPH_NS + segment(articleId, false));
    }

    public static Node sentence(String articleId, int index) {
        requireNonNegative(index, "sentence index");
        return NodeFactory.createURI(articleBase(articleId) + "/sentence/" + index);
    }

    public static Node mention(String articleId, int begin, int end) {
        return NodeFactory.createURI(articleBase(articleId) + "/mention/" + span(begin, end));
    }

    public static Node time(String articleId, int begin, int end) {
        return NodeFactory.createURI(articleBase(articleId) + "/time/" + span(begin, end));
    }

    /** An event, minted from the offsets of its first evidence. */
    public static Node event(String articleId, int begin, int end) {
        return NodeFactory.createURI(articleBase(articleId) + "/event/" + span(begin, end));
    }

    /** The words a fact was read from. */
    public static Node evidence(String articleId, int begin, int end) {
        return NodeFactory.createURI(articleBase(articleId) + "/evidence/" + span(begin, end));
    }

    /** A person holding a position as one article says it, minted from the offsets of the title words. */
    public static Node role(String articleId, int begin, int end) {
        return NodeFactory.createURI(articleBase(articleId) + "/role/" + span(begin, end));
    }

    /** A reported statement, minted from the offsets of its content. */
    public static Node statement(String articleId, int begin, int end) {
        return NodeFactory.createURI(articleBase(articleId) + "/statement/" + span(begin, end));
    }

    /**
     * A position, shared by all articles: {@code position/president--Q148} for "President" of the entity keyed
     * {@code Q148}, {@code position/mayor} when the text does not say of what. The title is slugged the way
     * local entity keys are ({@link Linker#slug}), so "Foreign Minister" and "foreign minister" are one position.
     *
     * @param ofKey the {@link Entity#key()} of the country or organization, or null
     */
    public static Node position(String title, String ofKey) {
        String slug = Linker.slug(title);
        if (ofKey == null) {
            return NodeFactory.createURI(POSITION_NS + slug);
        }
        if (ofKey.isEmpty()) {
            throw new IllegalArgumentException("empty entity key for position '" + title + "'");
        }
        return NodeFactory.createURI(POSITION_NS + slug + "--" + segment(ofKey, true));
    }

    /** The ingest activity that produced an article's graph. */
    public static Node ingest(String articleId) {
        return NodeFactory.createURI(articleBase(articleId) + "/ingest");
    }

    public static Node entity(Entity entity) {
        return entity(entity.key());
    }

    /** An entity IRI from its key: a QID, or a path such as {@code person/jane-doe}. */
    public static Node entity(String key) {
        if (key.isEmpty()) {
            throw new IllegalArgumentException("empty entity key");
        }
        return NodeFactory.createURI(ENTITY_NS + segment(key, true));
    }

    /** The Wikidata entity IRI of a QID such as {@code Q148}. */
    public static Node wikidata(String qid) {
        if (!qid.matches("Q[1-9][0-9]*")) {
            throw new IllegalArgumentException("not a Wikidata item id: '" + qid + "'");
        }
        return NodeFactory.createURI(NKG.WD + qid);
    }

    private static String articleBase(String articleId) {
        if (articleId.isEmpty()) {
            throw new IllegalArgumentException("empty article id");
        }
        return ARTICLE_NS + segment(articleId, false);
    }

    private static String span(int begin, int end) {
        requireNonNegative(begin, "begin");
        if (end <= begin) {
            throw new IllegalArgumentException("bad span [" + begin + ", " + end + ")");
        }
        return begin + "-" + end;
    }

    private static void requireNonNegative(int n, String what) {
        if (n < 0) {
            throw new IllegalArgumentException(what + " must not be negative, got " + n);
        }
    }

    /** Percent-encodes (UTF-8) every character outside the unreserved set, and '/' unless allowed. */
    static String segment(String s, boolean allowSlash) {
        StringBuilder b = new StringBuilder(s.length());
        for (byte x : s.getBytes(StandardCharsets.UTF_8)) {
            int c = x & 0xff;
            boolean unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '.' || c == '_' || c == '~' || c == '-' || (allowSlash && c == '/');
            if (unreserved) {
                b.append((char) c);
            } else {
                b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return b.toString();
    }
}
