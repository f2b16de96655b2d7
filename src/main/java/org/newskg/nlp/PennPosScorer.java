package org.newskg.nlp;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.DefaultPOSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.util.BeamSearchContextGenerator;

/**
 * The scores of a tagger whose features are those of OpenNLP's {@link DefaultPOSContextGenerator} (the 1.5 Penn
 * Treebank model's), as {@code GISModel.eval} computes them: the same parameters added in the generator's order from
 * the same uniform log prior, so the same doubles, without making the strings. The generator writes about twenty
 * strings a token and the model looks each up in a map of hundreds of thousands; yet all but two read only words: a
 * word's own features ({@code w=}, its suffixes and prefixes, hyphen, capital and digit flags) and its features as a
 * neighbour ({@code p=}, {@code pp=}, {@code n=}, {@code nn=}) are looked up once per distinct word and kept; the two
 * of previous tags ({@code t=}, {@code t2=}) are kept in tables by tag. At a position the sums up to the first tag
 * feature are made once, then each distinct pair of previous tags adds the rest in order.
 *
 * <pre>{@code
 * Optional<PennPosScorer> fast = PennPosScorer.of(posModel, maxent, contextGenerator);
 * BeamDecoder.Scores scores = fast.get().sentence(words);
 * }</pre>
 * Only for a {@link GISModel} and that very generator without an n-gram dictionary: {@link #of} is empty for anything
 * else. Not thread-safe (it caches): one per tagger.
 */
final class PennPosScorer {

    private static final int WORD_LIMIT = 16_384;
    private static final String SENTENCE_BEGIN = "*SB*";   // DefaultPOSContextGenerator's SB and SE
    private static final String SENTENCE_END = "*SE*";
    private static final Context NONE = PreviousTags.NONE;

    private final GisEval model;
    private final int outcomes;
    private final Context always;
    private final PreviousTags tags;
    private final Map<String, Word> words = new HashMap<>();
    private final Word begin;
    private final Word end;
    // The sentence being scored: its position's scores by pair of previous tags (at p2 * (outcomes + 1) + p1, null
    // when not scored), and the pairs filled, emptied when the position moves (a map of boxed keys was 2% of extraction).
    private final double[][] scored;
    private final int[] used;
    private int filled;

    /** A word's features: its own, in the generator's order, and as the word before, two before, after, two after. */
    private record Word(Context[] own, Context previous, Context previous2, Context next, Context next2) {
    }

    private PennPosScorer(GISModel gis) {
        this.model = GisEval.of(gis).orElseThrow();
        this.outcomes = gis.getNumOutcomes();
        this.tags = new PreviousTags(model, outcomes);
        this.always = known("default");
        this.begin = neighbour(SENTENCE_BEGIN);
        this.end = neighbour(SENTENCE_END);
        this.scored = new double[(outcomes + 1) * (outcomes + 1)][];
        this.used = new int[scored.length];
    }

    /** A scorer for the tagger of {@code pos} decoded with {@code generator}, when it is what this class reproduces. */
    static Optional<PennPosScorer> of(POSModel pos, MaxentModel model, BeamSearchContextGenerator<String> generator) {
        boolean reproduced = model.getClass() == GISModel.class
                && generator.getClass() == DefaultPOSContextGenerator.class
                && pos.getArtifact("ngram.dictionary") == null;   // what the generator skips suffixes for
        return reproduced ? Optional.of(new PennPosScorer((GISModel) model)) : Optional.empty();
    }

    /** The scores of one sentence's words. */
    BeamDecoder.Scores sentence(String[] sentence) {
        return new SentenceScores(sentence);
    }

    private Context known(String feature) {
        return tags.known(feature);
    }

    private Word neighbour(String w) {
        return new Word(null, known("p=" + w), known("pp=" + w), known("n=" + w), known("nn=" + w));
    }

    private Word word(String w) {
        Word known = words.get(w);
        if (known != null) {
            return known;
        }
        if (words.size() >= WORD_LIMIT) {
            words.clear();
        }
        Context[] own = new Context[12];
        int n = 0;
        own[n++] = known("w=" + w);
        for (int li = 0; li < 4; li++) {
            own[n++] = known("suf=" + w.substring(Math.max(w.length() - li - 1, 0)));
        }
        for (int li = 0; li < 4; li++) {
            own[n++] = known("pre=" + w.substring(0, Math.min(li + 1, w.length())));
        }
        // the generator's "[A-Z]" and "[0-9]" searches: ASCII capitals and digits only
        boolean capital = false;
        boolean digit = false;
        for (int k = 0; k < w.length(); k++) {
            char ch = w.charAt(k);
            capital |= ch >= 'A' && ch <= 'Z';
            digit |= ch >= '0' && ch <= '9';
        }
        own[n++] = w.indexOf('-') != -1 ? known("h") : NONE;
        own[n++] = capital ? known("c") : NONE;
        own[n++] = digit ? known("d") : NONE;
        Word made = new Word(own, known("p=" + w), known("pp=" + w), known("n=" + w), known("nn=" + w));
        words.put(w, made);
        return made;
    }

    private final class SentenceScores implements BeamDecoder.Scores {

        private final String[] sentence;
        private final WordRows<Word> kept;   // the sentence's words' rows, found once each (a position reads five of them)
        private final ArrayDeque<double[]> spare = new ArrayDeque<>();
        private int position = -1;
        private double[] base;   // the log prior plus the features before the first of previous tags
        private Word previous2;  // the neighbours' rows at the position (null: none there)
        private Word next;
        private Word next2;

        SentenceScores(String[] sentence) {
            this.sentence = sentence;
            this.kept = new WordRows<>(sentence, PennPosScorer.this::word);
        }


        @Override
        public double[] at(int i, String[] previous) {
            return at(i, i < 2 ? outcomes : tags.index(previous[i - 2]), i < 1 ? outcomes : tags.index(previous[i - 1]));
        }

        /** By the last two outcomes' indices (the model's, as the tag table's): no array of the outcomes, no look-ups. */
        @Override
        public double[] at(int i, BeamDecoder.Hypothesis last) {
            return at(i, i < 2 ? outcomes : last.before().index(), i < 1 ? outcomes : last.index());
        }

        /** The scores at {@code i} after the tags of index {@code p2} and {@code p1} ({@code outcomes}: none there). */
        private double[] at(int i, int p2, int p1) {
            if (i != position) {
                moveTo(i);
            }
            int key = p2 * (outcomes + 1) + p1;
            double[] s = scored[key];
            if (s == null) {
                s = spare.isEmpty() ? new double[outcomes] : spare.pop();
                System.arraycopy(base, 0, s, 0, outcomes);
                // the generator's order from "p=" on: t=, pp=, t2=, n=, nn=
                if (p1 != outcomes) {
                    GisEval.add(s, tags.tag(p1));
                }
                if (previous2 != null) {
                    GisEval.add(s, previous2.previous2());
                    if (p2 != outcomes) {
                        GisEval.add(s, tags.pair(p2, p1));
                    }
                }
                GisEval.add(s, next.next());
                if (next2 != null) {
                    GisEval.add(s, next2.next2());
                }
                model.normalize(s);
                scored[key] = s;
                used[filled++] = key;
            }
            return s;
        }

        private void moveTo(int i) {
            position = i;
            release();
            Word self = kept.at(i);
            Word previous = i >= 1 ? kept.at(i - 1) : begin;
            previous2 = i >= 2 ? kept.at(i - 2) : i == 1 ? begin : null;
            next = i + 1 < sentence.length ? kept.at(i + 1) : end;
            next2 = i + 2 < sentence.length ? kept.at(i + 2) : i + 1 < sentence.length ? end : null;
            if (base == null) {
                base = new double[outcomes];
            }
            model.prior(base);
            GisEval.add(base, always);
            for (Context c : self.own()) {
                GisEval.add(base, c);
            }
            GisEval.add(base, previous.previous());
        }

        @Override
        public void release() {
            for (int u = 0; u < filled; u++) {
                spare.push(scored[used[u]]);
                scored[used[u]] = null;
            }
            filled = 0;
        }
    }
}
