package org.newskg.nlp;

import java.util.List;

/**
 * A sentence: its index in the article, half-open character offsets into the article text, its text
 * and its tokens (offsets of tokens are article offsets too). Immutable.
 */
public record Sentence(int index, int begin, int end, String text, List<Token> tokens) {

    public Sentence {
        if (index < 0 || begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad sentence #" + index + " [" + begin + ", " + end + ")");
        }
        if (text.length() != end - begin) {
            throw new IllegalArgumentException("sentence #" + index + " text does not fit [" + begin + ", " + end + ")");
        }
        tokens = List.copyOf(tokens);
        for (Token t : tokens) {
            if (t.begin() < begin || t.end() > end) {
                throw new IllegalArgumentException("token " + t + " lies outside sentence #" + index);
            }
        }
    }

    public boolean contains(int offset) {
        return offset >= begin && offset < end;
    }
}
