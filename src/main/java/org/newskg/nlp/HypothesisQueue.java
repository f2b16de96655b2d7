package org.newskg.nlp;

import java.util.Arrays;

/**
 * The beam decoder's queue of hypotheses: {@code java.util.PriorityQueue<Hypothesis>}'s binary heap, its sift-up and
 * sift-down step for step with the same comparisons, so hypotheses come out in the same order, ties included (a heap's
 * order among equal scores depends only on the sequence of adds and removes). What differs is what it holds: an
 * extension is kept as its parts (the hypothesis it extends, the outcome, its probability and the summed score) in
 * arrays, and becomes a {@link BeamDecoder.Hypothesis} only when it is removed. The decoder removes the beam's few best
 * of about beam × candidates extensions at each position; one object for each of the others was a third of the bytes
 * the chunker and taggers allocated.
 *
 * <pre>{@code
 * HypothesisQueue q = new HypothesisQueue();
 * q.add(BeamDecoder.Hypothesis.EMPTY);
 * Hypothesis best = q.remove();
 * }</pre>
 * Not thread-safe: one per decoder.
 */
final class HypothesisQueue {

    // entry e: either made (a hypothesis given whole) or the extension of before[e] by outcome[e]
    private BeamDecoder.Hypothesis[] made = new BeamDecoder.Hypothesis[16];
    private BeamDecoder.Hypothesis[] before = new BeamDecoder.Hypothesis[16];
    private String[] outcome = new String[16];
    private int[] index = new int[16];
    private double[] probability = new double[16];
    private double[] score = new double[16];
    private int entries;
    private int[] heap = new int[16];   // entry numbers, as PriorityQueue's array holds its elements
    private int size;

    /** Adds a hypothesis already made (as {@code PriorityQueue.add}). */
    void add(BeamDecoder.Hypothesis h) {
        int e = entry(h.score());
        made[e] = h;
        offer(e);
    }

    /**
     * Adds the extension of {@code before} by the outcome {@code outcome} of model index {@code index}, whose score
     * {@code score} the caller summed as the hypothesis would ({@code before.score() + log}).
     */
    void add(BeamDecoder.Hypothesis before, String outcome, int index, double probability, double score) {
        int e = entry(score);
        this.before[e] = before;
        this.outcome[e] = outcome;
        this.index[e] = index;
        this.probability[e] = probability;
        offer(e);
    }

    /** The best hypothesis, taken out (as {@code PriorityQueue.remove}: the first of equal scores as it would be). */
    BeamDecoder.Hypothesis remove() {
        if (size == 0) {
            throw new java.util.NoSuchElementException();
        }
        int result = heap[0];
        int n = --size;
        int x = heap[n];
        if (n > 0) {
            siftDown(x, n);
        }
        BeamDecoder.Hypothesis h = made[result];
        return h != null ? h
                : new BeamDecoder.Hypothesis(before[result], outcome[result], index[result], probability[result],
                        score[result], true);
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** Empties the queue; nothing it held stays reachable from it. */
    void clear() {
        Arrays.fill(made, 0, entries, null);
        Arrays.fill(before, 0, entries, null);
        Arrays.fill(outcome, 0, entries, null);
        entries = 0;
        size = 0;
    }

    private int entry(double s) {
        if (entries == score.length) {
            int n = entries * 2;
            made = Arrays.copyOf(made, n);
            before = Arrays.copyOf(before, n);
            outcome = Arrays.copyOf(outcome, n);
            index = Arrays.copyOf(index, n);
            probability = Arrays.copyOf(probability, n);
            score = Arrays.copyOf(score, n);
        }
        score[entries] = s;
        return entries++;
    }

    // Hypothesis.compareTo(a, b) is Double.compare(b's score, a's score): the best first.
    private int compare(int a, int b) {
        return Double.compare(score[b], score[a]);
    }

    /** PriorityQueue.offer with siftUpComparable. */
    private void offer(int key) {
        int k = size;
        if (k == heap.length) {
            heap = Arrays.copyOf(heap, k * 2);
        }
        while (k > 0) {
            int parent = (k - 1) >>> 1;
            int e = heap[parent];
            if (compare(key, e) >= 0) {
                break;
            }
            heap[k] = e;
            k = parent;
        }
        heap[k] = key;
        size++;
    }

    /** PriorityQueue.siftDownComparable from the root, for {@code n} elements. */
    private void siftDown(int key, int n) {
        int k = 0;
        int half = n >>> 1;
        while (k < half) {
            int child = (k << 1) + 1;
            int c = heap[child];
            int right = child + 1;
            if (right < n && compare(c, heap[right]) > 0) {
                c = heap[child = right];
            }
            if (compare(key, c) <= 0) {
                break;
            }
            heap[k] = c;
            k = child;
        }
        heap[k] = key;
    }
}
