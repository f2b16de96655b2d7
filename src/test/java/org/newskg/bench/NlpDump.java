package org.newskg.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.newskg.ingest.Article;
import org.newskg.nlp.AnnotatedText;
import org.newskg.nlp.NlpAnnotator;
import org.newskg.nlp.NlpModels;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;

/**
 * Every token's UD tag, lemma, Penn tag and chunk, one line each, for comparing two builds of the NLP annotator on a
 * large token stream (a change meant to be exact must print the same bytes): CoNLL files (first column a token,
 * sentences apart by blank lines, {@code -DOCSTART-} lines dropped) annotated as given, 40 sentences an article, and
 * plain-text articles of folders annotated from their text. The time and CPU of the annotation go to standard error.
 * Not a test: run by hand, {@code bench/java-bench.sh NlpDump OUT FILE_OR_FOLDER...}.
 */
public final class NlpDump {

    private static final int SENTENCES_PER_ARTICLE = 40;

    private NlpDump() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[1]);
        NlpAnnotator annotator = NlpModels.load().newAnnotator();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long c0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        long tokens = 0;
        try (PrintWriter w = new PrintWriter(new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(out),
                StandardCharsets.UTF_8)))) {
            for (int a = 2; a < args.length; a++) {
                Path input = Path.of(args[a]);
                if (Files.isDirectory(input)) {
                    try (Stream<Path> files = Files.walk(input)) {
                        for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                            Article article = article(f.toString(), Files.readString(f));
                            tokens += write(w, f.toString(), annotator.annotate(article));
                        }
                    }
                } else {
                    List<String[]> sentences = conll(input);
                    for (int s = 0; s < sentences.size(); s += SENTENCES_PER_ARTICLE) {
                        List<String[]> part = sentences.subList(s, Math.min(sentences.size(), s + SENTENCES_PER_ARTICLE));
                        StringBuilder text = new StringBuilder();
                        for (String[] words : part) {
                            text.append(String.join(" ", words)).append('\n');
                        }
                        String id = input + "#" + s;
                        tokens += write(w, id, annotator.annotateTokens(article(id, text.toString()), part));
                    }
                }
            }
        }
        double cpu = (threads.getCurrentThreadCpuTime() - c0) / 1e9;
        double wall = (System.nanoTime() - t0) / 1e9;
        System.err.printf(Locale.ROOT, "%d tokens in %.2f s (%.2f s CPU = %.0f tokens per CPU second), writing included%n", tokens, wall, cpu, tokens / cpu);
    }

    private static Article article(String id, String text) {
        return new Article("dump", null, null, null, null, null, null, "en", text, id);
    }

    private static int write(PrintWriter w, String id, AnnotatedText text) {
        w.println("# " + id);
        int n = 0;
        for (Sentence s : text.sentences()) {
            for (Token t : s.tokens()) {
                w.println(t.text() + '\t' + t.pos() + '\t' + t.lemma() + '\t' + t.penn() + '\t' + t.chunk());
                n++;
            }
            w.println();
        }
        return n;
    }

    private static List<String[]> conll(Path file) throws IOException {
        List<String[]> sentences = new ArrayList<>();
        List<String> words = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("-DOCSTART-")) {
                if (!words.isEmpty()) {
                    sentences.add(words.toArray(new String[0]));
                    words.clear();
                }
            } else {
                words.add(line.split("\\s+")[0]);
            }
        }
        if (!words.isEmpty()) {
            sentences.add(words.toArray(new String[0]));
        }
        return sentences;
    }
}
