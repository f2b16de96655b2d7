package org.newskg.pipeline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.ingest.Article;
import org.newskg.kb.EntityType;
import org.newskg.link.Entity;
import org.newskg.link.LinkedExtraction;
import org.newskg.rdf.TestArticles;
import org.newskg.validate.ValidationResult;
import org.newskg.ingest.ArticleDate;
import org.newskg.rdf.ArticleGraphWriter;
import org.newskg.rdf.NKG;
import org.newskg.validate.ArticleValidator;

/**
 * What {@code kg ingest} builds with its default resources (no model named) from an article written for this
 * test: the shipped name finder is used (mentions with rule {@code model:ner}), and its miscellaneous names (a
 * treaty, a named event, a nationality word; a work, hand-built) become entities of their own ontology classes in
 * graphs that conform to the SHACL shapes.
 */
class DefaultRecognitionGraphTest {

    private static final Path DATA = Path.of(System.getProperty("newskg.home", ".")).resolve("data");
    private static Resources resources;
    private static ArticleValidator validator;

    @BeforeAll
    static void load() {
        resources = SharedResources.shipped();
        validator = ArticleValidator.load();
    }

    private static Graph build(String id, String text) {
        Article a = new Article(id, null, null, null, null, ArticleDate.of(LocalDate.of(2025, 6, 2)), null, "en", text, "test");
        BuiltArticle built = new ArticleBuilder(resources.newPipeline(), new ArticleGraphWriter("test"), validator).build(a);
        assertFalse(built.failed(), built.problem());
        assertTrue(built.conforms(), built.violations().toString());
        return built.graph();
    }

    private static Set<String> classes(Graph g) {
        Set<String> out = new TreeSet<>();
        g.find(Node.ANY, RDF.type.asNode(), Node.ANY).forEachRemaining(t -> out.add(t.getObject().getLocalName()));
        return out;
    }

    private static Set<String> rules(Graph g) {
        Set<String> out = new TreeSet<>();
        g.find(Node.ANY, NKG.mentionRule, Node.ANY).forEachRemaining((Triple t) -> out.add(t.getObject().getLiteralLexicalForm()));
        return out;
    }

    @Test
    void theDefaultResourcesUseTheShippedModelAndMiscNamesGetTheirOwnClasses() {
        Graph g = build("misc-classes", """
                GENEVA, June 2 - Negotiators from 40 countries met in Geneva on Monday to review the Kyoto Protocol \
                and the Treaty of Lisbon before the Asian Games open in September. Kurdish and Tamil delegates \
                asked for seats at the talks. The Norwegian envoy, Ingrid Solberg-Haugen, read from Ibsen's play \
                A Doll's House in her speech, and said she had followed the talks on her new iPhone 15.
                """);
        assertTrue(rules(g).contains("model:ner"), "the shipped model is used without being named: " + rules(g));
        Set<String> classes = classes(g);
        for (String c : List.of("Law", "NamedEvent", "Nationality", "Person", "City")) {
            assertTrue(classes.contains(c), c + " among " + classes);
        }
    }

    @Test
    void aWorkOrProductNameIsAnEntityOfTheWorkClassAndConforms() {
        // The model finds few works in news; the class and its shapes are checked on a hand-built extraction.
        Entity windows = TestArticles.local("work/windows-11", "Windows 11", EntityType.WORK);
        LinkedExtraction le = TestArticles.builder("work-class", "Microsoft said on Monday that Windows 11 would get an update.")
                .mention("Windows 11", windows, "model:ner", 0.8).build();
        Graph g = new ArticleGraphWriter("test").toGraph(le);
        ValidationResult r = validator.validate(g, null);
        assertTrue(r.conforms(), r.violations().toString());
        assertTrue(g.contains(Node.ANY, RDF.type.asNode(), NKG.Work), classes(g).toString());
    }
}
