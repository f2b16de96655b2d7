package org.newskg.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.Span;

/**
 * OpenNLP's statistical tokenizer with a memory: {@code TokenizerME} splits the text at white space and then decides
 * each piece on its own (its features read only the piece's characters), so a piece met before ("said,", "Xi's",
 * "(AP)") is split as it was then, without asking the model again for every character. The spans are those
 * {@code TokenizerME.tokenizePos} gives.
 *
 * <pre>{@code
 * CachingTokenizer tokenizer = new CachingTokenizer(new TokenizerME(model));
 * Span[] tokens = tokenizer.tokenizePos("Xi's visit, officials said.");
 * }</pre>
 * Not thread-safe (nor is the tokenizer inside): one per annotator.
 */
final class CachingTokenizer {

    private static final int LIMIT = 200_000;

    private final TokenizerME tokenizer;
    private final Map<String, Span[]> pieces = new HashMap<>();

    CachingTokenizer(TokenizerME tokenizer) {
        this.tokenizer = tokenizer;
    }

    Span[] tokenizePos(String text) {
        List<Span> out = new ArrayList<>();
        // TokenizerME's own first step (it sets the shared instance to its default of treating line breaks as space)
        WhitespaceTokenizer.INSTANCE.setKeepNewLines(false);
        for (Span s : WhitespaceTokenizer.INSTANCE.tokenizePos(text)) {
            String piece = text.substring(s.getStart(), s.getEnd());
            Span[] split = pieces.get(piece);
            if (split == null) {
                split = tokenizer.tokenizePos(piece);
                if (pieces.size() >= LIMIT) {
                    pieces.clear();
                }
                pieces.put(piece, split);
            }
            for (Span t : split) {
                out.add(new Span(s.getStart() + t.getStart(), s.getStart() + t.getEnd()));
            }
        }
        return out.toArray(new Span[0]);
    }
}
