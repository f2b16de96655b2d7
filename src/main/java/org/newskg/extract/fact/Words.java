package org.newskg.extract.fact;

import java.util.List;
import java.util.Locale;
import org.newskg.nlp.Token;

/**
 * Matching words and phrases on tokens: by lemma (or the lower-cased word, since the lemmatizer leaves some
 * words alone), or by the exact surface text.
 *
 * <pre>{@code
 * int end = Words.lemmas(tokens, i, "phone call");   // index after the match, or -1
 * }</pre>
 * Stateless and thread-safe.
 */
final class Words {

    private Words() {
    }

    static String lower(Token t) {
        return t.text().toLowerCase(Locale.ROOT);
    }

    /** True when the token's lemma or lower-cased text is {@code word}. */
    static boolean is(Token t, String word) {
        return t.lemma().equalsIgnoreCase(word) || lower(t).equals(word);
    }

    static boolean isAny(Token t, String... words) {
        for (String w : words) {
            if (is(t, w)) {
                return true;
            }
        }
        return false;
    }

    /** Matches space-separated lemmas from token {@code i}; answers the index after the match, or -1. */
    static int lemmas(List<Token> tokens, int i, String phrase) {
        String[] words = phrase.split(" ");
        if (i + words.length > tokens.size()) {
            return -1;
        }
        for (int k = 0; k < words.length; k++) {
            if (!is(tokens.get(i + k), words[k])) {
                return -1;
            }
        }
        return i + words.length;
    }

    /**
     * Matches a phrase on the article text from token {@code i} (white space normalized, so "Secretary-General"
     * matches whether or not the tokenizer split the hyphen); answers the index after the match, or -1.
     */
    static int surface(String text, List<Token> tokens, int i, String phrase, boolean caseSensitive) {
        String want = caseSensitive ? phrase : phrase.toLowerCase(Locale.ROOT);
        for (int j = i; j < tokens.size() && j < i + 8; j++) {
            String got = text.substring(tokens.get(i).begin(), tokens.get(j).end()).replaceAll("\\s+", " ");
            if (!caseSensitive) {
                got = got.toLowerCase(Locale.ROOT);
            }
            if (got.equals(want)) {
                return j + 1;
            }
            if (got.length() >= want.length()) {
                return -1;
            }
        }
        return -1;
    }

    static boolean isPunct(Token t) {
        return "PUNCT".equals(t.pos()) || "SYM".equals(t.pos());
    }

    static boolean isComma(Token t) {
        return t.text().equals(",");
    }
}
