package org.newskg.extract.fact;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
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

    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    private Words() {
    }

    static String lower(Token t) {
        return t.text().toLowerCase(Locale.ROOT);
    }

    /**
     * True when the token's lemma or lower-cased text is {@code word}, or, for a verb, a regular inflection of it:
     * the lemmatizer leaves some verbs alone ("condemned", "expelle").
     */
    static boolean is(Token t, String word) {
        return t.lemma().equalsIgnoreCase(word) || lower(t).equals(word) || t.penn().startsWith("VB") && inflects(lower(t), word);
    }

    /** "condemned", "condemns", "expelled", "shelling", "freed", "urged", "denied" as forms of their verb. */
    static boolean inflects(String form, String verb) {
        if (!form.startsWith(verb.substring(0, Math.max(1, verb.length() - 1))) || verb.indexOf(' ') >= 0) {
            return false;
        }
        String stem = verb.endsWith("e") ? verb.substring(0, verb.length() - 1) : verb;
        String doubled = verb + verb.charAt(verb.length() - 1);
        String y = verb.endsWith("y") ? verb.substring(0, verb.length() - 1) + "ie" : verb;
        return form.equals(verb + "s") || form.equals(verb + "es") || form.equals(stem + "ed") || form.equals(stem + "ing")
                || form.equals(doubled + "ed") || form.equals(doubled + "ing") || form.equals(y + "d") || form.equals(y + "s");
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
            // A compiled pattern: String.replaceAll compiles its own each time, and this runs for every token and phrase.
            String got = WHITE_SPACE.matcher(text.substring(tokens.get(i).begin(), tokens.get(j).end())).replaceAll(" ");
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
