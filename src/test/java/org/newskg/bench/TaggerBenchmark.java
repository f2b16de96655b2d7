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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.newskg.eval.TimeMlDocument;
import org.newskg.eval.TimeMlReader;
import org.newskg.extract.time.TemporalTagger;
import org.newskg.ingest.Article;
import org.newskg.nlp.AnnotatedText;
import org.newskg.nlp.NlpAnnotator;
import org.newskg.nlp.NlpModels;

/**
 * Temporal tagger throughput alone, without tokenizing and tagging: the bundled plain-text articles (against
 * the publication day their file names begin with) and the TimeML development stories (against their DCT) are annotated once, then
 * {@link TemporalTagger#tag} runs over them ROUNDS times after a warm-up, in one thread.
 * Not a test: run by hand (see bench/tagger-bench.sh).
 */
public final class TaggerBenchmark {

    private static final Pattern DAY_IN_NAME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private TaggerBenchmark() {
    }

    private record Input(AnnotatedText text, LocalDate reference) {
    }

    public static void main(String[] args) throws IOException {
        Path home = Path.of(args.length > 0 ? args[0] : ".");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        Path data = home.resolve("data");
        TemporalTagger tagger = TemporalTagger.load(data);
        NlpAnnotator annotator = NlpModels.load().newAnnotator();
        List<Input> inputs = new ArrayList<>();
        // The bundled articles' names start with their publication day ("ap-2024-02-17-...").
        try (Stream<Path> files = Files.list(data.resolve("articles"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                Matcher day = DAY_IN_NAME.matcher(f.getFileName().toString());
                LocalDate published = day.find() ? LocalDate.parse(day.group()) : null;
                inputs.add(new Input(annotate(annotator, Files.readString(f), f.toString()), published));
            }
        }
        for (TimeMlDocument d : TimeMlReader.readDirectory(home.resolve("src/test/resources/eval/timeml/dev"))) {
            inputs.add(new Input(annotate(annotator, d.text(), d.name()), d.creationDate()));
        }
        long tokens = inputs.stream().mapToLong(i -> i.text().tokenCount()).sum();
        for (int i = 0; i < Math.max(3, rounds / 5); i++) {
            inputs.forEach(in -> tagger.tag(in.text(), in.reference()));
        }
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long mentions = 0;
        long t0 = System.nanoTime();
        long c0 = cpu.getCurrentThreadCpuTime();
        for (int r = 0; r < rounds; r++) {
            for (Input in : inputs) {
                mentions += tagger.tag(in.text(), in.reference()).size();
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpuSeconds = (cpu.getCurrentThreadCpuTime() - c0) / 1e9;
        // CPU time of the thread is the steadier figure on a shared machine; wall time is what a user waits.
        System.out.printf(Locale.ROOT, "temporal tagger: %d texts, %d tokens x %d rounds in %.2f s = %.0f tokens/s "
                        + "(%.2f s CPU = %.0f tokens per CPU second) (%d mentions per round)%n",
                inputs.size(), tokens, rounds, seconds, tokens * rounds / seconds, cpuSeconds, tokens * rounds / cpuSeconds,
                mentions / rounds);
    }

    private static AnnotatedText annotate(NlpAnnotator annotator, String text, String source) {
        return annotator.annotate(new Article("bench" + Integer.toHexString(source.hashCode()), null, null, null, null,
                null, null, "en", text, source));
    }
}
