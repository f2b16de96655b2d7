package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.ingest.ArticleLoader;
import org.newskg.ingest.Article;
import org.newskg.ingest.IngestProblem;
import org.newskg.ingest.InputFile;
import org.newskg.ingest.LoaderOptions;
import org.newskg.pipeline.ArticleBuilder;
import org.newskg.pipeline.Resources;
import org.newskg.rdf.ArticleGraphWriter;
import org.newskg.rdf.Iris;
import org.newskg.store.KgStore;
import org.newskg.validate.ArticleValidator;
import org.newskg.validate.OntologyFiles;
import org.newskg.validate.SampleStores;

/** Ingest validates each article graph before writing it: a violating one is refused, the others go in. */
class IngestValidationTest {

    @TempDir
    Path tmp;

    @Test
    void aViolatingArticleIsRefusedByNameQuarantinedAndTheOthersAreStored() throws IOException {
        // Stricter shapes than the real ones: an article about lithium is "invalid", so one real article fails.
        Path shapes = tmp.resolve("strict.ttl");
        Files.writeString(shapes, Files.readString(OntologyFiles.shapes()) + """

                nkgsh:NoLithium a sh:NodeShape ;
                    sh:targetClass nkg:Article ;
                    sh:property [ sh:path nkg:articleText ; sh:not [ sh:pattern "lithium" ] ;
                                  sh:message "test shape: no lithium" ] .
                """);
        ArticleValidator strict = ArticleValidator.load(shapes, OntologyFiles.ontology());
        Path data = SampleStores.HOME.resolve("data");
        Resources resources = Resources.load(data);
        Path quarantine = tmp.resolve("quarantine");
        ArticleBuilder builder = new ArticleBuilder(resources.newPipeline(), new ArticleGraphWriter("test"), strict);
        List<IngestProblem> problems = new ArrayList<>();
        IngestRun run = new IngestRun(quarantine, BatchLimits.DEFAULT, problems::add);
        ArticleLoader loader = new ArticleLoader(LoaderOptions.defaults(data));
        List<Article> articles = new ArrayList<>();
        try (var files = Files.list(SampleStores.OWN)) {
            files.sorted().forEach(f -> articles.addAll(loader.load(InputFile.of(f), null).articles()));
        }
        assertTrue(articles.size() >= 2, "the lithium article and at least one other");

        try (KgStore kg = KgStore.open(tmp.resolve("store"))) {
            articles.forEach(a -> run.store(builder.build(a), kg));
            run.commit(kg);
            Article refused = articles.stream().filter(a -> a.text().contains("lithium")).findFirst().orElseThrow();
            Article kept = articles.stream().filter(a -> !a.text().contains("lithium")).findFirst().orElseThrow();
            assertFalse(kg.containsGraph(Iris.graph(refused.id())), "the violating graph is not stored");
            assertTrue(kg.containsGraph(Iris.graph(kept.id())), "the other article is stored");
        }
        assertEquals(1, problems.size(), problems.toString());
        IngestProblem p = problems.get(0);
        assertTrue(p.origin().contains("chile-argentina-lithium"), p.origin());
        assertTrue(p.message().contains("violates the SHACL shapes (1 violation)"), p.message());
        assertTrue(p.message().contains("test shape: no lithium"), p.message());
        assertEquals(articles.size() - 1, run.committed());
        try (var q = Files.list(quarantine)) {
            List<Path> files = q.toList();
            assertEquals(1, files.size());
            String ttl = Files.readString(files.get(0));
            assertTrue(ttl.startsWith("# Refused by kg ingest: "), ttl.substring(0, 80));
            assertTrue(ttl.contains("nkg:articleText"), "the graph itself is kept for inspection");
        }
    }

    @Test
    void theCommandLineReportsRefusalsWithExitCodeOne() throws IOException {
        // The real shapes accept every real article; a graph that breaks them cannot come out of the pipeline,
        // so the command is checked end to end on real articles, and the refusal path above on a strict shape.
        Path store = tmp.resolve("cli-store");
        CliRunner.Result r = CliRunner.run("ingest", "-q", "--no-progress", "--store", store.toString(),
                "--quarantine", tmp.resolve("q").toString(), SampleStores.OWN.toString());
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        assertFalse(Files.exists(tmp.resolve("q")), "nothing quarantined");
        CliRunner.Result help = CliRunner.run("ingest", "--help");
        assertTrue(help.out().contains("--quarantine=DIR"), help.out());
        assertTrue(help.out().contains("--[no-]validate"), help.out());
    }
}
