package org.newskg.bench;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import opennlp.tools.chunker.ChunkerME;
import opennlp.tools.chunker.ChunkerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import org.newskg.ingest.Article;
import org.newskg.nlp.AnnotatedText;
import org.newskg.nlp.NlpAnnotator;
import org.newskg.nlp.NlpModels;
import org.newskg.nlp.Sentence;

/**
 * What the chunker costs: the whole annotator (sentences, tokens, UD tags, lemmas, Penn tags, chunks), the annotator
 * without the Penn tags and chunks (which it computes only when asked for), and OpenNLP's own Penn tagger and chunker
 * ({@code POSTaggerME}, {@code ChunkerME}) on the same sentences, over the bundled plain-text articles, ROUNDS times
 * after a warm-up.
 * Not a test: run by hand (see bench/chunker-bench.sh), one thread.
 */
public final class ChunkerBenchmark {

    private ChunkerBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path home = Path.of(args.length > 0 ? args[0] : ".");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        NlpAnnotator annotator = NlpModels.load().newAnnotator();
        POSModel pennModel = read("/en-pos-maxent.bin", POSModel::new);
        ChunkerModel chunkModel = read("/en-chunker.bin", ChunkerModel::new);
        POSTaggerME penn = new POSTaggerME(pennModel, POSTagFormat.PENN);
        ChunkerME chunker = new ChunkerME(chunkModel);
        List<Article> articles = new ArrayList<>();
        try (Stream<Path> files = Files.list(home.resolve("data/articles"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                articles.add(new Article("bench" + articles.size(), null, null, null, null, null, null, "en",
                        Files.readString(f), f.toString()));
            }
        }
        List<String[]> sentences = new ArrayList<>();
        long tokens = 0;
        for (Article a : articles) {
            AnnotatedText t = annotator.annotate(a);
            tokens += t.tokenCount();
            for (Sentence s : t.sentences()) {
                sentences.add(s.tokens().stream().map(org.newskg.nlp.Token::text).toArray(String[]::new));
            }
        }
        for (int i = 0; i < Math.max(3, rounds / 5); i++) {
            articles.forEach(a -> chunkAll(annotator.annotate(a)));
            sentences.forEach(w -> chunker.chunk(w, penn.tag(w)));
        }
        // CPU time of this thread besides wall time: on a shared machine the wall clock also counts other jobs' turns.
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long t0 = System.nanoTime();
        long c0 = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < rounds; i++) {
            articles.forEach(a -> chunkAll(annotator.annotate(a)));
        }
        double all = (System.nanoTime() - t0) / 1e9;
        double allCpu = (threads.getCurrentThreadCpuTime() - c0) / 1e9;
        long t3 = System.nanoTime();
        long c3 = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < rounds; i++) {
            articles.forEach(annotator::annotate);
        }
        double unasked = (System.nanoTime() - t3) / 1e9;
        double unaskedCpu = (threads.getCurrentThreadCpuTime() - c3) / 1e9;
        long t1 = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            sentences.forEach(w -> penn.tag(w));
        }
        double tagging = (System.nanoTime() - t1) / 1e9;
        long t2 = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            sentences.forEach(w -> chunker.chunk(w, penn.tag(w)));
        }
        double both = (System.nanoTime() - t2) / 1e9;
        long n = tokens * rounds;
        double own = all - unasked;
        System.out.printf(Locale.ROOT, "%d articles, %d tokens x %d rounds%n", articles.size(), tokens, rounds);
        System.out.printf(Locale.ROOT, "annotator, every sentence's Penn tags and chunks asked for: %.2f s = %,.0f tokens/s%n", all, n / all);
        System.out.printf(Locale.ROOT, "annotator, none asked for (they are computed on request):  %.2f s = %,.0f tokens/s%n",
                unasked, n / unasked);
        System.out.printf(Locale.ROOT, "the same, CPU time of the thread: all asked for %.2f s = %,.0f tokens per CPU s;"
                + " none asked for %.2f s = %,.0f tokens per CPU s%n", allCpu, n / allCpu, unaskedCpu, n / unaskedCpu);
        System.out.printf(Locale.ROOT, "the annotator's Penn tagger + chunker (the difference):     %.2f s = %,.0f tokens/s%n", own, n / own);
        System.out.printf(Locale.ROOT, "OpenNLP's POSTaggerME alone (Penn):                         %.2f s = %,.0f tokens/s%n",
                tagging, n / tagging);
        System.out.printf(Locale.ROOT, "OpenNLP's POSTaggerME + ChunkerME:                          %.2f s = %,.0f tokens/s%n", both, n / both);
    }

    /** Asks for every sentence's chunks (and so its Penn tags): the first token's chunk tags the whole sentence. */
    private static void chunkAll(AnnotatedText text) {
        text.sentences().forEach(s -> s.tokens().get(0).chunk());
    }

    private interface Reader<M> {
        M read(InputStream in) throws IOException;
    }

    private static <M> M read(String resource, Reader<M> reader) throws IOException {
        try (InputStream in = ChunkerBenchmark.class.getResourceAsStream(resource)) {
            return reader.read(in);
        }
    }
}
