package org.newskg.query;

import java.util.Objects;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * Points the federated parts of a query elsewhere: every {@code SERVICE <https://query.wikidata.org/sparql>}
 * becomes {@code SERVICE <url>}, so ready queries name the public endpoint and still run against a mirror.
 *
 * <pre>{@code
 * String q = ServiceEndpoints.rewrite(Files.readString(Path.of("queries/federated-wikidata.rq")), "http://localhost:3030/wd/sparql");
 * }</pre>
 * Stateless and thread-safe.
 */
public final class ServiceEndpoints {

    /** The SERVICE IRI the ready queries use. */
    public static final String WIKIDATA = "https://query.wikidata.org/sparql";

    private ServiceEndpoints() {
    }

    /** The query with SERVICE clauses aimed at the public Wikidata endpoint sent to {@code url} instead. */
    public static String rewrite(String sparql, String url) {
        Objects.requireNonNull(url, "url");
        if (!url.matches("https?://\\S+")) {
            throw new org.newskg.NewsKgException("service endpoint must be an http(s) URL, got '" + url + "'");
        }
        Query q = QueryRunner.parse(sparql);
        Node target = NodeFactory.createURI(url);
        Query out = QueryTransformOps.transform(q, new ElementTransformCopyBase() {
            @Override
            public Element transform(ElementService el, Node service, Element sub) {
                if (service.isURI() && service.getURI().equals(WIKIDATA)) {
                    return new ElementService(target, sub, el.getSilent());
                }
                return super.transform(el, service, sub);
            }
        });
        return out.serialize();
    }
}
