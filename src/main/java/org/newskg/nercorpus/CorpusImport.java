package org.newskg.nercorpus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newskg.NewsKgException;
import org.newskg.eval.ConllReader;
import org.newskg.eval.ConllSentence;

/**
 * Converts the openly licensed corpora of a {@code ner-data} folder (as described in its README) into
 * {@code OUT/<corpus>/{train,dev,test}.conll} ({@link ConllWriter}'s format):
 * <ul>
 * <li>{@code uner-ewt}: Universal NER English-EWT, its own train/dev/test files;</li>
 * <li>{@code uner-pud}: Universal NER English-PUD, test only (1,000 sentences of news and Wikipedia);</li>
 * <li>{@code wikigold}: WikiGold, IOB1 turned into IOB2, split by {@link Split};</li>
 * <li>{@code btc}: Broad Twitter Corpus sections a, b, e, f, g, h (each tweet a document), split by {@link Split};</li>
 * <li>{@code gum}: GUM's openly licensed genres, named mentions only, GUM's own split ({@link GumReader}).</li>
 * </ul>
 * The same sources always give the same files.
 *
 * <pre>{@code
 * List<CorpusImport.Part> written = CorpusImport.run(Path.of("../shared/ner-data"), Path.of("data/ner"));
 * }</pre>
 * Stateless and thread-safe.
 */
public final class CorpusImport {

    /** One written file and what it holds. */
    public record Part(String corpus, String split, Path file, int sentences, int tokens, Map<String, Integer> names) {
    }

    private static final List<String> BTC_SECTIONS = List.of("a", "b", "e", "f", "g", "h");

    private CorpusImport() {
    }

    public static List<Part> run(Path sources, Path out) {
        if (!Files.isDirectory(sources)) {
            throw new NewsKgException("no corpus folder at " + sources);
        }
        Map<String, Map<String, List<ConllSentence>>> corpora = new LinkedHashMap<>();
        Path ewt = sources.resolve("uner-en-ewt");
        corpora.put("uner-ewt", Map.of(
                "train", UnerReader.read(ewt.resolve("en_ewt-ud-train.iob2")),
                "dev", UnerReader.read(ewt.resolve("en_ewt-ud-dev.iob2")),
                "test", UnerReader.read(ewt.resolve("en_ewt-ud-test.iob2"))));
        corpora.put("uner-pud", Map.of("test", UnerReader.read(sources.resolve("uner-en-pud/en_pud-ud-test.iob2"))));
        corpora.put("wikigold", Split.byDocument(ConllReader.read(sources.resolve("wikigold/wikigold.conll.txt"))));
        List<ConllSentence> tweets = new ArrayList<>();
        for (String section : BTC_SECTIONS) {
            tweets.addAll(BtcReader.read(sources.resolve("btc/" + section + ".conll")));
        }
        corpora.put("btc", Split.byDocument(tweets));
        Path gum = sources.resolve("gum");
        if (Files.isDirectory(gum.resolve("dep"))) {
            corpora.put("gum", GumReader.readSplits(gum));
        }
        List<Part> parts = new ArrayList<>();
        corpora.forEach((corpus, splits) -> Split.PARTS.stream().filter(splits::containsKey).forEach(split -> {
            List<ConllSentence> sentences = splits.get(split);
            Path file = out.resolve(corpus).resolve(split + ".conll");
            ConllWriter.write(file, sentences);
            Map<String, Integer> names = new java.util.TreeMap<>();
            sentences.forEach(s -> s.names().forEach(n -> names.merge(n.getType(), 1, Integer::sum)));
            parts.add(new Part(corpus, split, file, sentences.size(),
                    sentences.stream().mapToInt(s -> s.tokens().size()).sum(), names));
        }));
        return parts;
    }
}
