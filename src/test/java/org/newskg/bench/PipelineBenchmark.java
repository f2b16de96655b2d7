package org.newskg.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.newskg.ingest.Article;
import org.newskg.pipeline.Pipeline;
import org.newskg.pipeline.Resources;

/**
 * What a builder thread's pipeline ({@link Pipeline#process}: NLP, entities, times, facts, linking; no RDF, SHACL or
 * store) costs per token: the plain-text articles of a folder (not its subfolders), processed ROUNDS times in one
 * thread, each round's tokens per CPU second of the thread, tokens/s and bytes allocated per token (steady whatever
 * the machine's load: the figure to compare between builds on a shared machine). The first round includes the JIT.
 * Not a test: run by hand, {@code bench/java-bench.sh PipelineBenchmark FOLDER [ROUNDS]}.
 */
public final class PipelineBenchmark {

    private PipelineBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path home = Path.of(args[0]);
        Path folder = Path.of(args[1]);
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Pipeline pipeline = Resources.load(home.resolve("data")).newPipeline();
        List<Article> articles = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                articles.add(new Article("bench" + articles.size(), null, null, null, null, null, null, "en",
                        Files.readString(f), f.toString()));
            }
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int round = 0; round < rounds; round++) {
            long a0 = allocated(threads);
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            long tokens = 0;
            for (Article a : articles) {
                tokens += pipeline.process(a).extraction().text().tokenCount();
            }
            double cpu = (threads.getCurrentThreadCpuTime() - c0) / 1e9;
            double wall = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "round %d: %d articles, %d tokens in %.2f s = %.0f tokens/s (%.2f s CPU = %.0f tokens "
                            + "per CPU second), allocated %,d bytes per token%n", round + 1, articles.size(), tokens, wall,
                    tokens / wall, cpu, tokens / cpu, (allocated(threads) - a0) / tokens);
        }
    }

    /** Bytes this thread has allocated so far, or 0 where the JVM does not count them. */
    static long allocated(ThreadMXBean threads) {
        return threads instanceof com.sun.management.ThreadMXBean sun ? sun.getThreadAllocatedBytes(Thread.currentThread().getId()) : 0;
    }
}
