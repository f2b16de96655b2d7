package org.newskg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.NewsKgException;
import org.newskg.extract.EntityMention;
import org.newskg.extract.Event;
import org.newskg.extract.Evidence;
import org.newskg.extract.Participant;
import org.newskg.extract.RoleMention;
import org.newskg.kb.EntityType;
import org.newskg.link.LinkedExtraction;
import org.newskg.store.KgStore;

/**
 * Events, roles and statements through {@link ArticleGraphWriter} ({@link EventWriter}, {@link RoleWriter},
 * {@link StatementWriter}) on three real articles (the Xinhua sample, the Reuters sample and one written for
 * these tests), with their mentions from the real pipeline, and into a real TDB2 store.
 */
class FactWritersTest {

    @TempDir
    static Path tmp;
    private static FactArticles articles;
    private static ArticleGraphWriter writer;
    private static LinkedExtraction xinhua;
    private static LinkedExtraction reuters;
    private static LinkedExtraction modi;
    private static KgStore store;

    @BeforeAll
    static void load() {
        articles = FactArticles.load();
        writer = ArticleGraphWriter.load(FactArticles.DATA);
        xinhua = articles.xinhua();
        reuters = articles.reuters();
        modi = articles.modiRamaphosa();
        store = KgStore.open(tmp.resolve("kg"));
        for (LinkedExtraction le : List.of(xinhua, reuters, modi)) {
            store.replaceArticle(Iris.graph(id(le)), sink -> writer.write(le, sink));
        }
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static String id(LinkedExtraction le) {
        return le.extraction().text().article().id();
    }

    private static Graph graph(LinkedExtraction le) {
        return writer.toGraph(le);
    }

    private static Node object(Graph g, Node s, Node p) {
        List<Triple> ts = g.find(s, p, Node.ANY).toList();
        assertEquals(1, ts.size(), "expected one " + p + " of " + s + ", got " + ts);
        return ts.get(0).getObject();
    }

    private static Set<Node> objects(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).mapWith(Triple::getObject).toSet();
    }

    private static Node eventAt(LinkedExtraction le, String words, int nth) {
        String text = le.extraction().text().text();
        int b = -1;
        for (int i = 0; i < nth; i++) {
            b = text.indexOf(words, b + 1);
        }
        return Iris.event(id(le), b, b + words.length());
    }

    private static Node eventAt(LinkedExtraction le, String words) {
        return eventAt(le, words, 1);
    }

    private static Node entity(String key) {
        return Iris.entity(key);
    }

    private static Node typed(String lexical, XSDDatatype type) {
        return NodeFactory.createLiteralDT(lexical, type);
    }

    @Test
    void thePhoneCallHasItsTypeParticipantsDateCameoCodeAndBothPiecesOfEvidence() {
        Graph g = graph(xinhua);
        Node call = eventAt(xinhua, "phone conversation");
        assertTrue(call.getURI().startsWith("https://w3id.org/newskg/id/article/" + id(xinhua) + "/event/"), call.getURI());
        assertEquals(NKG.PhoneCall, object(g, call, RDF.type.asNode()));
        assertEquals("phone conversation", object(g, call, RDFS.label.asNode()).getLiteralLexicalForm());
        assertEquals(Set.of(entity("Q15031"), entity("Q7747")), objects(g, call, NKG.participant));
        assertEquals(typed("2024-02-08", XSDDatatype.XSDdate), object(g, call, NKG.eventDate));
        assertEquals("041", object(g, call, NKG.cameoCode).getLiteralLexicalForm());
        assertEquals("Discuss by telephone", object(g, call, NKG.cameoLabel).getLiteralLexicalForm());
        assertEquals("concluded", object(g, call, NKG.eventStatus).getLiteralLexicalForm());
        assertEquals("trigger:phone conversation", object(g, call, NKG.extractionRule).getLiteralLexicalForm());
        assertEquals(XSDDatatype.XSDdouble.getURI(), object(g, call, NKG.confidence).getLiteralDatatypeURI());
        assertEquals(Iris.article(id(xinhua)), object(g, call, NKG.inArticle));

        Set<String> anchors = objects(g, call, NKG.evidence).stream()
                .map(e -> object(g, e, NKG.anchorOf).getLiteralLexicalForm()).collect(Collectors.toSet());
        assertEquals(Set.of("phone conversation", "phone call"), anchors);
    }

    @Test
    void evidenceNodesCarryTheirSentenceAndOffsetsIntoTheArticleText() {
        Graph g = graph(xinhua);
        String text = xinhua.extraction().text().text();
        List<Node> evidence = g.find(Node.ANY, RDF.type.asNode(), NKG.Evidence).mapWith(Triple::getSubject).toList();
        assertEquals(10, evidence.size(), "5 events (the call told twice), 2 titles, 2 cues: " + evidence);
        for (Node e : evidence) {
            int b = Integer.parseInt(object(g, e, NKG.beginIndex).getLiteralLexicalForm());
            int end = Integer.parseInt(object(g, e, NKG.endIndex).getLiteralLexicalForm());
            assertEquals(XSDDatatype.XSDnonNegativeInteger.getURI(), object(g, e, NKG.beginIndex).getLiteralDatatypeURI());
            assertEquals(text.substring(b, end), object(g, e, NKG.anchorOf).getLiteralLexicalForm());
            assertEquals(Iris.evidence(id(xinhua), b, end), e);
            Node sentence = object(g, e, NKG.inSentence);
            int sb = Integer.parseInt(object(g, sentence, NKG.beginIndex).getLiteralLexicalForm());
            int se = Integer.parseInt(object(g, sentence, NKG.endIndex).getLiteralLexicalForm());
            assertTrue(sb <= b && end <= se, "evidence [" + b + ", " + end + ") outside its sentence [" + sb + ", " + se + ")");
        }
    }

    @Test
    void theDateExpressionIsTheTimeMentionNodeWithTheOriginalWords() {
        Graph g = graph(xinhua);
        Node talks = eventAt(xinhua, "holds talks");
        Node expr = object(g, talks, NKG.dateExpression);
        assertEquals(NKG.TemporalExpression, object(g, expr, RDF.type.asNode()));
        assertEquals("Oct 18, 2023", object(g, expr, NKG.anchorOf).getLiteralLexicalForm());
        assertEquals(typed("2023-10-18", XSDDatatype.XSDdate), object(g, talks, NKG.eventDate));
        assertEquals(entity("facility/great-hall-of-the-people"), object(g, talks, NKG.place));
    }

    @Test
    void eventDatesAreTypedByTheirPrecision() {
        Graph x = graph(xinhua);
        assertEquals(typed("2024", XSDDatatype.XSDgYear), object(x, eventAt(xinhua, "75th anniversary"), NKG.eventDate));
        assertEquals(typed("2024", XSDDatatype.XSDgYear), object(x, eventAt(xinhua, "presidency"), NKG.eventDate));
        Graph m = graph(modi);
        assertEquals(typed("2024-11", XSDDatatype.XSDgYearMonth), object(m, eventAt(modi, "forum"), NKG.eventDate));
        assertEquals(typed("2025", XSDDatatype.XSDgYear), object(m, eventAt(modi, "summit"), NKG.eventDate));
        assertEquals(typed("2024-03-12", XSDDatatype.XSDdate), object(m, eventAt(modi, "hosted"), NKG.eventDate));
        Node undated = eventAt(modi, "met");
        assertFalse(m.contains(undated, NKG.eventDate, Node.ANY));
        assertFalse(m.contains(undated, NKG.dateExpression, Node.ANY));
    }

    @Test
    void hostsAreWrittenAsHostedByAndCountriesNeverTalk() {
        Graph x = graph(xinhua);
        Node summit = eventAt(xinhua, "summit");
        assertEquals(NKG.Summit, object(x, summit, RDF.type.asNode()));
        assertEquals(entity("Q232"), object(x, summit, NKG.hostedBy));
        assertEquals("planned", object(x, summit, NKG.eventStatus).getLiteralLexicalForm());
        assertFalse(x.contains(summit, NKG.cameoCode, Node.ANY), "no code was given");
        assertFalse(x.contains(entity("Q232"), NKG.talkedWith, Node.ANY));
        assertFalse(x.contains(entity("Q148"), NKG.talkedWith, Node.ANY));
        Graph m = graph(modi);
        assertEquals(entity("Q1148669"), object(m, eventAt(modi, "summit"), NKG.hostedBy));
        assertEquals(entity("Q1058"), object(m, eventAt(modi, "hosted"), NKG.hostedBy));
        assertEquals("Host a visit", object(m, eventAt(modi, "hosted"), NKG.cameoLabel).getLiteralLexicalForm());
    }

    @Test
    void talkedWithAndMetAreWrittenBothWaysRoundFromTheRightEventTypes() {
        Graph x = graph(xinhua);
        Node xi = entity("Q15031");
        Node putin = entity("Q7747");
        assertTrue(x.contains(xi, NKG.talkedWith, putin));
        assertTrue(x.contains(putin, NKG.talkedWith, xi));
        assertTrue(x.contains(xi, NKG.met, putin), "the talks in Beijing were a meeting");
        assertTrue(x.contains(putin, NKG.met, xi));
        assertFalse(x.contains(xi, NKG.talkedWith, xi));

        Graph m = graph(modi);
        Node modiE = entity("Q1058");
        Node rama = entity("Q1148669");
        Node lula = entity("Q37181");
        assertTrue(m.contains(modiE, NKG.talkedWith, lula) && m.contains(lula, NKG.talkedWith, modiE));
        assertTrue(m.contains(rama, NKG.talkedWith, lula) && m.contains(lula, NKG.talkedWith, rama));
        assertFalse(m.contains(modiE, NKG.met, lula), "a phone call is no meeting");
        assertTrue(m.contains(modiE, NKG.met, rama) && m.contains(rama, NKG.met, modiE));
        // Each triple once, though the visit, the meeting and the call all join Modi and Ramaphosa.
        assertEquals(6, m.find(Node.ANY, NKG.talkedWith, Node.ANY).toList().size());
    }

    @Test
    void rolesPointToASharedPositionNodeAndTheDerivedHeldPosition() {
        Graph g = graph(xinhua);
        Node president = Iris.position("President", "Q148");
        assertEquals("https://w3id.org/newskg/id/position/president--Q148", president.getURI());
        assertEquals(NKG.Position, object(g, president, RDF.type.asNode()));
        assertEquals("President of People's Republic of China", object(g, president, RDFS.label.asNode()).getLiteralLexicalForm());
        assertEquals("President", object(g, president, NKG.title).getLiteralLexicalForm());
        assertEquals(entity("Q148"), object(g, president, NKG.positionOf));
        assertTrue(g.contains(entity("Q15031"), NKG.heldPosition, president));
        assertTrue(g.contains(entity("Q7747"), NKG.heldPosition, Iris.position("President", "Q159")));

        Node holding = g.find(Node.ANY, NKG.holder, entity("Q15031")).next().getSubject();
        assertEquals(NKG.PositionHolding, object(g, holding, RDF.type.asNode()));
        assertTrue(holding.getURI().contains("/article/" + id(xinhua) + "/role/"), holding.getURI());
        assertEquals(president, object(g, holding, NKG.position));
        assertEquals(typed("2024-02-08", XSDDatatype.XSDdate), object(g, holding, NKG.roleDate));
        assertEquals("President", object(g, object(g, holding, NKG.evidence), NKG.anchorOf).getLiteralLexicalForm());
        assertEquals("title:demonym-title-name", object(g, holding, NKG.extractionRule).getLiteralLexicalForm());

        Node pm = Iris.position("Prime Minister", "Q668");
        assertEquals("https://w3id.org/newskg/id/position/prime-minister--Q668", pm.getURI());
        assertEquals("Prime Minister of India", object(graph(modi), pm, RDFS.label.asNode()).getLiteralLexicalForm());
    }

    @Test
    void twoArticlesShareOnePositionNodeInTheStore() {
        Node presidentOfBrazil = Iris.position("President", "Q155");
        List<String> graphs = store.read(() -> {
            Dataset ds = store.dataset();
            List<String> out = new ArrayList<>();
            ds.listNames().forEachRemaining(name -> {
                if (ds.getNamedModel(name).getGraph().contains(presidentOfBrazil, RDF.type.asNode(), NKG.Position)) {
                    out.add(name);
                }
            });
            out.sort(null);
            return out;
        });
        assertEquals(List.of(Iris.graph(id(modi)).getURI(), Iris.graph(id(reuters)).getURI()).stream().sorted().toList(), graphs);
        long holdings = store.read(() -> store.dataset().getUnionModel().getGraph()
                .find(Node.ANY, NKG.position, presidentOfBrazil).toList().size());
        assertEquals(2, holdings, "one holding per article, one position for both");
    }

    @Test
    void statementsCarrySpeakerContentOffsetsDateAndTheEntitiesTheyMention() {
        Graph g = graph(xinhua);
        String text = xinhua.extraction().text().text();
        String content = "China and Russia withstood many tests together in the past";
        int b = text.indexOf(content);
        List<Node> statements = g.find(Node.ANY, RDF.type.asNode(), NKG.Statement).mapWith(Triple::getSubject).toList();
        assertEquals(2, statements.size());
        Node st = statements.stream().filter(s -> s.getURI().contains("/statement/" + b + "-")).findFirst().orElseThrow();
        assertEquals(entity("Q15031"), object(g, st, NKG.speaker));
        String said = object(g, st, NKG.statementText).getLiteralLexicalForm();
        assertTrue(said.startsWith(content) && said.endsWith("in the future"), said);
        int begin = Integer.parseInt(object(g, st, NKG.beginIndex).getLiteralLexicalForm());
        int end = Integer.parseInt(object(g, st, NKG.endIndex).getLiteralLexicalForm());
        assertEquals(said, text.substring(begin, end));
        assertEquals(typed("2024-02-08", XSDDatatype.XSDdate), object(g, st, NKG.statementDate));
        assertEquals(Set.of(entity("Q148"), entity("Q159")), objects(g, st, NKG.mentionsEntity));
        assertEquals("say", object(g, st, NKG.reportingVerb).getLiteralLexicalForm());
        assertEquals("indirect", object(g, st, NKG.statementKind).getLiteralLexicalForm());
        assertEquals("said", object(g, object(g, st, NKG.evidence), NKG.anchorOf).getLiteralLexicalForm());
        assertEquals(Iris.article(id(xinhua)), object(g, st, NKG.inArticle));

        Node putins = statements.stream().filter(s -> !s.equals(st)).findFirst().orElseThrow();
        assertEquals(entity("Q7747"), object(g, putins, NKG.speaker));
        assertFalse(g.contains(putins, NKG.statementDate, Node.ANY), "the text gives no date: none is guessed");
    }

    @Test
    void theSameInputGivesTheSameSortedNQuadsAndAFreshPipelineRunToo() {
        String first = nquads(xinhua);
        assertEquals(first, nquads(xinhua));
        assertEquals(first, nquads(FactArticles.load().xinhua()), "a second pipeline gives the same graph");
        assertNotEquals(first, nquads(modi));
        assertEquals(nquads(modi), nquads(articles.modiRamaphosa()));
    }

    private static String nquads(LinkedExtraction le) {
        Dataset ds = org.apache.jena.query.DatasetFactory.create();
        writer.write(le, new StreamRDFBase() {
            @Override
            public void quad(Quad q) {
                ds.asDatasetGraph().add(q);
            }
        });
        StringWriter out = new StringWriter();
        RDFDataMgr.write(out, ds, Lang.NQUADS);
        return out.toString().lines().sorted().collect(Collectors.joining("\n"));
    }

    @Test
    void eachTripleIsSentOnce() {
        List<Quad> quads = new ArrayList<>();
        writer.write(modi, new StreamRDFBase() {
            @Override
            public void quad(Quad q) {
                quads.add(q);
            }
        });
        assertEquals(quads.size(), Set.copyOf(quads).size());
    }

    @Test
    void everyNewskgTermTheFactWritersEmitIsDeclaredInTheOntology() {
        Graph ontology = RDFDataMgr.loadGraph(FactArticles.HOME.resolve("ontology/newskg.ttl").toString());
        for (LinkedExtraction le : List.of(xinhua, reuters, modi)) {
            Graph g = graph(le);
            g.find().forEachRemaining(t -> {
                List<Node> terms = new ArrayList<>(List.of(t.getPredicate()));
                if (t.getPredicate().equals(RDF.type.asNode())) {
                    terms.add(t.getObject());
                }
                for (Node n : terms) {
                    if (n.getURI().startsWith(NKG.NS)) {
                        assertTrue(ontology.contains(n, RDF.type.asNode(), Node.ANY), n + " is emitted but not declared");
                    }
                }
            });
        }
    }

    @Test
    void anUnknownEventTypeIsRejectedNamingIt() {
        Event odd = new Event("Coronation", "coronation", List.of(new Evidence(0, 0, 5)), List.of(), null, null, null,
                null, null, "trigger:crown", 0.5);
        LinkedExtraction bad = new LinkedExtraction(modi.extraction().withFacts(List.of(odd), List.of(), List.of()), modi.links());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> graph(bad));
        assertTrue(e.getMessage().contains("Coronation"), e.getMessage());
    }

    @Test
    void evidenceOutsideTheTextIsRejectedNamingTheArticle() {
        int length = modi.extraction().text().text().length();
        Event far = new Event("Event", "x", List.of(new Evidence(0, length, length + 3)), List.of(), modi.extraction().times().get(0),
                null, null, null, null, "trigger:x", 0.5);
        LinkedExtraction bad = new LinkedExtraction(modi.extraction().withFacts(List.of(far), List.of(), List.of()), modi.links());
        NewsKgException e = assertThrows(NewsKgException.class, () -> graph(bad));
        assertTrue(e.getMessage().contains(id(modi)), e.getMessage());
    }

    @Test
    void aParticipantWhoseMentionWasNotLinkedIsLeftOutNotInventedAndAnEventOfNobodyAtNoTimeIsNotWritten() {
        String text = modi.extraction().text().text();
        int b = text.indexOf("officials");
        EntityMention officials = new EntityMention(b, b + 9, "officials", 1, EntityType.PERSON, "officials", null, "test", 0.3);
        Event vague = new Event("Event", "statement by officials", List.of(new Evidence(1, b, b + 9)),
                List.of(new Participant(officials, "agent", "test")), null, null, null, null, null, "trigger:x", 0.5);
        Event dated = new Event("Event", "statement by officials", List.of(new Evidence(1, b, b + 9)),
                List.of(new Participant(officials, "agent", "test")), modi.extraction().times().get(0), null, null, null,
                null, "trigger:x", 0.5);
        Graph g = graph(new LinkedExtraction(modi.extraction().withFacts(List.of(vague), List.of(), List.of()), modi.links()));
        Node ev = Iris.event(id(modi), b, b + 9);
        assertFalse(g.contains(ev, Node.ANY, Node.ANY), "nobody at no time: not a fact worth stating");
        assertFalse(g.contains(Iris.evidence(id(modi), b, b + 9), Node.ANY, Node.ANY), "nor its evidence");

        g = graph(new LinkedExtraction(modi.extraction().withFacts(List.of(dated), List.of(), List.of()), modi.links()));
        assertEquals(NKG.Event, object(g, ev, RDF.type.asNode()));
        assertFalse(g.contains(ev, NKG.participant, Node.ANY));
        assertFalse(g.contains(ev, OWL.sameAs.asNode(), Node.ANY));
        assertEquals(typed("2024-03-12", XSDDatatype.XSDdate), object(g, ev, NKG.eventDate));
    }

    @Test
    void aWriterWithoutCameoTableKeepsTheCodeOnly() {
        Graph g = GraphFactory.createDefaultGraph();
        new ArticleGraphWriter("x").write(xinhua, new StreamRDFBase() {
            @Override
            public void quad(Quad q) {
                g.add(q.asTriple());
            }
        });
        Node call = eventAt(xinhua, "phone conversation");
        assertEquals("041", object(g, call, NKG.cameoCode).getLiteralLexicalForm());
        assertFalse(g.contains(call, NKG.cameoLabel, Node.ANY));
    }

    @Test
    void factsReadFromTheSameWordsStayApartAndAPositionOfNothingIsJustItsTitle() {
        String text = modi.extraction().text().text();
        int b = text.indexOf("leaders also");
        Evidence leaders = new Evidence(3, b, b + "leaders".length());
        List<EntityMention> two = modi.extraction().entities().stream()
                .filter(m -> m.text().equals("Modi") || m.text().equals("Ramaphosa")).limit(2).toList();
        List<RoleMention> roles = two.stream().map(m -> new RoleMention(m, "Leader", null, leaders, "title:group")).toList();
        List<Participant> both = two.stream().map(m -> new Participant(m, "participant", "test")).toList();
        Event first = new Event("Meeting", "talks", List.of(leaders), both, null, null, null, null, null, "trigger:a", 0.5);
        Event second = new Event("PhoneCall", "call", List.of(leaders), both, null, null, null, null, null, "trigger:b", 0.5);
        Graph g = graph(new LinkedExtraction(modi.extraction().withFacts(List.of(first, second), roles, List.of()), modi.links()));

        Node role = Iris.role(id(modi), b, b + 7);
        Node role2 = NodeFactory.createURI(role.getURI() + "-2");
        assertEquals(Set.of(entity("Q1058"), entity("Q1148669")), Set.of(object(g, role, NKG.holder), object(g, role2, NKG.holder)));
        Node leader = Iris.position("Leader", null);
        assertEquals("https://w3id.org/newskg/id/position/leader", leader.getURI());
        assertEquals("Leader", object(g, leader, RDFS.label.asNode()).getLiteralLexicalForm());
        assertFalse(g.contains(leader, NKG.positionOf, Node.ANY));
        assertEquals(object(g, role, NKG.evidence), object(g, role2, NKG.evidence), "one evidence node for both");

        Node ev = Iris.event(id(modi), b, b + 7);
        Node ev2 = NodeFactory.createURI(ev.getURI() + "-2");
        assertEquals(NKG.Meeting, object(g, ev, RDF.type.asNode()), "events are ordered by offsets, then type");
        assertEquals(NKG.PhoneCall, object(g, ev2, RDF.type.asNode()));
    }

    @Test
    void aParticipantInTheHostRoleIsWrittenAsHostToo() {
        List<EntityMention> people = modi.extraction().entities().stream()
                .filter(m -> m.text().equals("Narendra Modi") || m.text().equals("Cyril Ramaphosa")).toList();
        Evidence hosted = modi.extraction().events().get(0).first();
        Event visit = new Event("Visit", "visit", List.of(hosted),
                List.of(new Participant(people.get(0), "host", "subject"), new Participant(people.get(1), "visitor", "object")),
                null, null, null, "043", null, "trigger:host", 0.8);
        Graph g = graph(new LinkedExtraction(modi.extraction().withFacts(List.of(visit), List.of(), List.of()), modi.links()));
        Node ev = Iris.event(id(modi), hosted.begin(), hosted.end());
        assertEquals(entity("Q1058"), object(g, ev, NKG.hostedBy));
        assertEquals(2, objects(g, ev, NKG.participant).size());
        assertTrue(g.contains(entity("Q1148669"), NKG.met, entity("Q1058")));

        Event hostOnly = new Event("Summit", "summit", List.of(hosted), List.of(), null, null, people.get(1), null, null,
                "trigger:host", 0.7);
        Graph h = graph(new LinkedExtraction(modi.extraction().withFacts(List.of(hostOnly), List.of(), List.of()), modi.links()));
        assertEquals(entity("Q1148669"), object(h, ev, NKG.hostedBy));
        assertEquals(entity("Q1148669"), object(h, ev, NKG.participant), "a host takes part");
    }
    @Test
    void theTwoPeopleOfASummitTalkedAndMetButThreeSayNotWhoSpokeToWhom() {
        List<EntityMention> people = modi.extraction().entities().stream()
                .filter(m -> m.text().equals("Narendra Modi") || m.text().equals("Cyril Ramaphosa")
                        || m.text().equals("Luiz Inacio Lula da Silva") || m.text().equals("Lula")).toList();
        Evidence told = modi.extraction().events().get(0).first();
        List<Participant> two = people.stream().filter(m -> !m.text().contains("Lula"))
                .map(m -> new Participant(m, "participant", "test")).toList();
        Event pair = new Event("Summit", "summit", List.of(told), two, null, null, null, null, null, "trigger:summit", 0.7);
        Graph g = graph(new LinkedExtraction(modi.extraction().withFacts(List.of(pair), List.of(), List.of()), modi.links()));
        assertTrue(g.contains(entity("Q1058"), NKG.talkedWith, entity("Q1148669")) && g.contains(entity("Q1148669"), NKG.met, entity("Q1058")),
                "a summit of two leaders is their meeting");

        List<Participant> three = people.stream().map(m -> new Participant(m, "participant", "test")).toList();
        Event many = new Event("Summit", "summit", List.of(told), three, null, null, null, null, null, "trigger:summit", 0.7);
        Graph h = graph(new LinkedExtraction(modi.extraction().withFacts(List.of(many), List.of(), List.of()), modi.links()));
        assertTrue(objects(h, Iris.event(id(modi), told.begin(), told.end()), NKG.participant).size() >= 3, "three people took part");
        assertFalse(h.contains(Node.ANY, NKG.talkedWith, Node.ANY));
        assertFalse(h.contains(Node.ANY, NKG.met, Node.ANY));
    }

    @Test
    void aPlannedMeetingDerivesNoTalkedWithOrMetButIsStillAnEvent() {
        List<EntityMention> people = modi.extraction().entities().stream()
                .filter(m -> m.text().equals("Narendra Modi") || m.text().equals("Cyril Ramaphosa")).toList();
        Evidence told = modi.extraction().events().get(0).first();
        List<Participant> both = people.stream().map(m -> new Participant(m, "participant", "test")).toList();
        Event planned = new Event("Meeting", "meeting", List.of(told), both, null, null, null, null, "planned", "trigger:meet", 0.6);
        Graph g = graph(new LinkedExtraction(modi.extraction().withFacts(List.of(planned), List.of(), List.of()), modi.links()));
        Node ev = Iris.event(id(modi), told.begin(), told.end());
        assertEquals(NKG.Meeting, object(g, ev, RDF.type.asNode()));
        assertEquals(2, objects(g, ev, NKG.participant).size());
        assertFalse(g.contains(Node.ANY, NKG.talkedWith, Node.ANY), "a planned meeting has not happened");
        assertFalse(g.contains(Node.ANY, NKG.met, Node.ANY));

        Event held = new Event("Meeting", "meeting", List.of(told), both, null, null, null, null, "concluded", "trigger:meet", 0.6);
        Graph h = graph(new LinkedExtraction(modi.extraction().withFacts(List.of(held), List.of(), List.of()), modi.links()));
        assertTrue(h.contains(entity("Q1058"), NKG.talkedWith, entity("Q1148669")));
        assertTrue(h.contains(entity("Q1148669"), NKG.met, entity("Q1058")));
    }

    @Test
    void sourceAndTargetActorsAreParticipantsTooAndACounterpartIsWrittenBothWays() {
        List<EntityMention> people = modi.extraction().entities().stream()
                .filter(m -> m.text().equals("Narendra Modi") || m.text().equals("Cyril Ramaphosa")).toList();
        Evidence told = modi.extraction().events().get(0).first();
        Event call = new Event("PhoneCall", "phone call", List.of(told),
                List.of(new Participant(people.get(0), "source", "subject"),
                        new Participant(people.get(1), "target", "apposition", people.get(0))),
                null, null, null, "041", null, "trigger:phone call", 0.8);
        Graph g = graph(new LinkedExtraction(modi.extraction().withFacts(List.of(call), List.of(), List.of()), modi.links()));
        Node ev = Iris.event(id(modi), told.begin(), told.end());
        Node modiE = entity(people.get(0).kbQid());
        Node rama = entity(people.get(1).kbQid());
        assertEquals(modiE, object(g, ev, NKG.sourceActor));
        assertEquals(rama, object(g, ev, NKG.targetActor));
        assertEquals(Set.of(modiE, rama), objects(g, ev, NKG.participant),
                "a store does not reason: the sub-properties are written with their super-property");
        assertTrue(g.contains(rama, NKG.counterpart, modiE));
        assertTrue(g.contains(modiE, NKG.counterpart, rama));
        assertTrue(g.contains(modiE, NKG.talkedWith, rama));

        Event mutual = new Event("Meeting", "met", List.of(told),
                people.stream().map(m -> new Participant(m, "participant", "subject")).toList(),
                null, null, null, "040", null, "trigger:meet", 0.8);
        Graph h = graph(new LinkedExtraction(modi.extraction().withFacts(List.of(mutual), List.of(), List.of()), modi.links()));
        assertFalse(h.contains(Node.ANY, NKG.sourceActor, Node.ANY), "'A and B met' has no direction");
        assertFalse(h.contains(Node.ANY, NKG.counterpart, Node.ANY));
    }
}
