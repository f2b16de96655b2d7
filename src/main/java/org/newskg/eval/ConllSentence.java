package org.newskg.eval;

import java.util.List;
import opennlp.tools.util.Span;

/**
 * One sentence of a CoNLL-2003-style file: its tokens and the gold names as token spans (half-open,
 * typed PER, ORG, LOC or MISC). {@code documentStart} marks the first sentence after a -DOCSTART- line.
 * Immutable.
 */
public record ConllSentence(List<String> tokens, List<Span> names, boolean documentStart) {

    public ConllSentence {
        tokens = List.copyOf(tokens);
        names = List.copyOf(names);
        for (Span s : names) {
            if (s.getEnd() > tokens.size()) {
                throw new IllegalArgumentException("name " + s + " lies beyond the " + tokens.size() + " tokens of its sentence");
            }
        }
    }

    public String[] tokenArray() {
        return tokens.toArray(String[]::new);
    }
}
