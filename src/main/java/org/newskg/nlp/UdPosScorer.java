package org.newskg.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.ConfigurablePOSContextGenerator;
import opennlp.tools.util.BeamSearchContextGenerator;
import opennlp.tools.util.StringUtil;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * The scores of the UD tagger (OpenNLP's {@link ConfigurablePOSContextGenerator} with the default descriptor of the
 * UD English models: definition, four suffixes and prefixes, the lower-cased words of a window of two either side, the
 * sentence's beginning in that window, the token class, the two previous tags), as {@code GISModel.eval} computes them:
 * the same parameters added in the generator's order from the same uniform log prior, so the same doubles, without
 * making the strings. The generator made about eighteen strings a token (each lower-casing through a stream) and the
 * model looked each up in its map; here a word's own features and its features as a neighbour ({@code p1w=},
 * {@code p2w=}, {@code n1w=}, {@code n2w=}) are looked up once per distinct word and kept, the tags' by tag.
 * <p>
 * The descriptor says {@code cache="true"}, and OpenNLP's {@code CachedFeatureGenerator} keeps a position's features
 * by the position alone: every hypothesis of the beam at a position gets the features, previous tags included, of the
 * first hypothesis scored there. So does this scorer: the first call at a position decides its scores.
 *
 * <pre>{@code
 * Optional<UdPosScorer> fast = UdPosScorer.of(maxent, contextGenerator);
 * BeamDecoder.Scores scores = fast.get().sentence(words);
 * }</pre>
 * {@link #of} checks on a probe sentence that the generator makes exactly these features, and is empty for anything
 * else (another descriptor, a model that is not a {@link GISModel}). Not thread-safe (it caches): one per tagger.
 */
final class UdPosScorer {

    private static final int WORD_LIMIT = 16_384;
    // Words of every class the generator tells apart (capitals, initials, digits, hyphens, punctuation, short words,
    // letters beyond ASCII), to check the features against the generator's own.
    private static final String[] PROBE = {"The", "Ruritanian", "U.S.-based", "minister", "J.", "Doe", "said", "2024",
        "1,200", "a", "İzmir", "ÉCOLE", "co-op", "'s", "$", "3rd", "Ab12", "!", "."};

    private final GisEval model;
    private final int outcomes;
    private final PreviousTags tags;
    private final Context[] sentenceBegin;   // "S=begin", "p1S=begin", "p2S=begin": position 0, 1, 2
    private final Map<String, Word> words = new HashMap<>();

    /**
     * A word's features: its own before the window ({@code def}, suffixes, prefixes, {@code w=}), as the word one and
     * two before and after, and its own after the window (token class, word and class).
     */
    private record Word(Context[] own, Context previous, Context previous2, Context next, Context next2, Context[] kind) {
    }

    private UdPosScorer(GISModel gis) {
        this.model = GisEval.of(gis).orElseThrow();
        this.outcomes = gis.getNumOutcomes();
        this.tags = new PreviousTags(model, outcomes);
        this.sentenceBegin = new Context[] {known("S=begin"), known("p1S=begin"), known("p2S=begin")};
    }

    /** A scorer for the tagger of {@code model} decoded with {@code generator}, when it is what this class reproduces. */
    static Optional<UdPosScorer> of(MaxentModel model, BeamSearchContextGenerator<String> generator) {
        if (model.getClass() != GISModel.class || generator.getClass() != ConfigurablePOSContextGenerator.class) {
            return Optional.empty();
        }
        return makesTheSameFeatures(generator) ? Optional.of(new UdPosScorer((GISModel) model)) : Optional.empty();
    }

    /** Whether the generator's features for the probe sentence are those {@link #features} writes. */
    static boolean makesTheSameFeatures(BeamSearchContextGenerator<String> generator) {
        String[] sentence = PROBE.clone();   // a new array: the generator's cache is by the array
        String[] tags = {"DET", "ADJ", "VERB", "NOUN", "PROPN", "PROPN", "VERB", "NUM", "NUM", "DET", "PROPN", "PROPN",
            "NOUN", "PART", "SYM", "ADJ", "X", "PUNCT", "PUNCT"};
        for (int i = 0; i < sentence.length; i++) {
            List<String> theirs = Arrays.asList(generator.getContext(i, sentence, Arrays.copyOf(tags, i), null));
            if (!theirs.equals(features(sentence, i, Arrays.copyOf(tags, i)))) {
                return false;
            }
        }
        return true;
    }

    /** The features, as strings, that the scores sum: what the descriptor's generators write, in their order. */
    static List<String> features(String[] sentence, int i, String[] previous) {
        List<String> out = new ArrayList<>(ownFeatures(sentence[i]));
        String[] window = {"p1w=", "p2w=", "n1w=", "n2w="};
        int[] offsets = {-1, -2, 1, 2};
        for (int k = 0; k < 4; k++) {
            int j = i + offsets[k];
            if (j >= 0 && j < sentence.length) {
                out.add(window[k] + StringUtil.toLowerCase(sentence[j]));
            }
        }
        if (i < 3) {
            out.add(new String[] {"S=begin", "p1S=begin", "p2S=begin"}[i]);
        }
        out.addAll(kindFeatures(sentence[i]));
        if (i >= 1) {
            out.add("t=" + previous[i - 1]);
        }
        if (i >= 2) {
            out.add("t2=" + previous[i - 2] + "," + previous[i - 1]);
        }
        return out;
    }

    /** "def", the suffixes and prefixes up to four characters (as written), the lower-cased word. */
    private static List<String> ownFeatures(String w) {
        List<String> out = new ArrayList<>(10);
        out.add("def");
        for (int l = 1; l <= Math.min(4, w.length()); l++) {
            out.add("suf=" + w.substring(w.length() - l));
        }
        for (int l = 1; l <= Math.min(4, w.length()); l++) {
            out.add("pre=" + w.substring(0, l));
        }
        out.add("w=" + StringUtil.toLowerCase(w));
        return out;
    }

    /** The token class and the lower-cased word with it. */
    private static List<String> kindFeatures(String w) {
        String kind = FeatureGeneratorUtil.tokenFeature(w);
        return List.of("wc=" + kind, "w&c=" + StringUtil.toLowerCase(w) + "," + kind);
    }

    /** The scores of one sentence's words. */
    BeamDecoder.Scores sentence(String[] sentence) {
        return new SentenceScores(sentence);
    }

    private Context known(String feature) {
        return tags.known(feature);
    }

    private Context[] known(List<String> features) {
        return features.stream().map(this::known).toArray(Context[]::new);
    }

    private Word word(String w) {
        Word kept = words.get(w);
        if (kept != null) {
            return kept;
        }
        if (words.size() >= WORD_LIMIT) {
            words.clear();
        }
        String lower = StringUtil.toLowerCase(w);
        Word made = new Word(known(ownFeatures(w)), known("p1w=" + lower), known("p2w=" + lower), known("n1w=" + lower),
                known("n2w=" + lower), known(kindFeatures(w)));
        words.put(w, made);
        return made;
    }

    private final class SentenceScores implements BeamDecoder.Scores {

        private final String[] sentence;
        private final WordRows<Word> kept;
        private final double[] scores = new double[outcomes];
        private int position = -1;

        SentenceScores(String[] sentence) {
            this.sentence = sentence;
            this.kept = new WordRows<>(sentence, UdPosScorer.this::word);
        }


        @Override
        public double[] at(int i, String[] previous) {
            if (i == position) {
                return scores;   // the generator's cache: the first hypothesis at a position decides its features
            }
            return at(i, i < 2 ? -1 : tags.index(previous[i - 2]), i < 1 ? -1 : tags.index(previous[i - 1]));
        }

        /** By the last two outcomes' indices (the model's, as the tag table's): no array of the outcomes, no look-ups. */
        @Override
        public double[] at(int i, BeamDecoder.Hypothesis last) {
            if (i == position) {
                return scores;
            }
            return at(i, i < 2 ? -1 : last.before().index(), i < 1 ? -1 : last.index());
        }

        /** The scores at a new position {@code i} after the tags of index {@code p2} and {@code p1} (-1: none there). */
        private double[] at(int i, int p2, int p1) {
            position = i;
            Word self = kept.at(i);
            model.prior(scores);
            for (Context c : self.own()) {
                GisEval.add(scores, c);
            }
            if (i >= 1) {
                GisEval.add(scores, kept.at(i - 1).previous());
            }
            if (i >= 2) {
                GisEval.add(scores, kept.at(i - 2).previous2());
            }
            if (i + 1 < sentence.length) {
                GisEval.add(scores, kept.at(i + 1).next());
            }
            if (i + 2 < sentence.length) {
                GisEval.add(scores, kept.at(i + 2).next2());
            }
            if (i < sentenceBegin.length) {
                GisEval.add(scores, sentenceBegin[i]);
            }
            for (Context c : self.kind()) {
                GisEval.add(scores, c);
            }
            if (i >= 1) {
                GisEval.add(scores, tags.tag(p1));
                if (i >= 2) {
                    GisEval.add(scores, tags.pair(p2, p1));
                }
            }
            return model.normalize(scores);
        }
    }
}
