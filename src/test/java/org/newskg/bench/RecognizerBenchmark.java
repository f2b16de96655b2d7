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
import opennlp.tools.namefind.TokenNameFinderModel;
import org.newskg.extract.entity.EntityRecognizer;
import org.newskg.extract.entity.NameFinderModels;
import org.newskg.pipeline.Resources;
import org.newskg.ingest.Article;
import org.newskg.kb.KnowledgeBase;
import org.newskg.nlp.AnnotatedText;
import org.newskg.nlp.NlpAnnotator;
import org.newskg.nlp.NlpModels;

/**
 * Entity recognizer throughput, without tokenizing and tagging: the bundled plain-text articles are
 * annotated once, then {@link EntityRecognizer#find} runs over them ROUNDS times after a warm-up, with the
 * default name finder model (one thread's finders reused, as the pipeline does) and without it. Also
 * prints the time the model takes to load.
 * Not a test: run by hand (see bench/recognizer-bench.sh), one thread.
 */
public final class RecognizerBenchmark {

    private RecognizerBenchmark() {
    }

    /** Bytes this thread has allocated so far, or 0 where the JVM does not count them. */
    private static long allocated(ThreadMXBean cpu) {
        return cpu instanceof com.sun.management.ThreadMXBean sun ? sun.getThreadAllocatedBytes(Thread.currentThread().getId()) : 0;
    }

    public static void main(String[] args) throws IOException {
        Path home = Path.of(args.length > 0 ? args[0] : ".");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        Path data = home.resolve("data");
        Path modelFile = data.resolve(Resources.DEFAULT_NER_MODEL);
        // OpenNLP's model reader is the first class here to log, and starting the logging framework takes about
        // half a second; in kg it starts with the pipeline whatever the model, so it is started before timing.
        org.slf4j.LoggerFactory.getLogger(RecognizerBenchmark.class).debug("benchmark starts");
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long l0 = System.nanoTime();
        long c0 = cpu.getCurrentThreadCpuTime();
        TokenNameFinderModel model = NameFinderModels.load(modelFile);
        double loadSeconds = (System.nanoTime() - l0) / 1e9;
        double loadCpu = (cpu.getCurrentThreadCpuTime() - c0) / 1e9;
        System.out.printf(Locale.ROOT, "model: %s, %,d bytes, loaded in %.2f s, %.2f s CPU of the loading thread "
                + "(fresh JVM, first load)%n", modelFile, Files.size(modelFile), loadSeconds, loadCpu);
        EntityRecognizer rules = EntityRecognizer.load(data, KnowledgeBase.load(data));
        EntityRecognizer recognizer = rules.withModels(List.of(model));
        EntityRecognizer.ModelFinders finders = recognizer.newFinders();
        NlpAnnotator annotator = NlpModels.load().newAnnotator();
        List<AnnotatedText> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(home.resolve("data/articles"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(annotator.annotate(new Article("bench" + texts.size(), null, null, null, null, null, null, "en",
                        Files.readString(f), f.toString())));
            }
        }
        long tokens = texts.stream().mapToLong(AnnotatedText::tokenCount).sum();
        long mentions = 0;
        for (int i = 0; i < Math.max(3, rounds / 5); i++) {
            texts.forEach(t -> recognizer.find(t, finders));
            texts.forEach(rules::find);
        }
        long t0 = System.nanoTime();
        long tc = cpu.getCurrentThreadCpuTime();
        long a0 = allocated(cpu);
        for (int i = 0; i < rounds; i++) {
            for (AnnotatedText t : texts) {
                mentions += recognizer.find(t, finders).size();
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpuSeconds = (cpu.getCurrentThreadCpuTime() - tc) / 1e9;
        long bytes = allocated(cpu) - a0;
        // CPU time of the thread is the steadier figure on a shared machine; wall time is what a user waits.
        System.out.printf(Locale.ROOT, "recognizer with the model: %d articles, %d tokens x %d rounds in %.2f s = %.0f tokens/s "
                        + "(%.2f s CPU = %.0f tokens per CPU second) (%d mentions)%n",
                texts.size(), tokens, rounds, seconds, tokens * rounds / seconds, cpuSeconds, tokens * rounds / cpuSeconds,
                mentions / rounds);
        // Allocation is no free lunch here: each new page of heap the collector hands out is slow to touch the first
        // time on a virtual machine (bench/README.md, 2026-12-04 evening), so the benchmark reports it.
        System.out.printf(Locale.ROOT, "allocated: %,d bytes per token with the model%n", bytes / (tokens * rounds));
        long r0 = System.nanoTime();
        long ruleMentions = 0;
        for (int i = 0; i < rounds; i++) {
            for (AnnotatedText t : texts) {
                ruleMentions += rules.find(t).size();
            }
        }
        double ruleSeconds = (System.nanoTime() - r0) / 1e9;
        System.out.printf(Locale.ROOT, "recognizer without a model (KB and patterns): %.0f tokens/s (%d mentions)%n",
                tokens * rounds / ruleSeconds, ruleMentions / rounds);
    }
}
