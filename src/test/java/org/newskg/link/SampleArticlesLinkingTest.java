package org.newskg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.ingest.Article;
import org.newskg.ingest.ArticleLoader;
import org.newskg.ingest.InputFile;
import org.newskg.ingest.LoaderOptions;
import org.newskg.pipeline.Pipeline;
import org.newskg.pipeline.SharedResources;

/**
 * The done-when checks on the seed article, through the real pipeline (loader, OpenNLP, recognizer,
 * linker with the shipped KB), plus the same "never a wrong QID" check on a second article.
 */
class SampleArticlesLinkingTest {

    private static final Path DATA = Path.of(System.getProperty("newskg.home", ".")).resolve("data");
    private static Pipeline pipeline;
    private static ArticleLoader loader;

    @BeforeAll
    static void load() {
        pipeline = SharedResources.shipped().newPipeline();
        loader = new ArticleLoader(LoaderOptions.defaults(DATA));
    }

    private static LinkedExtraction process(String file) {
        Article a = loader.load(InputFile.of(DATA.resolve("articles").resolve(file)), null).articles().get(0);
        LinkedExtraction le = pipeline.process(a);
        le.links().forEach(l -> System.out.println(file + ": " + l.mention().text() + " -> " + l.entity().key()
                + " " + String.format("%.2f", l.confidence())));
        return le;
    }

    private static Set<String> linkedQids(LinkedExtraction le) {
        Set<String> out = new TreeSet<>();
        le.links().stream().filter(l -> l.entity().isLinked()).forEach(l -> out.add(l.entity().qid()));
        return out;
    }

    private static String qidOf(LinkedExtraction le, String text) {
        return le.links().stream().filter(l -> l.mention().text().equals(text)).findFirst()
                .map(l -> l.entity().qid()).orElseThrow(() -> new AssertionError("no mention '" + text + "'"));
    }

    @Test
    void seedArticleLinksEveryExpectedEntityAndNothingElse() {
        LinkedExtraction le = process("xinhua-2024-02-08-xi-putin-call.txt");
        Map<String, String> expected = Map.of("Xi Jinping", "Q15031", "Vladimir Putin", "Q7747", "China", "Q148",
                "Russia", "Q159", "Kazakhstan", "Q232", "Beijing", "Q956", "Shanghai Cooperation Organization", "Q485207",
                "BRICS", "Q243630", "Chinese", "Q148", "Russian", "Q159");
        expected.forEach((text, qid) -> assertEquals(qid, qidOf(le, text), text));
        Set<String> allowed = Set.of("Q15031", "Q7747", "Q148", "Q159", "Q232", "Q956", "Q485207", "Q243630",
                "Q204839" /* Xinhua News Agency, the source */);
        Set<String> linked = linkedQids(le);
        assertTrue(allowed.containsAll(linked), "unexpected QIDs: " + linked);
        assertTrue(linked.containsAll(Set.of("Q15031", "Q7747", "Q148", "Q159", "Q232", "Q956", "Q485207", "Q243630")));
        le.links().stream().filter(l -> l.mention().text().equals("Xi")).forEach(l -> assertEquals("Q15031", l.entity().qid()));
        le.links().stream().filter(l -> l.entity().isLinked())
                .forEach(l -> assertTrue(l.confidence() >= Linker.THRESHOLD && l.confidence() <= 1, l.toString()));
    }

    @Test
    void aSecondArticleLinksOnlyEntitiesItReallyNames() {
        LinkedExtraction le = process("reuters-2024-03-03-scholz-brazil-energy.txt");
        Set<String> linked = linkedQids(le);
        // Germany, Brazil, Scholz, Lula, Brasilia, Berlin, Hamburg, Rio, Santiago, Chile, France, Brussels, G20, Reuters,
        // the European Union, Mercosur; from the generated KB: the states Ceara and Rio Grande do Norte, Fortaleza,
        // and Chile's President Gabriel Boric.
        Set<String> allowed = Set.of("Q183", "Q155", "Q61053", "Q37181", "Q2844", "Q64", "Q1055", "Q8678", "Q2887",
                "Q298", "Q142", "Q239", "Q19771", "Q130879", "Q458", "Q4264", "Q40123", "Q43255", "Q43463", "Q16297876");
        assertTrue(allowed.containsAll(linked), "unexpected QIDs: " + linked);
        assertTrue(linked.containsAll(Set.of("Q183", "Q155", "Q61053", "Q37181")), linked.toString());
        assertEquals("Q155", qidOf(le, "Brazilian"));
        assertFalse(le.links().stream().anyMatch(l -> l.mention().text().equals("Robert Habeck") && l.entity().isLinked()),
                "Habeck is not in the KB, so he stays local");
    }

    @Test
    void aCityNameThatOnlyStartsALongerNameIsNotLinked() throws java.io.IOException {
        Path file = DATA.getParent().resolve("src/test/resources/link/articles/longer-names.txt");
        Article a = loader.load(InputFile.of(file), null).articles().get(0);
        LinkedExtraction le = pipeline.process(a);
        le.links().forEach(l -> System.out.println("longer-names: " + l.mention().text() + " -> " + l.entity().key()
                + " " + String.format("%.2f", l.confidence())));
        String text = a.text();
        for (Link l : le.links()) {
            int b = l.mention().begin();
            // A link of the whole longer name ("Rio Grande do Norte", the state) is right; one of its start alone is not.
            int e = l.mention().end();
            boolean startsLongerName = text.startsWith("Rio Grande do Norte", b) && e < b + "Rio Grande do Norte".length()
                    || text.startsWith("Washington Post", b) && e < b + "Washington Post".length()
                    || text.startsWith("New York Times", b) && e < b + "New York Times".length();
            assertFalse(startsLongerName && l.entity().isLinked(), "linked a part of a longer name: " + l);
        }
        assertEquals("Q8678", qidOf(le, "Rio de Janeiro"));
        assertEquals("Q61", qidOf(le, "Washington"), "the city after 'talks in' is still linked");
        assertEquals("Q2844", qidOf(le, "Brasilia"));
        assertEquals("Q43255", qidOf(le, "Rio Grande do Norte"), "the state, a name of the generated KB");
    }
}
