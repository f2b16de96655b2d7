package org.newskg.eval;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.IntConsumer;
import opennlp.tools.ml.maxent.quasinewton.Function;

/**
 * Minimizes {@code f(x) + l2 * |x|^2 + l1 * |x|_1} for a smooth convex {@code f} by OWL-QN (Andrew and Gao, 2007,
 * "Scalable training of L1-regularized log-linear models"): L-BFGS on the pseudo-gradient, steps kept inside the
 * orthant of the current point. It differs from OpenNLP's {@code QNMinimizer} where that one stops long before
 * the loss settles (on newskg's name finder data at iteration 52 or 66 of 100, see data/models/README.md):
 * <ul>
 * <li>the first direction of every L-BFGS update is scaled by {@code s·y / y·y} (Nocedal and Wright, eq. 7.20),
 * so a step of 1 is usually accepted;</li>
 * <li>when the line search finds no step, the curvature memory is dropped and the search is tried again along
 * the steepest descent; only a failure of that ends the run;</li>
 * <li>it stops when the loss fell by less than {@code tolerance} (relative) per iteration over the last
 * {@link #WINDOW} iterations, not after one small step, or after {@code maxIterations}.</li>
 * </ul>
 * Deterministic for a deterministic {@code f}. Not thread-safe; one per run.
 *
 * <pre>{@code
 * double[] w = new OwlQn(0.1, 0.1, 10, 300, 1e-4).minimize(new NegLogLikelihood(indexer), it -> {});
 * }</pre>
 */
final class OwlQn {

    /** Iterations the relative decrease is averaged over before the run may stop. */
    static final int WINDOW = 5;

    private static final double ARMIJO = 1e-4;
    private static final double MIN_STEP = 1e-16;

    private final double l1;
    private final double l2;
    private final int memory;
    private final int maxIterations;
    private final double tolerance;
    private final Deque<double[]> s = new ArrayDeque<>();
    private final Deque<double[]> y = new ArrayDeque<>();
    private final Deque<Double> rho = new ArrayDeque<>();
    private double lastValue;
    private int iterations;

    OwlQn(double l1, double l2, int memory, int maxIterations, double tolerance) {
        if (l1 < 0 || l2 < 0 || memory < 1 || maxIterations < 1 || !(tolerance > 0)) {
            throw new IllegalArgumentException("bad OWL-QN settings");
        }
        this.l1 = l1;
        this.l2 = l2;
        this.memory = memory;
        this.maxIterations = maxIterations;
        this.tolerance = tolerance;
    }

    /** The minimizer, starting at the origin; {@code progress} hears each finished iteration's number. */
    double[] minimize(Function f, IntConsumer progress) {
        int n = f.getDimension();
        double[] x = new double[n];
        double[] g = smoothGradient(f, x);
        double value = smoothValue(f, x);
        lastValue = value;
        double[] pg = new double[n];
        pseudoGradient(x, g, pg);
        Deque<Double> history = new ArrayDeque<>();
        history.addLast(value);
        double[] d = new double[n];
        double[] next = new double[n];
        iterations = 0;
        while (iterations < maxIterations) {
            double step = direction(pg, d, iterations == 0);
            double nextValue = lineSearch(f, x, value, pg, d, step, next);
            if (Double.isNaN(nextValue)) {
                if (s.isEmpty()) {
                    break;  // not even the steepest descent goes down: as low as it gets
                }
                s.clear();
                y.clear();
                rho.clear();
                continue;
            }
            double[] nextGrad = smoothGradient(f, next);
            remember(x, next, g, nextGrad);
            System.arraycopy(next, 0, x, 0, n);
            g = nextGrad;
            value = nextValue;
            pseudoGradient(x, g, pg);
            iterations++;
            lastValue = value;
            progress.accept(iterations);
            history.addLast(value);
            if (history.size() > WINDOW + 1) {
                history.removeFirst();
            }
            if (history.size() == WINDOW + 1
                    && (history.peekFirst() - value) / (WINDOW * Math.max(Math.abs(value), 1.0)) < tolerance) {
                break;
            }
        }
        return x;
    }

    /**
     * The objective (with both penalties) at the last finished iteration: the point {@link #minimize} returns once
     * it has returned, the current one while it runs (for progress reports).
     */
    double value() {
        return lastValue;
    }

    /** Iterations of the last run. */
    int iterations() {
        return iterations;
    }

    private double smoothValue(Function f, double[] x) {
        double v = f.valueAt(x);
        double sq = 0;
        double abs = 0;
        for (double xi : x) {
            sq += xi * xi;
            abs += Math.abs(xi);
        }
        return v + l2 * sq + l1 * abs;
    }

    private double[] smoothGradient(Function f, double[] x) {
        double[] g = f.gradientAt(x).clone();
        for (int i = 0; i < g.length; i++) {
            g[i] += 2 * l2 * x[i];
        }
        return g;
    }

    /** The steepest descent direction of the L1-penalized objective (Andrew and Gao, eq. 4). */
    private void pseudoGradient(double[] x, double[] g, double[] pg) {
        for (int i = 0; i < x.length; i++) {
            if (x[i] > 0) {
                pg[i] = g[i] + l1;
            } else if (x[i] < 0) {
                pg[i] = g[i] - l1;
            } else if (g[i] + l1 < 0) {
                pg[i] = g[i] + l1;
            } else if (g[i] - l1 > 0) {
                pg[i] = g[i] - l1;
            } else {
                pg[i] = 0;
            }
        }
    }

    /** The L-BFGS direction from the pseudo-gradient, kept where it descends; returns the first step to try. */
    private double direction(double[] pg, double[] d, boolean first) {
        for (int i = 0; i < d.length; i++) {
            d[i] = -pg[i];
        }
        double[] alpha = new double[s.size()];
        double[][] ss = s.toArray(double[][]::new);
        double[][] ys = y.toArray(double[][]::new);
        Double[] rs = rho.toArray(Double[]::new);
        for (int k = ss.length - 1; k >= 0; k--) {
            alpha[k] = rs[k] * dot(ss[k], d);
            axpy(-alpha[k], ys[k], d);
        }
        if (ss.length > 0) {
            int last = ss.length - 1;
            double gamma = dot(ss[last], ys[last]) / dot(ys[last], ys[last]);
            for (int i = 0; i < d.length; i++) {
                d[i] *= gamma;
            }
        }
        for (int k = 0; k < ss.length; k++) {
            double beta = rs[k] * dot(ys[k], d);
            axpy(alpha[k] - beta, ss[k], d);
        }
        for (int i = 0; i < d.length; i++) {
            if (d[i] * pg[i] >= 0) {
                d[i] = 0;
            }
        }
        if (first || ss.length == 0) {
            double norm = Math.sqrt(dot(d, d));
            return norm > 0 ? 1 / norm : 1;
        }
        return 1;
    }

    /**
     * Backtracking along {@code d} from {@code x}, each trial point projected onto the orthant of {@code x} (or of
     * the descent where {@code x} is zero); the accepted value, or NaN when no step lowers the objective enough.
     */
    private double lineSearch(Function f, double[] x, double value, double[] pg, double[] d, double step, double[] next) {
        double alpha = step;
        while (alpha > MIN_STEP) {
            double decrease = 0;
            for (int i = 0; i < x.length; i++) {
                double orthant = x[i] != 0 ? Math.signum(x[i]) : -Math.signum(pg[i]);
                double v = x[i] + alpha * d[i];
                next[i] = Math.signum(v) == orthant ? v : 0;
                decrease += pg[i] * (next[i] - x[i]);
            }
            double v = smoothValue(f, next);
            if (v <= value + ARMIJO * decrease) {
                return v;
            }
            alpha *= 0.5;
        }
        return Double.NaN;
    }

    private void remember(double[] x, double[] next, double[] g, double[] nextGrad) {
        double[] sk = new double[x.length];
        double[] yk = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            sk[i] = next[i] - x[i];
            yk[i] = nextGrad[i] - g[i];
        }
        double sy = dot(sk, yk);
        if (sy <= 1e-12) {
            return;  // no curvature along this step: it would spoil the approximation
        }
        if (s.size() == memory) {
            s.removeFirst();
            y.removeFirst();
            rho.removeFirst();
        }
        s.addLast(sk);
        y.addLast(yk);
        rho.addLast(1 / sy);
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static void axpy(double a, double[] x, double[] y) {
        for (int i = 0; i < y.length; i++) {
            y[i] += a * x[i];
        }
    }
}
