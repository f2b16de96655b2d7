package org.newskg.validate;

import java.time.LocalDate;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newskg.extract.TimexType;
import org.newskg.ingest.ArticleDate;
import org.newskg.kb.EntityType;
import org.newskg.link.Entity;
import org.newskg.rdf.ArticleGraphWriter;
import org.newskg.rdf.Iris;
import org.newskg.rdf.NKG;
import org.newskg.rdf.TestArticles;

/**
 * An article graph with events, roles and statements exactly as the facts contract (facts-contract.md)
 * writes them: the real writer's article, sentences, mentions and entities, plus hand-made fact nodes.
 * Used by the shape and explain tests until the fact extractor is on main.
 *
 * <pre>{@code
 * ContractGraph c = ContractGraph.xiPutinCall();
 * Graph g = c.graph();   // a fresh copy each call
 * }</pre>
 */
public final class ContractGraph {

    public static final String ID = "contract-xi-putin";
    public static final String TEXT = "BEIJING (Xinhua) -- Chinese President Xi Jinping said on Thursday that China and Russia "
            + "should deepen cooperation. Xi made the remarks in his phone conversation with his Russian counterpart, "
            + "Vladimir Putin, ahead of the Chinese New Year.";
    public static final String CALL_SENTENCE = "Xi made the remarks in his phone conversation with his Russian counterpart, "
            + "Vladimir Putin, ahead of the Chinese New Year.";
    public static final String CONTENT = "China and Russia should deepen cooperation";

    public static final Entity XI = TestArticles.linked("Q15031", "Xi Jinping", EntityType.PERSON);
    public static final Entity PUTIN = TestArticles.linked("Q7747", "Vladimir Putin", EntityType.PERSON);
    public static final Entity CHINA = TestArticles.linked("Q148", "People's Republic of China", EntityType.COUNTRY);
    public static final Entity RUSSIA = TestArticles.linked("Q159", "Russia", EntityType.COUNTRY);

    public static final Node ARTICLE = Iris.article(ID);
    public static final Node GRAPH = Iris.graph(ID);
    public static final Node XI_IRI = Iris.entity(XI);
    public static final Node PUTIN_IRI = Iris.entity(PUTIN);
    public static final Node CHINA_IRI = Iris.entity(CHINA);
    public static final Node POSITION = NodeFactory.createURI(Iris.BASE + "id/position/president--Q148");

    private ContractGraph() {
    }

    public static Node nkg(String local) {
        return NodeFactory.createURI(NKG.NS + local);
    }

    public static int begin(String s) {
        int i = TEXT.indexOf(s);
        if (i < 0) {
            throw new IllegalArgumentException(s);
        }
        return i;
    }

    public static int end(String s) {
        return begin(s) + s.length();
    }

    public static Node event() {
        return span("event", "phone conversation");
    }

    public static Node callEvidence() {
        return span("evidence", "phone conversation");
    }

    public static Node statement() {
        return span("statement", CONTENT);
    }

    public static Node role() {
        return span("role", "President Xi");
    }

    public static Node time() {
        return Iris.time(ID, begin("Thursday"), end("Thursday"));
    }

    private static Node span(String kind, String s) {
        return NodeFactory.createURI(Iris.ARTICLE_NS + ID + "/" + kind + "/" + begin(s) + "-" + end(s));
    }

    /** A fresh, valid article graph with one phone call, one role and one statement. */
    public static Graph graph() {
        var le = TestArticles.builder(ID, TEXT).title("Xi, Putin hold phone talks").source("Xinhua")
                .published(ArticleDate.of(LocalDate.of(2024, 2, 8)))
                .mention("Xi Jinping", XI, "kb:label", 0.95)
                .mention("China and", "China", CHINA, "kb:alias", 0.9)
                .mention("Russia should", "Russia", RUSSIA, "kb:label", 0.95)
                .mention("Xi made", "Xi", XI, "kb:alias", 0.85)
                .mention("Vladimir Putin", PUTIN, "kb:label", 0.95)
                .time("Thursday", TimexType.DATE, "2024-02-08")
                .build();
        Graph g = new ArticleGraphWriter("test").toGraph(le);
        Node s0 = Iris.sentence(ID, 0);
        Node s1 = Iris.sentence(ID, 1);

        Node ev = event();
        Node evidence = callEvidence();
        g.add(ev, RDF.type.asNode(), nkg("PhoneCall"));
        g.add(ev, RDFS.label.asNode(), str("phone call"));
        g.add(ev, nkg("participant"), XI_IRI);
        g.add(ev, nkg("participant"), PUTIN_IRI);
        g.add(ev, nkg("eventDate"), NodeFactory.createLiteralDT("2024-02-08", XSDDatatype.XSDdate));
        g.add(ev, nkg("dateExpression"), time());
        g.add(ev, nkg("cameoCode"), str("041"));
        g.add(ev, nkg("cameoLabel"), str("Discuss by telephone"));
        g.add(ev, nkg("eventStatus"), str("concluded"));
        g.add(ev, nkg("extractionRule"), str("event-heads:phone conversation"));
        g.add(ev, nkg("confidence"), NodeValue.makeDouble(0.9).asNode());
        g.add(ev, nkg("evidence"), evidence);
        g.add(ev, nkg("inArticle"), ARTICLE);
        evidence(g, evidence, s1, "phone conversation");
        g.add(XI_IRI, nkg("talkedWith"), PUTIN_IRI);
        g.add(PUTIN_IRI, nkg("talkedWith"), XI_IRI);

        Node role = role();
        Node roleEvidence = span("evidence", "President Xi");
        g.add(role, RDF.type.asNode(), nkg("PositionHolding"));
        g.add(role, nkg("holder"), XI_IRI);
        g.add(role, nkg("position"), POSITION);
        g.add(role, nkg("roleDate"), NodeFactory.createLiteralDT("2024-02-08", XSDDatatype.XSDdate));
        g.add(role, nkg("extractionRule"), str("title:before-name"));
        g.add(role, nkg("evidence"), roleEvidence);
        evidence(g, roleEvidence, s0, "President Xi");
        g.add(POSITION, RDF.type.asNode(), nkg("Position"));
        g.add(POSITION, RDFS.label.asNode(), str("President of China"));
        g.add(POSITION, nkg("title"), str("President"));
        g.add(POSITION, nkg("positionOf"), CHINA_IRI);
        g.add(XI_IRI, nkg("heldPosition"), POSITION);

        Node st = statement();
        Node cue = span("evidence", "said");
        g.add(st, RDF.type.asNode(), nkg("Statement"));
        g.add(st, nkg("speaker"), XI_IRI);
        g.add(st, nkg("statementText"), str(CONTENT));
        g.add(st, nkg("beginIndex"), offset(begin(CONTENT)));
        g.add(st, nkg("endIndex"), offset(end(CONTENT)));
        g.add(st, nkg("statementDate"), NodeFactory.createLiteralDT("2024-02-08", XSDDatatype.XSDdate));
        g.add(st, nkg("mentionsEntity"), CHINA_IRI);
        g.add(st, nkg("reportingVerb"), str("say"));
        g.add(st, nkg("statementKind"), str("indirect"));
        g.add(st, nkg("extractionRule"), str("speech:subject-said-that"));
        g.add(st, nkg("confidence"), NodeValue.makeDouble(0.8).asNode());
        g.add(st, nkg("evidence"), cue);
        g.add(st, nkg("inArticle"), ARTICLE);
        evidence(g, cue, s0, "said");
        return g;
    }

    private static void evidence(Graph g, Node n, Node sentence, String anchor) {
        g.add(n, RDF.type.asNode(), nkg("Evidence"));
        g.add(n, nkg("inSentence"), sentence);
        g.add(n, nkg("beginIndex"), offset(begin(anchor)));
        g.add(n, nkg("endIndex"), offset(end(anchor)));
        g.add(n, nkg("anchorOf"), str(anchor));
    }

    private static Node str(String s) {
        return NodeFactory.createLiteralString(s);
    }

    /** The contract says xsd:int for evidence offsets. */
    private static Node offset(int n) {
        return NodeFactory.createLiteralDT(Integer.toString(n), XSDDatatype.XSDint);
    }
}
