package org.newskg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.newskg.ingest.Article;
import org.newskg.ingest.ArticleLoader;
import org.newskg.ingest.InputFile;
import org.newskg.ingest.LoaderOptions;
import org.newskg.pipeline.Pipeline;
import org.newskg.pipeline.Resources;
import org.newskg.pipeline.SharedResources;

/**
 * Short test articles of one folder through the real pipeline of a data directory, and the links of a
 * mention text in the result, for the linking tests that read whole articles.
 */
final class ArticleLinks {

    private final Pipeline pipeline;
    private final ArticleLoader loader;
    private final Path articles;

    ArticleLinks(Path data, Path articles) {
        this(Resources.load(data), data, articles);
    }

    /** Articles run through the shipped data directory, loaded once per test JVM. */
    static ArticleLinks shipped(Path articles) {
        return new ArticleLinks(SharedResources.shipped(), SharedResources.DATA, articles);
    }

    private ArticleLinks(Resources resources, Path data, Path articles) {
        this.pipeline = resources.newPipeline();
        this.loader = new ArticleLoader(LoaderOptions.defaults(data));
        this.articles = articles;
    }

    /** The first article of {@code file}, processed; its links are printed to help read a failure. */
    LinkedExtraction run(String file) {
        return run(pipeline, file);
    }

    /** The same article through another pipeline (a data directory changed by the test). */
    LinkedExtraction run(Pipeline other, String file) {
        Article a = loader.load(InputFile.of(articles.resolve(file)), null).articles().get(0);
        LinkedExtraction le = other.process(a);
        le.links().forEach(l -> System.out.println(file + ": " + l.mention().text() + " -> " + l.entity().key()
                + String.format(" %.2f", l.confidence())));
        return le;
    }

    /** Every link of a mention written {@code text}; fails when the article has none. */
    static List<Link> links(LinkedExtraction le, String text) {
        List<Link> out = le.links().stream().filter(l -> l.mention().text().equals(text)).toList();
        assertFalse(out.isEmpty(), "no mention '" + text + "' in " + le.links());
        return out;
    }

    /** The one node every mention of {@code text} gets: its QID, or null when it is a local entity. */
    static String qid(LinkedExtraction le, String text) {
        return node(le, text).qid();
    }

    /** The node's key (a QID or a local key such as person/jane-doe). */
    static String key(LinkedExtraction le, String text) {
        return node(le, text).key();
    }

    private static Entity node(LinkedExtraction le, String text) {
        Set<String> keys = links(le, text).stream().map(l -> l.entity().key()).collect(Collectors.toSet());
        assertEquals(1, keys.size(), "every '" + text + "' is one node: " + keys);
        return links(le, text).get(0).entity();
    }
}
