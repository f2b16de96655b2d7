package org.newskg.extract.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.AggregatedFeatureGenerator;
import opennlp.tools.util.featuregen.BigramNameFeatureGenerator;
import opennlp.tools.util.featuregen.CachedFeatureGenerator;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;
import opennlp.tools.util.featuregen.PrefixFeatureGenerator;
import opennlp.tools.util.featuregen.PreviousMapFeatureGenerator;
import opennlp.tools.util.featuregen.SuffixFeatureGenerator;
import opennlp.tools.util.featuregen.TokenClassFeatureGenerator;
import opennlp.tools.util.featuregen.TokenFeatureGenerator;
import opennlp.tools.util.featuregen.WindowFeatureGenerator;

/**
 * The weight rows of a name finder model's outcome-independent features, word by word, in the order the model's
 * generators give the features, so that adding the rows gives the very sums that adding each feature's weights
 * gives. What the generators would make as new strings for every word is found without them:
 * <ul>
 * <li>a generator that reads the word alone (OpenNLP's prefix, suffix, word and shape generators, newskg's word
 * classes, and such a generator in a {@link SentenceWindowFeatureGenerator}) is asked once per distinct word, and
 * the rows of its features (and of their window-prefixed forms) are kept by word, up to {@value #MAX_WORDS} words,
 * then forgotten all at once;</li>
 * <li>OpenNLP's bigram and previous-decision features ({@code pw,w=}, {@code pwc,wc=}, {@code w,nw=},
 * {@code wc,nc=}, {@code pd=}) are looked up from their parts ({@link FeatureWeights#row(String, String, String, String)}),
 * the previous decisions of the document kept here as OpenNLP's generator keeps them;</li>
 * <li>any other generator runs as it is, its features looked up one by one.</li>
 * </ul>
 * Each word also keeps its shape and the rows of its {@code pow=} and {@code powf=} features by previous outcome,
 * which {@link BeamNameFinder} adds per hypothesis.
 *
 * <pre>{@code
 * FeatureRows rows = FeatureRows.of(model.getFactory().createFeatureGenerators(), null, weights);
 * rows.startSentence(words);
 * rows.addTo(scores, words, i);
 * }</pre>
 * Not thread-safe (it keeps the document's decisions and the last sentence's words): one per finder.
 */
final class FeatureRows {

    static final int MAX_WORDS = 1 << 14;
    private static final int[] NONE = new int[0];
    /** A row not looked up yet. */
    static final int UNKNOWN = -2;

    private final FeatureWeights weights;
    private final Part[] parts;
    /** The generators that read the word alone, each with its window (0, 0 outside a window): one slot of a word each. */
    private final List<AdaptiveFeatureGenerator> wordGenerators = new ArrayList<>();
    private final List<int[]> wordWindows = new ArrayList<>();
    private final Map<String, Word> known = new HashMap<>();
    private final List<String> scratch = new ArrayList<>(16);
    private String[] sentence;
    private Word[] words = new Word[64];

    private FeatureRows(AdaptiveFeatureGenerator generator, NameContextGenerator contexts, FeatureWeights weights) {
        this.weights = weights;
        List<Part> ps = new ArrayList<>();
        if (generator == null) {
            ps.add(new ContextPart(contexts));
        } else {
            for (AdaptiveFeatureGenerator g : flatten(generator, new ArrayList<>())) {
                ps.add(part(g));
            }
        }
        this.parts = ps.toArray(Part[]::new);
    }

    /**
     * The rows of a model's features: from its feature generators, or, when it has none (null), from its context
     * generator called without previous outcomes, which then gives exactly the outcome-independent features.
     */
    static FeatureRows of(AdaptiveFeatureGenerator generator, NameContextGenerator contexts, FeatureWeights weights) {
        return new FeatureRows(generator, contexts, weights);
    }

    /** The generators in the order they add features: aggregates opened, the XML's cache wrapper taken off. */
    private static List<AdaptiveFeatureGenerator> flatten(AdaptiveFeatureGenerator g, List<AdaptiveFeatureGenerator> out) {
        if (g instanceof CachedFeatureGenerator cached) {
            return flatten(cached.getCachedFeatureGenerator(), out);
        }
        if (g.getClass() == AggregatedFeatureGenerator.class) {
            Collection<AdaptiveFeatureGenerator> inner = ((AggregatedFeatureGenerator) g).getGenerators();
            for (AdaptiveFeatureGenerator i : inner) {
                flatten(i, out);
            }
            return out;
        }
        out.add(g);
        return out;
    }

    private Part part(AdaptiveFeatureGenerator g) {
        if (readsWordAlone(g)) {
            return wordPart(g, 0, 0);
        }
        if (g instanceof SentenceWindowFeatureGenerator w && readsWordAlone(w.inner())) {
            return wordPart(w.inner(), w.previous(), w.next());
        }
        if (g.getClass() == BigramNameFeatureGenerator.class) {
            return new BigramPart();
        }
        if (g.getClass() == PreviousMapFeatureGenerator.class) {
            return new PreviousMapPart();
        }
        return new GeneratorPart(g);
    }

    /** Whether a generator's features are a function of {@code tokens[index]} alone, with no adaptive data. */
    private static boolean readsWordAlone(AdaptiveFeatureGenerator g) {
        Class<?> c = g.getClass();
        return c == TokenClassFeatureGenerator.class || c == TokenFeatureGenerator.class || c == WordClassFeatureGenerator.class
                || c == PrefixFeatureGenerator.class || c == SuffixFeatureGenerator.class;
    }

    private Part wordPart(AdaptiveFeatureGenerator g, int previous, int next) {
        wordGenerators.add(g);
        wordWindows.add(new int[] {previous, next});
        return new WordPart(wordGenerators.size() - 1, previous, next);
    }

    /** Starts a sentence: the words of the next calls are looked up in this array. */
    void startSentence(String[] tokens) {
        sentence = tokens;
        if (words.length < tokens.length) {
            words = new Word[Math.max(tokens.length, words.length * 2)];
        } else {
            Arrays.fill(words, 0, tokens.length, null);
        }
    }

    /** Adds the weights of word i's outcome-independent features to {@code scores}, in the generators' order. */
    void addTo(double[] scores, String[] tokens, int i) {
        for (Part p : parts) {
            p.addTo(scores, tokens, i);
        }
    }

    /** After a sentence is decided: the generators learn its outcomes (the document's previous decisions). */
    void updateAdaptiveData(String[] tokens, String[] outcomes) {
        for (Part p : parts) {
            p.update(tokens, outcomes);
        }
    }

    void clearAdaptiveData() {
        for (Part p : parts) {
            p.clear();
        }
        sentence = null;
    }

    /** Word i of the current sentence, with its rows; met before, it comes from the cache. */
    Word word(String[] tokens, int i) {
        if (tokens != sentence) {
            startSentence(tokens);
        }
        Word w = words[i];
        if (w == null) {
            w = known.get(tokens[i]);
            if (w == null) {
                w = newWord(tokens, i);
                if (known.size() >= MAX_WORDS) {
                    known.clear();
                }
                known.put(tokens[i], w);
            }
            words[i] = w;
        }
        return w;
    }

    private Word newWord(String[] tokens, int i) {
        int[][][] rows = new int[wordGenerators.size()][][];
        for (int s = 0; s < rows.length; s++) {
            scratch.clear();
            wordGenerators.get(s).createFeatures(scratch, tokens, i, null);
            int previous = wordWindows.get(s)[0];
            int next = wordWindows.get(s)[1];
            int[][] byPosition = new int[1 + previous + next][];
            byPosition[0] = rows("", "");
            for (int d = 1; d <= previous; d++) {
                byPosition[d] = rows(WindowFeatureGenerator.PREV_PREFIX, Integer.toString(d));
            }
            for (int d = 1; d <= next; d++) {
                byPosition[previous + d] = rows(WindowFeatureGenerator.NEXT_PREFIX, Integer.toString(d));
            }
            rows[s] = byPosition;
        }
        return new Word(FeatureGeneratorUtil.tokenFeature(tokens[i]), rows, weights.outcomeCount() + 1);
    }

    /** The rows of the scratch features with a prefix (two parts, e.g. "p" and "1"), those the model knows. */
    private int[] rows(String prefix, String distance) {
        int[] out = new int[scratch.size()];
        int n = 0;
        for (String f : scratch) {
            int r = weights.row(prefix, distance, f, "");
            if (r >= 0) {
                out[n++] = r;
            }
        }
        return n == 0 ? NONE : Arrays.copyOf(out, n);
    }

    /**
     * A word's rows: by word generator (slot), then by window position (its own features, then those it gives
     * as the 1st, 2nd... previous word, then as the 1st, 2nd... next word); its OpenNLP shape; and the rows of
     * {@code pow=} and {@code powf=} by previous outcome, looked up when first needed.
     */
    static final class Word {

        final String shape;
        final int[][][] rows;
        final int[] pow;
        final int[] powf;

        Word(String shape, int[][][] rows, int previousOutcomes) {
            this.shape = shape;
            this.rows = rows;
            this.pow = new int[previousOutcomes];
            this.powf = new int[previousOutcomes];
            Arrays.fill(pow, UNKNOWN);
            Arrays.fill(powf, UNKNOWN);
        }
    }

    /** One generator's share of the features. */
    private interface Part {

        void addTo(double[] scores, String[] tokens, int i);

        default void update(String[] tokens, String[] outcomes) {
        }

        default void clear() {
        }
    }

    private void addRows(double[] scores, int[] rows) {
        for (int r : rows) {
            weights.addRow(scores, r);
        }
    }

    /** A generator reading the word alone, in a window of previous and next words (or none). */
    private final class WordPart implements Part {

        private final int slot;
        private final int previous;
        private final int next;

        WordPart(int slot, int previous, int next) {
            this.slot = slot;
            this.previous = previous;
            this.next = next;
        }

        @Override
        public void addTo(double[] scores, String[] tokens, int i) {
            addRows(scores, word(tokens, i).rows[slot][0]);
            for (int d = 1; d <= previous && i - d >= 0; d++) {
                addRows(scores, word(tokens, i - d).rows[slot][d]);
            }
            for (int d = 1; d <= next && i + d < tokens.length; d++) {
                addRows(scores, word(tokens, i + d).rows[slot][previous + d]);
            }
        }
    }

    /** OpenNLP's {@link BigramNameFeatureGenerator}: the word and its shape with the previous and the next word's. */
    private final class BigramPart implements Part {

        @Override
        public void addTo(double[] scores, String[] tokens, int i) {
            String shape = word(tokens, i).shape;
            if (i > 0) {
                weights.addRow(scores, weights.row("pw,w=", tokens[i - 1], ",", tokens[i]));
                weights.addRow(scores, weights.row("pwc,wc=", word(tokens, i - 1).shape, ",", shape));
            }
            if (i + 1 < tokens.length) {
                weights.addRow(scores, weights.row("w,nw=", tokens[i], ",", tokens[i + 1]));
                weights.addRow(scores, weights.row("wc,nc=", shape, ",", word(tokens, i + 1).shape));
            }
        }
    }

    /**
     * OpenNLP's {@link PreviousMapFeatureGenerator}: {@code pd=} the outcome the word last had in the document
     * ({@code pd=null} before it has one), its map of words to outcomes kept here.
     */
    private final class PreviousMapPart implements Part {

        private final Map<String, String> previous = new HashMap<>();

        @Override
        public void addTo(double[] scores, String[] tokens, int i) {
            weights.addRow(scores, weights.row("pd=", String.valueOf(previous.get(tokens[i]))));
        }

        @Override
        public void update(String[] tokens, String[] outcomes) {
            for (int i = 0; i < tokens.length; i++) {
                previous.put(tokens[i], outcomes[i]);
            }
        }

        @Override
        public void clear() {
            previous.clear();
        }
    }

    /** Any other generator, run as it is. */
    private final class GeneratorPart implements Part {

        private final AdaptiveFeatureGenerator generator;
        private final List<String> features = new ArrayList<>(16);

        GeneratorPart(AdaptiveFeatureGenerator generator) {
            this.generator = generator;
        }

        @Override
        public void addTo(double[] scores, String[] tokens, int i) {
            features.clear();
            generator.createFeatures(features, tokens, i, null);
            for (int k = 0; k < features.size(); k++) {
                weights.addTo(scores, features.get(k));
            }
        }

        @Override
        public void update(String[] tokens, String[] outcomes) {
            generator.updateAdaptiveData(tokens, outcomes);
        }

        @Override
        public void clear() {
            generator.clearAdaptiveData();
        }
    }

    /** A model without feature generators: its context generator, without previous outcomes. */
    private final class ContextPart implements Part {

        private final NameContextGenerator contexts;

        ContextPart(NameContextGenerator contexts) {
            this.contexts = contexts;
        }

        @Override
        public void addTo(double[] scores, String[] tokens, int i) {
            for (String f : contexts.getContext(i, tokens, null, null)) {
                weights.addTo(scores, f);
            }
        }

        @Override
        public void update(String[] tokens, String[] outcomes) {
            contexts.updateAdaptiveData(tokens, outcomes);
        }

        @Override
        public void clear() {
            contexts.clearAdaptiveData();
        }
    }
}
