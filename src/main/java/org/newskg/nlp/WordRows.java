package org.newskg.nlp;

import java.util.function.Function;

/**
 * A scorer's rows of one sentence's words, each found once by position: a position's features read the rows of five
 * words (itself, two before, two after), and finding them in the scorer's table of words each time was a map look-up.
 *
 * <pre>{@code
 * WordRows<Row> rows = new WordRows<>(sentence, this::row);
 * Row r = rows.at(i);
 * }</pre>
 * Not thread-safe: one per sentence being scored.
 */
final class WordRows<W> {

    private final String[] sentence;
    private final Object[] kept;
    private final Function<String, W> find;

    WordRows(String[] sentence, Function<String, W> find) {
        this.sentence = sentence;
        this.kept = new Object[sentence.length];
        this.find = find;
    }

    /** The row of word {@code k}, found when first asked. */
    @SuppressWarnings("unchecked")
    W at(int k) {
        Object w = kept[k];
        if (w == null) {
            w = find.apply(sentence[k]);
            kept[k] = w;
        }
        return (W) w;
    }
}
