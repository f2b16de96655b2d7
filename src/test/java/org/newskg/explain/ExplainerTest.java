package org.newskg.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.NewsKgException;
import org.newskg.rdf.NKG;
import org.newskg.store.KgStore;
import org.newskg.validate.ContractGraph;

/** Explanations read from a real TDB2 store holding a graph shaped exactly like the facts contract. */
class ExplainerTest {

    @TempDir
    static Path tmp;
    static Path dir;

    static Path contractStore(Path dir) {
        try (KgStore kg = KgStore.open(dir)) {
            var g = ContractGraph.graph();
            kg.replaceArticle(ContractGraph.GRAPH, sink -> g.find().forEachRemaining(sink::triple));
        }
        return dir;
    }

    @BeforeAll
    static void store() {
        dir = contractStore(tmp.resolve("store"));
    }

    @Test
    void aTalkedWithShortcutIsExplainedByThePhoneCallsEvidenceAndDate() {
        try (KgStore kg = KgStore.open(dir)) {
            List<Fact> facts = new Explainer(kg).explainTriple(ContractGraph.XI_IRI, ContractGraph.nkg("talkedWith"),
                    ContractGraph.PUTIN_IRI);
            assertEquals(1, facts.size(), facts.toString());
            Fact f = facts.get(0);
            assertEquals("PhoneCall", f.type());
            assertEquals(ContractGraph.event().getURI(), f.node());
            assertEquals("event-heads:phone conversation", f.rule());
            Span e = f.evidence().get(0);
            assertEquals("phone conversation", e.anchor());
            assertEquals(ContractGraph.begin("phone conversation"), e.begin());
            assertEquals(ContractGraph.CALL_SENTENCE, e.sentence());
            assertEquals(ContractGraph.begin(ContractGraph.CALL_SENTENCE), e.sentenceBegin());
            assertEquals("2024-02-08", f.date());
            assertEquals("Thursday", f.dateSource().anchor());
            assertEquals(ContractGraph.begin("Thursday"), f.dateSource().begin());
        }
    }

    @Test
    void aRoleShortcutIsExplainedByThePositionHolding() {
        try (KgStore kg = KgStore.open(dir)) {
            List<Fact> facts = new Explainer(kg).explainTriple(ContractGraph.XI_IRI, ContractGraph.nkg("heldPosition"),
                    ContractGraph.POSITION);
            assertEquals(1, facts.size(), facts.toString());
            assertEquals("PositionHolding", facts.get(0).type());
            assertEquals("President Xi", facts.get(0).evidence().get(0).anchor());
        }
    }

    @Test
    void aHoldingSaysWhatTheKnowledgeBaseAddedToIt() {
        // The contract's holding names China in its text; the same holding, written as for a bare "President Xi", has
        // its owner from the knowledge base: explain says so, with the office check.
        var g = ContractGraph.graph();
        Node holding = ContractGraph.role();
        g.add(holding, NKG.officeCheck, NodeFactory.createLiteralString("held"));
        g.add(holding, NKG.ownerFromKnowledgeBase, NodeFactory.createLiteralDT("true", org.apache.jena.datatypes.xsd.XSDDatatype.XSDboolean));
        try (KgStore kg = KgStore.open(tmp.resolve("kb-owner"))) {
            kg.replaceArticle(ContractGraph.GRAPH, sink -> g.find().forEachRemaining(sink::triple));
            Fact f = new Explainer(kg).explainNode(holding).get(0);
            assertEquals("office check held; owner People's Republic of China from the knowledge base", f.kbSays());
        }
        try (KgStore kg = KgStore.open(dir)) {
            assertEquals(null, new Explainer(kg).explainNode(holding).get(0).kbSays(), "the text's own owner, no check");
        }
    }

    @Test
    void aStatementNodeIsExplainedByItsCue() {
        try (KgStore kg = KgStore.open(dir)) {
            List<Fact> facts = new Explainer(kg).explainNode(ContractGraph.statement());
            assertEquals(1, facts.size());
            assertEquals("said", facts.get(0).evidence().get(0).anchor());
            assertEquals("speech:subject-said-that", facts.get(0).rule());
        }
    }

    @Test
    void anEntityIsExplainedByItsMentionsAndTheFactsItTakesPartIn() {
        try (KgStore kg = KgStore.open(dir)) {
            List<Fact> facts = new Explainer(kg).explainEntity(ContractGraph.PUTIN_IRI);
            assertTrue(facts.stream().anyMatch(f -> f.type().equals("EntityMention")
                    && f.evidence().get(0).anchor().equals("Vladimir Putin") && f.rule().equals("kb:label")), facts.toString());
            assertTrue(facts.stream().anyMatch(f -> f.type().equals("PhoneCall")), facts.toString());
        }
    }

    @Test
    void aTripleTheStoreDoesNotHoldHasNoSupport() {
        try (KgStore kg = KgStore.open(dir)) {
            Explainer ex = new Explainer(kg);
            assertFalse(ex.holds(ContractGraph.XI_IRI, ContractGraph.nkg("met"), ContractGraph.PUTIN_IRI));
            assertTrue(ex.explainTriple(ContractGraph.XI_IRI, ContractGraph.nkg("met"), ContractGraph.PUTIN_IRI).isEmpty());
            assertTrue(ex.holds(ContractGraph.event(), ContractGraph.nkg("eventDate"), NodeFactory.createLiteralString("2024-02-08")));
        }
    }

    @Test
    void termsResolveFromLabelsMentionsPrefixedNamesAndWikidataIds() {
        try (KgStore kg = KgStore.open(dir)) {
            TermResolver r = new TermResolver(kg);
            assertEquals(ContractGraph.PUTIN_IRI, r.resource("vladimir putin"));
            assertEquals(ContractGraph.XI_IRI, r.resource("Xi"));
            assertEquals(ContractGraph.XI_IRI, r.resource("Q15031"));
            assertEquals(ContractGraph.XI_IRI, r.resource("wd:Q15031"));
            assertEquals(ContractGraph.XI_IRI, r.resource("entity:Q15031"));
            assertEquals(NodeFactory.createURI(NKG.NS + "talkedWith"), r.predicate("talkedWith"));
            assertTrue(r.object("2024-02-08").isLiteral());
            NewsKgException e = org.junit.jupiter.api.Assertions.assertThrows(NewsKgException.class, () -> r.resource("Boris Yeltsin"));
            assertTrue(e.getMessage().contains("'Boris Yeltsin'"), e.getMessage());
            Node s = r.resource("<" + ContractGraph.event().getURI() + ">");
            assertEquals(ContractGraph.event(), s);
        }
    }
}
