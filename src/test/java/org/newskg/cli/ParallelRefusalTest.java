package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.ingest.Article;
import org.newskg.ingest.ArticleLoader;
import org.newskg.ingest.IngestProblem;
import org.newskg.ingest.InputFile;
import org.newskg.ingest.LoaderOptions;
import org.newskg.pipeline.ArticleBuilder;
import org.newskg.pipeline.Resources;
import org.newskg.rdf.ArticleGraphWriter;
import org.newskg.store.KgStore;
import org.newskg.validate.ArticleValidator;
import org.newskg.validate.OntologyFiles;
import org.newskg.validate.SampleStores;

/** Articles built on three threads (each with its own validator) are refused and quarantined as on one. */
class ParallelRefusalTest {

    @TempDir
    Path tmp;

    @Test
    void refusalsAndQuarantineFilesAreTheSameWithThreeThreads() throws IOException {
        // Stricter shapes than the real ones, so that real articles are refused: none may mention a minister.
        Path shapes = tmp.resolve("strict.ttl");
        Files.writeString(shapes, Files.readString(OntologyFiles.shapes()) + """

                nkgsh:NoMinister a sh:NodeShape ;
                    sh:targetClass nkg:Article ;
                    sh:property [ sh:path nkg:articleText ; sh:not [ sh:pattern "[Mm]inister" ] ;
                                  sh:message "test shape: no minister" ] .
                """);
        Path data = SampleStores.HOME.resolve("data");
        Resources resources = Resources.load(data);
        ArticleGraphWriter writer = new ArticleGraphWriter("test");
        List<Article> articles = articles(data);

        List<IngestProblem> one = new ArrayList<>();
        try (KgStore kg = KgStore.open(tmp.resolve("one"))) {
            ArticleBuilder builder = new ArticleBuilder(resources.newPipeline(), writer,
                    ArticleValidator.load(shapes, OntologyFiles.ontology()));
            IngestRun run = new IngestRun(tmp.resolve("q1"), BatchLimits.DEFAULT, one::add);
            articles.forEach(a -> run.store(builder.build(a), kg));
            run.commit(kg);
        }
        List<IngestProblem> three = new ArrayList<>();
        ThreadLocal<ArticleBuilder> builders = ThreadLocal.withInitial(() -> new ArticleBuilder(resources.newPipeline(),
                writer, ArticleValidator.load(shapes, OntologyFiles.ontology())));
        // Batches of two articles here, so that refusals fall between and inside batches.
        IngestRun run = new IngestRun(tmp.resolve("q3"), new BatchLimits(2, BatchLimits.DEFAULT_BYTES, BatchLimits.DEFAULT_MILLIS),
                three::add);
        try (KgStore kg = KgStore.open(tmp.resolve("three")); OrderedExecutor ex = new OrderedExecutor(3, 2)) {
            for (Article a : articles) {
                ex.submit(() -> builders.get().build(a), built -> run.store(built, kg));
            }
            ex.finish();
            run.commit(kg);
        }

        assertTrue(one.size() >= 2, "several refusals: " + one);
        assertTrue(one.size() < articles.size(), "and some articles stored");
        assertEquals(one.toString().replace("q1", "q3"), three.toString());
        assertEquals(articles.size() - one.size(), run.committed());
        List<String> names = listing(tmp.resolve("q1"));
        assertEquals(one.size(), names.size());
        assertEquals(names, listing(tmp.resolve("q3")));
        for (String n : names) {
            assertEquals(-1, Files.mismatch(tmp.resolve("q1").resolve(n), tmp.resolve("q3").resolve(n)), n);
        }
    }

    private static List<Article> articles(Path data) throws IOException {
        ArticleLoader loader = new ArticleLoader(LoaderOptions.defaults(data));
        List<Article> out = new ArrayList<>();
        for (Path dir : List.of(SampleStores.ARTICLES, SampleStores.OWN)) {
            try (var files = Files.list(dir)) {
                files.sorted().forEach(f -> out.addAll(loader.load(InputFile.of(f), null).articles()));
            }
        }
        return out;
    }

    private static List<String> listing(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
