package org.newskg.rdf;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.newskg.NewsKgException;
import org.newskg.extract.EntityMention;
import org.newskg.extract.Evidence;
import org.newskg.ingest.Article;
import org.newskg.link.Entity;
import org.newskg.link.Link;

/**
 * What the fact writers share while one article graph is written: the article, its sentence indexes,
 * the entity each mention was linked to, and the emitter. Evidence nodes are written here, once each,
 * because events, roles and statements may point to the same words. One per article write; not thread-safe.
 */
final class ArticleScope {

    private final Article article;
    private final Node node;
    private final Set<Integer> sentences;
    private final Map<EntityMention, Entity> entities = new HashMap<>();
    private final Map<Long, Entity> entitiesBySpan = new HashMap<>();
    private final Emitter out;
    private final Set<Node> minted = new HashSet<>();

    ArticleScope(Article article, Set<Integer> sentences, List<Link> links, Emitter out) {
        this.article = article;
        this.node = Iris.article(article.id());
        this.sentences = Set.copyOf(sentences);
        this.out = out;
        for (Link l : links) {
            entities.put(l.mention(), l.entity());
            entitiesBySpan.putIfAbsent(span(l.mention().begin(), l.mention().end()), l.entity());
        }
    }

    Article article() {
        return article;
    }

    String id() {
        return article.id();
    }

    /** The article's IRI. */
    Node node() {
        return node;
    }

    Emitter out() {
        return out;
    }

    boolean hasSentence(int index) {
        return sentences.contains(index);
    }

    /**
     * The entity a mention was linked to, or null when it was not linked. A fact may carry a copy of the
     * mention made by a later rule (another confidence or rule name): the same offsets still name the entity.
     */
    Entity entity(EntityMention m) {
        if (m == null) {
            return null;
        }
        Entity e = entities.get(m);
        return e != null ? e : entitiesBySpan.get(span(m.begin(), m.end()));
    }

    /**
     * The fact IRI itself, or, when an earlier fact of this article already took it (two people given one
     * title in "Presidents A and B", two events read from one trigger), the IRI with "-2", "-3"... appended:
     * two facts never merge into one node. Facts come in text order, so the numbering is stable.
     */
    Node unique(Node iri) {
        Node candidate = iri;
        for (int n = 2; !minted.add(candidate); n++) {
            candidate = NodeFactory.createURI(iri.getURI() + "-" + n);
        }
        return candidate;
    }

    /** Writes the evidence node (once per span) and returns its IRI. */
    Node evidence(Evidence e) {
        String text = article.text();
        if (e.end() > text.length()) {
            throw new NewsKgException("evidence [" + e.begin() + ", " + e.end() + ") lies outside the text of article "
                    + article.id() + " (length " + text.length() + ")");
        }
        Node en = Iris.evidence(article.id(), e.begin(), e.end());
        out.add(en, RDF.type.asNode(), NKG.Evidence);
        out.add(en, NKG.inArticle, node);
        if (sentences.contains(e.sentence())) {
            out.add(en, NKG.inSentence, Iris.sentence(article.id(), e.sentence()));
        }
        out.add(en, NKG.beginIndex, Literals.offset(e.begin()));
        out.add(en, NKG.endIndex, Literals.offset(e.end()));
        out.add(en, NKG.anchorOf, Literals.string(text.substring(e.begin(), e.end())));
        return en;
    }

    private static long span(int begin, int end) {
        return ((long) begin << 32) | end;
    }
}
