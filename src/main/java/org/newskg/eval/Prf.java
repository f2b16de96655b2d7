package org.newskg.eval;

/**
 * True positives, false positives and false negatives, with precision, recall and F1 derived from them.
 * An empty denominator gives 0, so a finder that finds nothing scores 0 rather than NaN. Immutable.
 */
public record Prf(long tp, long fp, long fn) {

    public Prf {
        if (tp < 0 || fp < 0 || fn < 0) {
            throw new IllegalArgumentException("negative counts: tp=" + tp + " fp=" + fp + " fn=" + fn);
        }
    }

    public Prf plus(Prf o) {
        return new Prf(tp + o.tp, fp + o.fp, fn + o.fn);
    }

    public double precision() {
        return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    public double recall() {
        return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
