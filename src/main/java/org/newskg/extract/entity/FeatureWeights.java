package org.newskg.extract.entity;

import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;

/**
 * A maximum entropy model's feature weights in flat arrays: an open-addressing table of the feature
 * strings and their hashes, and one row of weights per feature. Looking a feature up touches two or three
 * arrays where OpenNLP's map of {@link Context} objects touches six objects, and most lookups are for
 * features the model never saw, which end at an empty slot without comparing strings.
 *
 * <pre>{@code
 * FeatureWeights w = FeatureWeights.of(maxent);
 * double[] scores = new double[w.outcomeCount()];
 * w.addTo(scores, "w=paris");
 * }</pre>
 * Immutable and thread-safe.
 */
final class FeatureWeights {

    /** Powers of 31, for the hash codes of features given in parts. */
    private static final int[] POW31 = new int[64];

    static {
        POW31[0] = 1;
        for (int i = 1; i < POW31.length; i++) {
            POW31[i] = POW31[i - 1] * 31;
        }
    }

    private final String[] keys;
    private final int[] hashes;
    private final int[] rows;
    private final double[] weights;
    private final String[] outcomeNames;
    private final int outcomes;
    private final int mask;
    private final int shift;

    private FeatureWeights(String[] keys, int[] hashes, int[] rows, double[] weights, String[] outcomeNames) {
        this.keys = keys;
        this.hashes = hashes;
        this.rows = rows;
        this.weights = weights;
        this.outcomeNames = outcomeNames;
        this.outcomes = outcomeNames.length;
        this.mask = keys.length - 1;
        this.shift = Integer.numberOfLeadingZeros(keys.length) + 1;
    }

    static FeatureWeights of(AbstractModel model) {
        Object[] data = model.getDataStructures();
        @SuppressWarnings("unchecked")
        Map<String, Context> byFeature = (Map<String, Context>) data[1];
        String[] outcomeNames = ((String[]) data[2]).clone();
        int outcomes = outcomeNames.length;
        int size = Integer.highestOneBit(Math.max(4, byFeature.size() * 2 - 1)) << 1;
        int shift = Integer.numberOfLeadingZeros(size) + 1;
        String[] keys = new String[size];
        int[] hashes = new int[size];
        int[] rows = new int[size];
        double[] weights = new double[byFeature.size() * outcomes];
        int row = 0;
        for (Map.Entry<String, Context> e : byFeature.entrySet()) {
            int h = e.getKey().hashCode();
            int slot = spread(h, shift);
            while (keys[slot] != null) {
                slot = (slot + 1) & (size - 1);
            }
            keys[slot] = e.getKey();
            hashes[slot] = h;
            rows[slot] = row;
            int[] os = e.getValue().getOutcomes();
            double[] ps = e.getValue().getParameters();
            for (int k = 0; k < os.length; k++) {
                weights[row * outcomes + os[k]] = ps[k];
            }
            row++;
        }
        return new FeatureWeights(keys, hashes, rows, weights, outcomeNames);
    }

    int outcomeCount() {
        return outcomes;
    }

    String outcome(int index) {
        return outcomeNames[index];
    }

    /** Adds the feature's weight for each outcome to {@code scores}; nothing when the model does not know it. */
    void addTo(double[] scores, String feature) {
        addRow(scores, row(feature));
    }

    /** The feature's row of weights, for {@link #addRow}; -1 when the model does not know it. */
    int row(String feature) {
        int h = feature.hashCode();
        for (int slot = spread(h, shift); keys[slot] != null; slot = (slot + 1) & mask) {
            if (hashes[slot] == h && keys[slot].equals(feature)) {
                return rows[slot];
            }
        }
        return -1;
    }

    /**
     * The row of the feature {@code a + b}, without making that string: its hash code is composed from the
     * parts' (a String's hash code is a polynomial in its characters) and a key is compared part by part.
     */
    int row(String a, String b) {
        return row(a, b, "", "");
    }

    /** The row of the feature {@code a + b + c + d}, without making that string (see {@link #row(String, String)}). */
    int row(String a, String b, String c, String d) {
        int la = a.length();
        int lb = b.length();
        int lc = c.length();
        int length = la + lb + lc + d.length();
        int h = ((a.hashCode() * pow31(lb) + b.hashCode()) * pow31(lc) + c.hashCode()) * pow31(d.length()) + d.hashCode();
        for (int slot = spread(h, shift); keys[slot] != null; slot = (slot + 1) & mask) {
            String k = keys[slot];
            if (hashes[slot] == h && k.length() == length && k.startsWith(a) && k.startsWith(b, la)
                    && k.startsWith(c, la + lb) && k.startsWith(d, la + lb + lc)) {
                return rows[slot];
            }
        }
        return -1;
    }

    /** 31 to the power n, as {@code int} arithmetic (and so String.hashCode) wraps it. */
    private static int pow31(int n) {
        if (n < POW31.length) {
            return POW31[n];
        }
        int p = POW31[POW31.length - 1];
        for (int i = POW31.length - 1; i < n; i++) {
            p *= 31;
        }
        return p;
    }

    /** Adds a row's weight for each outcome to {@code scores}; nothing for row -1. */
    void addRow(double[] scores, int row) {
        if (row < 0) {
            return;
        }
        int base = row * outcomes;
        for (int o = 0; o < outcomes; o++) {
            scores[o] += weights[base + o];
        }
    }

    /**
     * The slot of a hash code: the top bits of a multiplicative hash, as feature strings that differ only
     * in their last characters have hash codes that differ only in their low bits.
     */
    private static int spread(int h, int shift) {
        return ((h ^ (h >>> 16)) * 0x9E3779B1) >>> shift;
    }
}
