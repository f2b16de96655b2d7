package org.newskg.nlp;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import opennlp.tools.chunker.DefaultChunkerContextGenerator;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.BeamSearchContextGenerator;
import opennlp.tools.util.TokenTag;

/**
 * The chunker's scores as {@code GISModel.eval} computes them over the 41 features of OpenNLP's
 * {@link DefaultChunkerContextGenerator}: the same additions in the same order from the same uniform log prior, so
 * the same doubles, for less work. The generator builds all 41 feature strings for every hypothesis of the beam (ten
 * per token), and the model looks each up; yet the first 19 read only words and tags, and the other 22 only the
 * previous two outcomes besides. Here the 19 are looked up and summed once per token, and the same look-up finds the
 * 19 that pair the previous outcome with a word or tag (in a table by outcome, built once from the model), the 3 of
 * outcomes alone are kept once per run; a token's scores are computed once per distinct pair of previous outcomes.
 *
 * <pre>{@code
 * Optional<ChunkScorer> fast = ChunkScorer.of(maxent, contextGenerator);
 * BeamDecoder.Scores scores = fast.get().sentence(tokenTags);
 * }</pre>
 * Only for a {@link GISModel} (whose readers give it a uniform prior) and that very generator: {@link #of} is empty
 * for anything else. Not thread-safe (it caches): one per tagger.
 */
final class ChunkScorer {

    private static final int STATIC_FEATURES = 19;
    private static final Context[] NO_PAIRS = new Context[0];
    private static final String[] SLOTS = {"w_2=", "w_1=", "w0=", "w1=", "w2="};
    private static final int LIMIT = 16_384;
    private static final int PAIR_LIMIT = 32_768;
    private static final int BOS = 0;
    private static final int EOS = 1;
    private static final int FIRST_WORD_ID = 2;
    private static final WindowFeature UNKNOWN = new WindowFeature(null, NO_PAIRS, false);

    private final GisEval model;
    private final Map<String, Integer> outcomeIndex = new HashMap<>();
    private final int outcomes;
    private final String[] outcomeNames;   // by index
    // The three features of the previous two outcomes alone, by (p_2, p_1) indices, "bos" being the last.
    private final Context[][][] ofOutcomes;
    // Each word or tag feature of the window: its own parameters and those of "p_1=" + outcome + it, by the outcome's
    // index ("bos" last), so that one look-up per feature and token finds all of them (a look-up for each previous
    // outcome the beam held was a quarter of the chunker's time).
    private final Map<String, WindowFeature> window = new HashMap<>();
    // A word's five window features (w_2= ... w2=), and the twelve tag features of a window of five tags, kept by word
    // and by the window's tags: building the 19 strings and looking each up was most of the chunker's own time.
    private final Map<String, Word> words = new HashMap<>();
    // The two word-pair features of two neighbouring words, by their ids (bos and eos being their own): making the two
    // strings and looking each up twice at every position was an eighth of the chunker's time.
    private final Map<Long, Pair> pairs = new HashMap<>();
    private int nextWordId = FIRST_WORD_ID;
    private final Map<String, Integer> tagIndex = new HashMap<>();
    private final Map<Long, WindowFeature[]> tagFeatures = new HashMap<>();
    // A position's scores by pair of previous outcomes (p_2 * (outcomes + 1) + p_1) and its pair features by previous
    // outcome, each slot valid while its stamp is the position's (each position scored gets a new stamp): boxed keys
    // in hash maps emptied at every position were a tenth of the chunker's time.
    private long stamp;
    private final double[][] scored;
    private final long[] scoredAt;
    private final Context[][] withPrevious;
    private final long[] withPreviousAt;

    /**
     * A window feature's parameters (null: the model does not know it) and those of its pairs with previous outcomes;
     * the first also as a dense row over all outcomes, made when first summed ({@link #addTo}).
     */
    private static final class WindowFeature {
        private final Context self;
        private final Context[] withOutcome;
        private final boolean kept;
        private double[] dense;

        /** {@code kept}: held by one of the scorer's tables, so worth a dense row (a feature used once is not). */
        WindowFeature(Context self, Context[] withOutcome, boolean kept) {
            this.self = self;
            this.withOutcome = withOutcome;
            this.kept = kept;
        }

        Context[] withOutcome() {
            return withOutcome;
        }

        /**
         * {@code GisEval.add(scores, self())}, with the same doubles: adding a dense row adds 0.0 to the outcomes the
         * feature does not name, which leaves every score as it is (but for the sign of a zero score, which no
         * exponential tells apart), and its loop is straight where the sparse one scatters through an index array.
         * The 19 window features summed at each position were a third of the chunker's time.
         */
        void addTo(double[] scores) {
            if (self == null) {
                return;
            }
            if (!kept) {
                GisEval.add(scores, self);
                return;
            }
            double[] d = dense;
            if (d == null) {
                d = new double[scores.length];
                GisEval.add(d, self);
                dense = d;
            }
            for (int o = 0; o < d.length; o++) {
                scores[o] += d[o];
            }
        }
    }

    /** A word of the text: its id in the pair table and its five window features (w_2= ... w2=), made when first asked. */
    private static final class Word {
        private final String text;
        private final int id;
        private final WindowFeature[] slots = new WindowFeature[SLOTS.length];

        Word(String text, int id) {
            this.text = text;
            this.id = id;
        }
    }

    /** Two neighbouring words' features: "w_1=" + a + "w0=" + b (at b's position) and "w0=" + a + "w1=" + b (at a's). */
    private static final class Pair {
        private WindowFeature left;
        private WindowFeature right;
    }

    private ChunkScorer(GISModel gis) {
        this.model = GisEval.of(gis).orElseThrow();
        this.outcomes = gis.getNumOutcomes();
        this.outcomeNames = new String[outcomes];
        for (int o = 0; o < outcomes; o++) {
            outcomeIndex.put(gis.getOutcome(o), o);
            outcomeNames[o] = gis.getOutcome(o);
        }
        this.ofOutcomes = new Context[outcomes + 1][outcomes + 1][];
        this.scored = new double[(outcomes + 1) * (outcomes + 1)][];
        this.scoredAt = new long[scored.length];
        this.withPrevious = new Context[outcomes + 1][];
        this.withPreviousAt = new long[outcomes + 1];
        Map<String, Integer> previous = new HashMap<>();
        for (int o = 0; o <= outcomes; o++) {
            previous.put("p_1=" + (o == outcomes ? "bos" : gis.getOutcome(o)), o);
        }
        for (Map.Entry<String, Context> f : model.features().entrySet()) {
            String name = f.getKey();
            // "p_1=B-NPt_2=DT": the previous outcome's feature, then one of the window's ("t_2=DT"); outcomes are
            // written in capitals (or "bos"), the window's features start with 't' or 'w'
            int start = 4;
            while (start < name.length() && name.charAt(start) != 't' && name.charAt(start) != 'w') {
                start++;
            }
            Integer o = start < name.length() && name.startsWith("p_1=") ? previous.get(name.substring(0, start)) : null;
            if (o != null) {
                String feature = name.substring(start);
                window.computeIfAbsent(feature, k -> new WindowFeature(model.feature(k), new Context[outcomes + 1], true))
                        .withOutcome()[o] = f.getValue();
            }
        }
    }

    /**
     * The window feature's parameters and pairs; an empty one for a feature no pair names, which the caller keeps
     * ({@code kept}) or uses once.
     */
    private WindowFeature windowFeature(String name, boolean kept) {
        WindowFeature known = window.get(name);
        return known != null ? known : new WindowFeature(model.feature(name), NO_PAIRS, kept);
    }

    /** The window feature of {@code word} in slot {@code slot} (w_2= to w2=); {@code outside}'s when the word is null. */
    private WindowFeature wordFeature(Word word, int slot, String outside) {
        if (word == null) {
            return windowFeature(outside, true);
        }
        WindowFeature f = word.slots[slot];
        if (f == null) {
            f = windowFeature(SLOTS[slot] + word.text, true);
            word.slots[slot] = f;
        }
        return f;
    }

    /**
     * The sentence's words, each with its id. The tables are emptied here, before any word of the sentence is found,
     * when it could overflow them; ids are not given again (until two billion have been given), so no word of a
     * sentence being scored shares its id with another.
     */
    private Word[] words(String[] text) {
        if (words.size() + text.length > LIMIT || nextWordId > Integer.MAX_VALUE - text.length) {
            words.clear();
            pairs.clear();
            if (nextWordId > Integer.MAX_VALUE - text.length) {
                nextWordId = FIRST_WORD_ID;
            }
        }
        Word[] w = new Word[text.length];
        for (int i = 0; i < text.length; i++) {
            Word known = words.get(text[i]);
            if (known == null) {
                known = new Word(text[i], nextWordId++);
                words.put(text[i], known);
            }
            w[i] = known;
        }
        return w;
    }

    /** The pair features of {@code a} then {@code b} (null: bos or eos); neither made until asked. */
    private Pair pair(Word a, Word b) {
        if (pairs.size() >= PAIR_LIMIT) {
            pairs.clear();
        }
        long key = (long) (a == null ? BOS : a.id) << 32 | (b == null ? EOS : b.id);
        // Long.hashCode is the two ids' exclusive or: neighbouring ids' pairs crowded into a few bins (tree bins in
        // the profile); multiplying by an odd constant is one-to-one and spreads them, as for the tag windows.
        return pairs.computeIfAbsent(key * 0x9E3779B97F4A7C15L, k -> new Pair());
    }

    /** "w_1=" + a + "w0=" + b, a null being "bos". */
    private WindowFeature left(Pair p, Word a, Word b) {
        if (p.left == null) {
            p.left = pairFeature((a == null ? "w_1=bos" : "w_1=" + a.text) + "w0=" + b.text);
        }
        return p.left;
    }

    /** "w0=" + a + "w1=" + b, b null being "eos". */
    private WindowFeature right(Pair p, Word a, Word b) {
        if (p.right == null) {
            p.right = pairFeature("w0=" + a.text + (b == null ? "w1=eos" : "w1=" + b.text));
        }
        return p.right;
    }

    /** Most word pairs are unknown to the model: they share one empty feature rather than each holding its own. */
    private WindowFeature pairFeature(String name) {
        WindowFeature f = windowFeature(name, true);
        return f.self == null && f.withOutcome.length == 0 ? UNKNOWN : f;
    }

    /** A scorer for {@code model} decoded with {@code generator}, when both are what this class reproduces. */
    static Optional<ChunkScorer> of(MaxentModel model, BeamSearchContextGenerator<?> generator) {
        boolean reproduced = model.getClass() == GISModel.class && generator.getClass() == DefaultChunkerContextGenerator.class;
        return reproduced ? Optional.of(new ChunkScorer((GISModel) model)) : Optional.empty();
    }

    /** The scores of one sentence's token-tag pairs. */
    BeamDecoder.Scores sentence(TokenTag[] items) {
        return new SentenceScores(words(TokenTag.extractTokens(items)), TokenTag.extractTags(items));
    }

    private final class SentenceScores implements BeamDecoder.Scores {

        private final Word[] words;
        private final String[] tags;
        private final int[] tagIds;
        // pair k: words k - 1 and k (bos before the first, eos after the last), found once though used at two positions
        private final Pair[] pairAt;
        private int position = -1;
        private long current;                     // the position's stamp in the scorer's tables
        // The 19 word and tag features of the current position, and the log prior plus those 19: one array each for
        // the sentence, refilled at each position (new ones at every position were a few per cent of the bytes an
        // ingest's builder thread allocated).
        private final WindowFeature[] features = new WindowFeature[STATIC_FEATURES];
        private final double[] base = new double[outcomes];

        SentenceScores(Word[] words, String[] tags) {
            this.words = words;
            this.tags = tags;
            if (tagIndex.size() >= 4_000 - tags.length) {
                // 12 bits a tag in the key (a tagger has some fifty tags: never reached in practice)
                tagIndex.clear();
                tagFeatures.clear();
            }
            // each tag's index + 1, found once (a position's window read five of them from the map)
            this.tagIds = new int[tags.length];
            for (int k = 0; k < tags.length; k++) {
                tagIds[k] = tagIndex.computeIfAbsent(tags[k], t -> tagIndex.size() + 1);
            }
            this.pairAt = new Pair[words.length + 1];
        }

        @Override
        public double[] at(int i, String[] previous) {
            return at(i, i < 2 ? outcomes : outcomeIndex.get(previous[i - 2]),
                    i < 1 ? outcomes : outcomeIndex.get(previous[i - 1]));
        }

        /** By the last two outcomes' indices (the model's, as this scorer's): no array of the outcomes, no look-ups. */
        @Override
        public double[] at(int i, BeamDecoder.Hypothesis last) {
            return at(i, i < 2 ? outcomes : last.before().index(), i < 1 ? outcomes : last.index());
        }

        private double[] at(int i, int p2, int p1) {
            if (i != position) {
                moveTo(i);
            }
            int k = p2 * (outcomes + 1) + p1;
            if (scoredAt[k] != current) {
                scored[k] = score(scored[k], p2, p1);
                scoredAt[k] = current;
            }
            return scored[k];
        }

        private void moveTo(int i) {
            position = i;
            current = ++stamp;   // the slots of earlier positions (of this sentence or another) no longer count
            window(i, features);
            model.prior(base);
            for (WindowFeature f : features) {
                f.addTo(base);
            }
        }

        /**
         * The scores after (p2, p1), into {@code into} (the slot's array of an earlier position, which the decoder no
         * longer reads once it has moved on, as for the POS scorers' arrays) or a new array when null; returns it.
         */
        private double[] score(double[] into, int p2, int p1) {
            double[] s = into != null ? into : new double[outcomes];
            System.arraycopy(base, 0, s, 0, outcomes);
            for (Context c : ofOutcomes(p2, p1)) {
                GisEval.add(s, c);
            }
            if (withPreviousAt[p1] != current) {
                withPrevious(p1);
                withPreviousAt[p1] = current;
            }
            for (Context c : withPrevious[p1]) {
                GisEval.add(s, c);
            }
            return model.normalize(s);
        }

        private Context[] ofOutcomes(int p2, int p1) {
            Context[] c = ofOutcomes[p2][p1];
            if (c == null) {
                String a = "p_2=" + (p2 == outcomes ? "bos" : outcomeNames[p2]);
                String b = "p_1=" + (p1 == outcomes ? "bos" : outcomeNames[p1]);
                c = new Context[] {model.feature(a), model.feature(b), model.feature(a + b)};
                ofOutcomes[p2][p1] = c;
            }
            return c;
        }

        /** Fills {@code withPrevious[p1]} (its array of an earlier position refilled) for the current position. */
        private void withPrevious(int p1) {
            Context[] c = withPrevious[p1];
            if (c == null) {
                c = new Context[STATIC_FEATURES];
                withPrevious[p1] = c;
            }
            // the generator's order: the tag features first, then the word features
            for (int f = 0; f < STATIC_FEATURES; f++) {
                Context[] pairs = features[f < 12 ? f + 7 : f - 12].withOutcome();
                c[f] = pairs.length == 0 ? null : pairs[p1];
            }
        }

        /**
         * DefaultChunkerContextGenerator's first 19 features at {@code i}, into {@code f}, in its order: 7 of words ("w_2=" + the word two before,
         * ..., "w_1=" + w_1 + "w0=" + w0, "w0=" + w0 + "w1=" + w1), 12 of tags (the five, then the pairs and triples
         * of neighbouring tags), "bos" and "eos" beyond the sentence.
         */
        private void window(int i, WindowFeature[] f) {
            Word w_2 = i < 2 ? null : words[i - 2];
            Word w_1 = i < 1 ? null : words[i - 1];
            Word w1 = i + 1 >= words.length ? null : words[i + 1];
            Word w2 = i + 2 >= words.length ? null : words[i + 2];
            f[0] = wordFeature(w_2, 0, "w_2=bos");
            f[1] = wordFeature(w_1, 1, "w_1=bos");
            f[2] = wordFeature(words[i], 2, null);
            f[3] = wordFeature(w1, 3, "w1=eos");
            f[4] = wordFeature(w2, 4, "w2=eos");
            f[5] = left(pairAt(i), w_1, words[i]);
            f[6] = right(pairAt(i + 1), words[i], w1);
            System.arraycopy(tagWindow(i), 0, f, 7, 12);
        }

        private Pair pairAt(int k) {
            Pair p = pairAt[k];
            if (p == null) {
                p = pair(k < 1 ? null : words[k - 1], k >= words.length ? null : words[k]);
                pairAt[k] = p;
            }
            return p;
        }

        private WindowFeature[] tagWindow(int i) {
            if (tagFeatures.size() >= LIMIT) {
                tagFeatures.clear();
            }
            long key = 0;
            for (int k = i - 2; k <= i + 2; k++) {
                // 0: bos or eos (the slot tells which), else the tag's index + 1
                key = key << 12 | (k < 0 || k >= tags.length ? 0 : tagIds[k]);
            }
            // Long.hashCode folds the packed tags onto one another (a tag index is 6 bits in a 12-bit slot), so many
            // windows shared a hash bin; multiplying by an odd constant is one-to-one and mixes them apart.
            key *= 0x9E3779B97F4A7C15L;
            WindowFeature[] f = tagFeatures.get(key);
            if (f == null) {
                String t_2 = i < 2 ? "t_2=bos" : "t_2=" + tags[i - 2];
                String t_1 = i < 1 ? "t_1=bos" : "t_1=" + tags[i - 1];
                String t0 = "t0=" + tags[i];
                String t1 = i + 1 >= tags.length ? "t1=eos" : "t1=" + tags[i + 1];
                String t2 = i + 2 >= tags.length ? "t2=eos" : "t2=" + tags[i + 2];
                String[] names = {t_2, t_1, t0, t1, t2, t_2 + t_1, t_1 + t0, t0 + t1, t1 + t2, t_2 + t_1 + t0, t_1 + t0 + t1, t0 + t1 + t2};
                f = new WindowFeature[names.length];
                for (int n = 0; n < names.length; n++) {
                    f[n] = windowFeature(names[n], true);
                }
                tagFeatures.put(key, f);
            }
            return f;
        }
    }
}
