package org.newskg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.newskg.NewsKgException;
import org.newskg.extract.EntityMention;
import org.newskg.extract.Extraction;
import org.newskg.extract.TimexType;
import org.newskg.ingest.Article;
import org.newskg.kb.EntityType;
import org.newskg.link.Link;
import org.newskg.link.LinkedExtraction;

class ArticleGraphWriterTest {

    private final ArticleGraphWriter writer = new ArticleGraphWriter("test-version");

    /** Collects what a writer sends. */
    private static final class Recorder extends StreamRDFBase {
        final List<Quad> quads = new ArrayList<>();
        final Map<String, String> prefixes = new TreeMap<>();
        int triples;

        @Override
        public void quad(Quad q) {
            quads.add(q);
        }

        @Override
        public void triple(Triple t) {
            triples++;
        }

        @Override
        public void prefix(String prefix, String iri) {
            prefixes.put(prefix, iri);
        }

        Graph graph() {
            Graph g = GraphFactory.createDefaultGraph();
            quads.forEach(q -> g.add(q.asTriple()));
            return g;
        }
    }

    private Recorder write(LinkedExtraction le) {
        Recorder r = new Recorder();
        writer.write(le, r);
        return r;
    }

    private static Node object(Graph g, Node s, Node p) {
        List<Triple> ts = g.find(s, p, Node.ANY).toList();
        assertEquals(1, ts.size(), "expected one " + p + " of " + s + ", got " + ts);
        return ts.get(0).getObject();
    }

    @Test
    void everyQuadIsInTheArticleGraphAndNoPlainTriplesAreSent() {
        for (LinkedExtraction le : TestArticles.all()) {
            Recorder r = write(le);
            Node g = Iris.graph(le.extraction().text().article().id());
            assertFalse(r.quads.isEmpty());
            assertTrue(r.quads.stream().allMatch(q -> q.getGraph().equals(g)), "quad outside " + g);
            assertEquals(0, r.triples);
        }
    }

    @Test
    void declaresTheNewskgPrefixes() {
        Recorder r = write(TestArticles.kenyanElection());
        assertEquals(NKG.NS, r.prefixes.get("nkg"));
        assertEquals(NKG.WD, r.prefixes.get("wd"));
    }

    @Test
    void sameInputGivesTheSameQuadsInTheSameOrder() {
        List<Quad> first = write(TestArticles.scholzInBrazil()).quads;
        List<Quad> second = new ArrayList<>(write(TestArticles.scholzInBrazil()).quads);
        assertEquals(first, second);
        List<Quad> other = write(TestArticles.toyotaResults()).quads;
        assertNotEquals(first, other);
    }

    @Test
    void mentionIrisComeFromArticleIdAndOffsets() {
        LinkedExtraction le = TestArticles.scholzInBrazil();
        String text = le.extraction().text().text();
        int begin = text.indexOf("Olaf Scholz");
        Node expected = Iris.mention("reuters-scholz-brazil", begin, begin + "Olaf Scholz".length());
        Graph g = write(le).graph();
        assertEquals(NKG.EntityMention, object(g, expected, RDF.type.asNode()));
        assertEquals("https://w3id.org/newskg/id/article/reuters-scholz-brazil/mention/" + begin + "-"
                + (begin + 11), expected.getURI());
        assertEquals(Iris.entity("Q61053"), object(g, expected, NKG.refersTo));
    }

    @Test
    void offsetsAreTypedAndAnchorsMatchTheArticleText() {
        for (LinkedExtraction le : TestArticles.all()) {
            Graph g = write(le).graph();
            String text = le.extraction().text().text();
            Node a = Iris.article(le.extraction().text().article().id());
            assertEquals(text, object(g, a, NKG.articleText).getLiteralLexicalForm());
            List<Node> spans = g.find(Node.ANY, NKG.beginIndex, Node.ANY).mapWith(Triple::getSubject).toList();
            int expected = le.extraction().text().sentences().size() + le.extraction().entities().size()
                    + le.extraction().times().size();
            assertEquals(expected, spans.size());
            for (Node s : spans) {
                Node b = object(g, s, NKG.beginIndex);
                Node e = object(g, s, NKG.endIndex);
                assertEquals(XSDDatatype.XSDnonNegativeInteger.getURI(), b.getLiteralDatatypeURI());
                assertEquals(XSDDatatype.XSDnonNegativeInteger.getURI(), e.getLiteralDatatypeURI());
                String anchor = object(g, s, NKG.anchorOf).getLiteralLexicalForm();
                assertEquals(text.substring(Integer.parseInt(b.getLiteralLexicalForm()),
                        Integer.parseInt(e.getLiteralLexicalForm())), anchor);
                assertEquals(a, object(g, s, NKG.inArticle));
            }
        }
    }

    @Test
    void linkedEntitiesAreSameAsWikidataAndLocalOnesAreNot() {
        Graph g = write(TestArticles.kenyanElection()).graph();
        Node kenya = Iris.entity("Q114");
        assertEquals("http://www.wikidata.org/entity/Q114", object(g, kenya, OWL.sameAs.asNode()).getURI());
        assertEquals("Q114", object(g, kenya, NKG.wikidataId).getLiteralLexicalForm());
        assertEquals(NKG.Country, object(g, kenya, RDF.type.asNode()));
        Node wanjiru = Iris.entity("person/grace-wanjiru");
        assertEquals("https://w3id.org/newskg/id/entity/person/grace-wanjiru", wanjiru.getURI());
        assertEquals(NKG.Person, object(g, wanjiru, RDF.type.asNode()));
        assertEquals("Grace Wanjiru", object(g, wanjiru, RDFS.label.asNode()).getLiteralLexicalForm());
        assertFalse(g.contains(wanjiru, OWL.sameAs.asNode(), Node.ANY));
        assertFalse(g.contains(wanjiru, NKG.wikidataId, Node.ANY));
    }

    @Test
    void articleMentionsEachEntityOnceWithItsMostSpecificType() {
        LinkedExtraction le = TestArticles.scholzInBrazil();
        Graph g = write(le).graph();
        Node a = Iris.article(le.extraction().text().article().id());
        Set<Node> expected = le.links().stream().map(l -> Iris.entity(l.entity())).collect(Collectors.toSet());
        Set<Node> actual = g.find(a, NKG.mentionsEntity, Node.ANY).mapWith(Triple::getObject).toSet();
        assertEquals(expected, actual);
        assertEquals(NKG.City, object(g, Iris.entity("Q2844"), RDF.type.asNode()));
        long brazilMentions = le.links().stream().filter(l -> l.entity().key().equals("Q155")).count();
        assertEquals(brazilMentions, g.find(Node.ANY, NKG.refersTo, Iris.entity("Q155")).toList().size());
    }

    @Test
    void unlinkedMentionsAreWrittenWithoutReferent() {
        LinkedExtraction le = TestArticles.toyotaResults();
        Graph g = write(le).graph();
        Node tokyo = Iris.mention(le.extraction().text().article().id(), 0, "TOKYO".length());
        assertEquals("pattern:caps", object(g, tokyo, NKG.mentionRule).getLiteralLexicalForm());
        assertFalse(g.contains(tokyo, NKG.refersTo, Node.ANY));
    }

    @Test
    void articleMetadataIsTypedAndTheTitleCarriesTheLanguage() {
        Graph g = write(TestArticles.scholzInBrazil()).graph();
        Node a = Iris.article("reuters-scholz-brazil");
        Node title = object(g, a, NKG.headline);
        assertEquals("en", title.getLiteralLanguage());
        assertEquals(XSDDatatype.XSDdateTime.getURI(), object(g, a, NKG.datePublished).getLiteralDatatypeURI());
        assertEquals("2023-12-04T18:05:00Z", object(g, a, NKG.datePublished).getLiteralLexicalForm());
        assertEquals(XSDDatatype.XSDanyURI.getURI(), object(g, a, NKG.url).getLiteralDatatypeURI());
        assertEquals("Reuters", object(g, a, NKG.source).getLiteralLexicalForm());

        Graph t = write(TestArticles.toyotaResults()).graph();
        Node ta = Iris.article("toyota-q3");
        assertEquals("en-GB", object(t, ta, NKG.headline).getLiteralLanguage().replace("en-gb", "en-GB"));
        assertEquals(XSDDatatype.XSDdate.getURI(), object(t, ta, NKG.dateModified).getLiteralDatatypeURI());
        assertFalse(t.contains(ta, NKG.byline, Node.ANY), "no byline was given");
    }

    @Test
    void theMachineSpecificOriginIsNotWritten() {
        LinkedExtraction le = TestArticles.kenyanElection();
        String origin = le.extraction().text().article().origin();
        assertTrue(write(le).quads.stream().noneMatch(q -> q.getObject().toString().contains(origin)));
    }

    @Test
    void ingestActivityRecordsTheVersionOnly() {
        Graph g = write(TestArticles.kenyanElection()).graph();
        Node activity = object(g, Iris.article("ap-kenya-election"), NKG.provWasGeneratedBy);
        assertEquals(NKG.IngestActivity, object(g, activity, RDF.type.asNode()));
        assertEquals("test-version", object(g, activity, NKG.softwareVersion).getLiteralLexicalForm());
        assertEquals(2, g.find(activity, Node.ANY, Node.ANY).toList().size(), "type and version only");
    }

    @Test
    void timeMentionsGetAnXsdDateWhenTheValueIsOne() {
        Graph g = write(TestArticles.kenyanElection()).graph();
        String text = TestArticles.kenyanElection().extraction().text().text();
        int b = text.indexOf("August 2022");
        Node month = Iris.time("ap-kenya-election", b, b + "August 2022".length());
        Node value = object(g, month, NKG.normalizedDate);
        assertEquals(XSDDatatype.XSDgYearMonth.getURI(), value.getLiteralDatatypeURI());
        assertEquals("2022-08", value.getLiteralLexicalForm());
        assertEquals("DATE", object(g, month, NKG.timexType).getLiteralLexicalForm());
        int w = text.indexOf("a week");
        Node week = Iris.time("ap-kenya-election", w, w + "a week".length());
        assertEquals("P1W", object(g, week, NKG.timexValue).getLiteralLexicalForm());
        assertEquals(TimexType.DURATION.name(), object(g, week, NKG.timexType).getLiteralLexicalForm());
        assertFalse(g.contains(week, NKG.normalizedDate, Node.ANY));
    }

    @Test
    void normalizedDateAcceptsOnlyPlainValidDates() {
        assertEquals(XSDDatatype.XSDdate.getURI(), ArticleGraphWriter.normalizedDate("2024-02-08").getLiteralDatatypeURI());
        assertEquals(XSDDatatype.XSDgYear.getURI(), ArticleGraphWriter.normalizedDate("1989").getLiteralDatatypeURI());
        assertEquals(XSDDatatype.XSDgYearMonth.getURI(), ArticleGraphWriter.normalizedDate("2024-12").getLiteralDatatypeURI());
        assertNull(ArticleGraphWriter.normalizedDate("2024-13"));
        assertNull(ArticleGraphWriter.normalizedDate("2023-02-30"));
        assertNull(ArticleGraphWriter.normalizedDate("2023-W41"));
        assertNull(ArticleGraphWriter.normalizedDate("2024-02-08T19:55"));
        assertNull(ArticleGraphWriter.normalizedDate("PRESENT_REF"));
    }

    @Test
    void aMentionThatDoesNotMatchTheTextIsRejected() {
        LinkedExtraction le = TestArticles.kenyanElection();
        Article a = le.extraction().text().article();
        EntityMention wrong = new EntityMention(0, 5, "Lagos", 0, EntityType.CITY, "Lagos", null, "test", 0.5);
        LinkedExtraction bad = new LinkedExtraction(new Extraction(le.extraction().text(), List.of(wrong), List.of()),
                List.of(new Link(wrong, TestArticles.NAIROBI, 0.5)));
        NewsKgException e = assertThrows(NewsKgException.class, () -> writer.write(bad, new Recorder()));
        assertTrue(e.getMessage().contains("Lagos") && e.getMessage().contains(a.id()), e.getMessage());
    }

    @Test
    void offsetsCountUtf16UnitsSoAccentsAndEmojiKeepAnchorsExact() {
        String text = "Fans 🎉 cheered in São Paulo on Sunday. Prefeito Ricardo Nunes spoke.";
        var saoPaulo = TestArticles.local("city/sao-paulo", "São Paulo", EntityType.CITY);
        LinkedExtraction le = TestArticles.builder("folha-sp-fans", text).language("pt-BR")
                .title("Festa em São Paulo")
                .mention("São Paulo", saoPaulo, "pattern:place", 0.7)
                .time("Sunday", TimexType.DATE, "2024-03-03")
                .build();
        Graph g = write(le).graph();
        int b = text.indexOf("São Paulo");
        Node m = Iris.mention("folha-sp-fans", b, b + 9);
        assertEquals("São Paulo", object(g, m, NKG.anchorOf).getLiteralLexicalForm());
        assertEquals(Integer.toString(b), object(g, m, NKG.beginIndex).getLiteralLexicalForm());
        assertEquals("https://w3id.org/newskg/id/entity/city/sao-paulo", object(g, m, NKG.refersTo).getURI());
        assertEquals("pt-br", object(g, Iris.article("folha-sp-fans"), NKG.headline).getLiteralLanguage().toLowerCase());
    }

    @Test
    void anArticleWithoutMentionsStillGetsItsMetadataAndSentences() {
        LinkedExtraction le = TestArticles.builder("quiet-day", "Nothing happened today. Markets were closed.")
                .source("Example Gazette").build();
        Graph g = write(le).graph();
        Node a = Iris.article("quiet-day");
        assertEquals(2, g.find(a, NKG.hasSentence, Node.ANY).toList().size());
        assertFalse(g.contains(a, NKG.mentionsEntity, Node.ANY));
        assertFalse(g.contains(a, NKG.headline, Node.ANY));
    }
}
