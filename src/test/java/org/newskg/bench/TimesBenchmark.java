package org.newskg.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.newskg.extract.time.TemporalTagger;
import org.newskg.ingest.Article;
import org.newskg.ingest.ArticleLoader;
import org.newskg.ingest.InputFile;
import org.newskg.ingest.LoaderOptions;
import org.newskg.nlp.AnnotatedText;
import org.newskg.nlp.NlpAnnotator;
import org.newskg.pipeline.Resources;

/**
 * What the times stage ({@link TemporalTagger#tag}) costs: the plain-text articles of a folder (not its subfolders) are
 * read as {@code kg ingest} reads them (so with their publication dates) and annotated once, then tagged ROUNDS times
 * in one thread; each round prints the thread's CPU seconds, the mentions found and the bytes allocated per article.
 * Not a test: run by hand, {@code bench/java-bench.sh TimesBenchmark FOLDER [ROUNDS]}.
 */
public final class TimesBenchmark {

    private TimesBenchmark() {
    }


    public static void main(String[] args) throws IOException {
        Path home = Path.of(args[0]);
        Path folder = Path.of(args[1]);
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        Resources resources = Resources.load(home.resolve("data"));
        NlpAnnotator annotator = resources.newAnnotator();
        TemporalTagger tagger = resources.tagger();
        ArticleLoader loader = new ArticleLoader(LoaderOptions.defaults(home.resolve("data")));
        List<AnnotatedText> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                for (Article a : loader.load(InputFile.of(f), System.in).articles()) {
                    texts.add(annotator.annotate(a));
                }
            }
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int round = 0; round < rounds; round++) {
            long a0 = PipelineBenchmark.allocated(threads);
            long c0 = threads.getCurrentThreadCpuTime();
            long mentions = 0;
            for (AnnotatedText t : texts) {
                LocalDate reference = t.article().published() == null ? null : t.article().published().date();
                mentions += tagger.tag(t, reference).size();
            }
            double cpu = (threads.getCurrentThreadCpuTime() - c0) / 1e9;
            System.out.printf(Locale.ROOT, "round %d: %d articles, %d time mentions, %.3f s CPU, allocated %,d bytes per article%n",
                    round + 1, texts.size(), mentions, cpu, (PipelineBenchmark.allocated(threads) - a0) / texts.size());
        }
    }
}
