package org.newskg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.newskg.extract.entity.EntityRecognizer;
import org.newskg.ingest.Article;
import org.newskg.kb.KnowledgeBase;
import org.newskg.nlp.AnnotatedText;
import org.newskg.nlp.NlpAnnotator;
import org.newskg.nlp.NlpModels;

/**
 * Entity recognizer throughput, without tokenizing and tagging: the bundled plain-text articles are
 * annotated once, then {@link EntityRecognizer#find} runs over them ROUNDS times after a warm-up.
 * Not a test: run by hand (see bench/recognizer-bench.sh), one thread.
 */
public final class RecognizerBenchmark {

    private RecognizerBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path home = Path.of(args.length > 0 ? args[0] : ".");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        Path data = home.resolve("data");
        EntityRecognizer recognizer = EntityRecognizer.load(data, KnowledgeBase.load(data));
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
            texts.forEach(recognizer::find);
        }
        long t0 = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            for (AnnotatedText t : texts) {
                mentions += recognizer.find(t).size();
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "recognizer: %d articles, %d tokens x %d rounds in %.2f s = %.0f tokens/s (%d mentions)%n",
                texts.size(), tokens, rounds, seconds, tokens * rounds / seconds, mentions / rounds);
    }
}
