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

    // Compiled once: String.matches compiles its regex at each call, and the mark is asked about on hot paths.
    private static final Pattern POSSESSIVE_MARK = Pattern.compile("['’]s?");

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
        return t.lemma().equalsIgnoreCase(word) || lowerIs(t.text(), word)
                || t.penn().startsWith("VB") && mayInflect(t.text(), word, word.length()) && inflectsText(t.text(), word, word.length());
    }

    /**
     * False only where {@code inflects(text.toLowerCase(Locale.ROOT), phrase.substring(0, end))} is false, without
     * the two strings: an ASCII text inflects a verb only with the verb's first letter and one to four letters more
     * ("urges", "shelling"). Asked for every verb and lexicon word tried, a lower-cased copy each time was a tenth of
     * the fact stage's time. Lower-casing outside ASCII may change the length: such a text is always tried.
     */
    private static boolean mayInflect(String text, String phrase, int end) {
        int n = text.length();
        for (int k = 0; k < n; k++) {
            if (text.charAt(k) >= 0x80) {
                return true;
            }
        }
        if (end == 0) {
            return true;   // inflects decides (and fails on an empty verb, as it did)
        }
        char c = text.charAt(0);
        return n > end && n <= end + 4 && (c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c) == phrase.charAt(0);
    }

    /**
     * The key under which a lexicon files a phrase for {@link #mayStart}: the first character of its first word,
     * lower-cased when an ASCII letter; -1 (tried at every token) when that character is not ASCII, or a space, or the
     * phrase is empty.
     */
    static int startKey(String phrase) {
        if (phrase.isEmpty() || phrase.charAt(0) >= 0x80 || phrase.charAt(0) == ' ') {
            return -1;
        }
        return asciiLower(phrase.charAt(0));
    }

    /**
     * The keys a word can have and still be matched at token {@code t} by {@link #is} (or by a participle's stem, which
     * begins with the text's first letter): the first letters of its text and of its lemma, lower-cased, packed in one
     * int; -1 (any word may match) when either is empty or not ASCII. A lexicon of some forty phrases asked at every
     * token ("say", "call on", "sworn in") was tried phrase by phrase, a tenth of the fact stage's time; with the keys it
     * skips the phrases that cannot start at the token.
     */
    static int tokenKeys(Token t) {
        String text = t.text();
        String lemma = t.lemma();
        if (text.isEmpty() || lemma.isEmpty() || text.charAt(0) >= 0x80 || lemma.charAt(0) >= 0x80) {
            return -1;
        }
        return asciiLower(text.charAt(0)) | asciiLower(lemma.charAt(0)) << 8;
    }

    /**
     * False only where no word filed under {@code startKey} can match a token of {@code tokenKeys}: by its lemma
     * (ignoring case), its lower-cased text, a verb's inflection or a participle's stem, each of which begins with one
     * of the token's two first letters.
     */
    static boolean mayStart(int tokenKeys, int startKey) {
        return tokenKeys < 0 || startKey < 0 || (tokenKeys & 0xff) == startKey || tokenKeys >>> 8 == startKey;
    }

    private static int asciiLower(char c) {
        return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
    }

    /** {@code text.toLowerCase(Locale.ROOT).equals(word)}, without a new string when the text is ASCII. */
    static boolean lowerIs(String text, String word) {
        return lowerIs(text, word, word.length());
    }

    /** {@link #lowerIs(String, String)} of {@code phrase.substring(0, end)}, without the substring. */
    private static boolean lowerIs(String text, String phrase, int end) {
        int n = text.length();
        for (int k = 0; k < n; k++) {
            if (text.charAt(k) >= 0x80) {
                String lower = text.toLowerCase(Locale.ROOT);
                return lower.length() == end && lower.regionMatches(0, phrase, 0, end);
            }
        }
        if (n != end) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            char c = text.charAt(k);
            if ((c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c) != phrase.charAt(k)) {
                return false;
            }
        }
        return true;
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

    /**
     * {@code inflects(text.toLowerCase(Locale.ROOT), phrase.substring(0, end))}, without the lower-cased copy, the
     * substring and the candidate forms when the text is ASCII (its lower case is then its letters' one by one): a
     * verb's forms were built for every verb token and lexicon word tried.
     */
    static boolean inflectsText(String text, String phrase, int end) {
        int n = text.length();
        for (int k = 0; k < n; k++) {
            if (text.charAt(k) >= 0x80) {
                return inflects(text.toLowerCase(Locale.ROOT), phrase.substring(0, end));
            }
        }
        if (end == 0) {
            return inflects(text.toLowerCase(Locale.ROOT), "");   // fails on an empty verb, as it did
        }
        int head = Math.max(1, end - 1);
        if (head > end || n < head || !lowerStarts(text, 0, phrase, 0, head)) {
            return false;
        }
        for (int k = 0; k < end; k++) {
            if (phrase.charAt(k) == ' ') {
                return false;
            }
        }
        char last = phrase.charAt(end - 1);
        int stem = last == 'e' ? end - 1 : end;
        // verb + "s", verb + "es", stem + "ed", stem + "ing", doubled + "ed", doubled + "ing", y + "d", y + "s"
        return formIs(text, phrase, end, -1, "s") || formIs(text, phrase, end, -1, "es")
                || formIs(text, phrase, stem, -1, "ed") || formIs(text, phrase, stem, -1, "ing")
                || formIs(text, phrase, end, last, "ed") || formIs(text, phrase, end, last, "ing")
                || (last == 'y' ? formIs(text, phrase, end - 1, -1, "ied") || formIs(text, phrase, end - 1, -1, "ies")
                        : formIs(text, phrase, end, -1, "d") || formIs(text, phrase, end, -1, "s"));
    }

    /** Whether ASCII {@code text}, lower-cased, is {@code phrase}'s first {@code p} characters, {@code mid} (-1: none), then {@code tail}. */
    private static boolean formIs(String text, String phrase, int p, int mid, String tail) {
        int m = mid < 0 ? 0 : 1;
        if (text.length() != p + m + tail.length() || !lowerStarts(text, 0, phrase, 0, p)) {
            return false;
        }
        if (mid >= 0 && asciiLower(text.charAt(p)) != mid) {
            return false;
        }
        return lowerStarts(text, p + m, tail, 0, tail.length());
    }

    /** Whether ASCII {@code text} lower-cased from {@code t} holds {@code s}'s {@code len} characters from {@code from}. */
    private static boolean lowerStarts(String text, int t, String s, int from, int len) {
        if (t + len > text.length()) {
            return false;
        }
        for (int k = 0; k < len; k++) {
            if (asciiLower(text.charAt(t + k)) != s.charAt(from + k)) {
                return false;
            }
        }
        return true;
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
        if (phrase.indexOf(' ') < 0) {
            // One word (most phrases): what split(" ") would give, without the array.
            return i + 1 > tokens.size() || !is(tokens.get(i), phrase) ? -1 : i + 1;
        }
        int space = phrase.indexOf(' ');
        if (space > 0) {
            // As split(" ") counts the words: trailing spaces make none. Then, nearly always for each token and
            // lexicon phrase, the first word already differs: no split. The tests come in the same order as below.
            int end = phrase.length();
            while (phrase.charAt(end - 1) == ' ') {
                end--;
            }
            int count = 1;
            for (int k = space; k < end; k++) {
                count += phrase.charAt(k) == ' ' ? 1 : 0;
            }
            if (i + count > tokens.size() || !startsWith(tokens.get(i), phrase, space)) {
                return -1;
            }
        }
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

    /** {@code is(t, phrase.substring(0, end))}, without the substring unless the token is a verb that may inflect it. */
    private static boolean startsWith(Token t, String phrase, int end) {
        String lemma = t.lemma();
        // lemma.equalsIgnoreCase(word), as String defines it
        return lemma.length() == end && lemma.regionMatches(true, 0, phrase, 0, end) || lowerIs(t.text(), phrase, end)
                || t.penn().startsWith("VB") && mayInflect(t.text(), phrase, end) && inflectsText(t.text(), phrase, end);
    }

    /**
     * Matches a phrase on the article text from token {@code i} (white space normalized, so "Secretary-General"
     * matches whether or not the tokenizer split the hyphen); answers the index after the match, or -1.
     */
    static int surface(String text, List<Token> tokens, int i, String phrase, boolean caseSensitive) {
        String want = caseSensitive ? phrase : phrase.toLowerCase(Locale.ROOT);
        // This runs for every token and every lexicon phrase: the text is compared character by character with
        // each run of white space as one space, without building strings, and gives up at the first difference.
        int pos = 0;
        boolean inSpace = false;
        int from = tokens.get(i).begin();
        for (int j = i; j < tokens.size() && j < i + MAX_PHRASE_TOKENS; j++) {
            int to = tokens.get(j).end();
            for (int k = from; k < to; k++) {
                char c = text.charAt(k);
                boolean space = isSpace(c);
                if (space && inSpace) {
                    continue;
                }
                inSpace = space;
                if (!caseSensitive && c >= 0x80) {
                    // Lower-casing outside ASCII can depend on context or change the length: the general way.
                    return surfaceLowerCased(text, tokens, i, want);
                }
                char got = space ? ' ' : caseSensitive || c < 'A' || c > 'Z' ? c : (char) (c + ('a' - 'A'));
                if (pos >= want.length() || got != want.charAt(pos)) {
                    return -1;
                }
                pos++;
            }
            from = Math.max(from, to);
            if (pos == want.length()) {
                return j + 1;
            }
        }
        return -1;
    }

    private static final int MAX_PHRASE_TOKENS = 8;

    /** {@link #surface} without its shortcut, case-insensitive: the collapsed text lower-cased as a whole, token by token. */
    private static int surfaceLowerCased(String text, List<Token> tokens, int i, String want) {
        int reach = tokens.get(i).begin();
        for (int j = i; j < tokens.size() && j < i + MAX_PHRASE_TOKENS; j++) {
            reach = Math.max(reach, tokens.get(j).end());
            String got = collapseSpace(text, tokens.get(i).begin(), reach).toLowerCase(Locale.ROOT);
            if (got.equals(want)) {
                return j + 1;
            }
            if (got.length() >= want.length()) {
                return -1;
            }
        }
        return -1;
    }

    /** The text in [from, to) with each run of white space as one space. */
    private static String collapseSpace(String text, int from, int to) {
        StringBuilder out = new StringBuilder(to - from);
        boolean inSpace = false;
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            boolean space = isSpace(c);
            if (!space || !inSpace) {
                out.append(space ? ' ' : c);
            }
            inSpace = space;
        }
        return out.toString();
    }

    /** White space as the regex {@code \\s} sees it. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    static boolean isPunct(Token t) {
        return "PUNCT".equals(t.pos()) || "SYM".equals(t.pos());
    }

    /**
     * "-", "-ever" (of "first-ever"), "-member" (of "20-member"), which the tagger may call punctuation: a hyphen inside a
     * word, no clause's end.
     */
    static boolean isHyphenPiece(Token t) {
        String w = t.text();
        return w.equals("-") || w.length() > 1 && w.charAt(0) == '-' && Character.isLetter(w.charAt(1));
    }

    /** The possessive mark the tokenizer splits off a name: "'s", "’s", or a bare apostrophe ("Hopkins'"). */
    static boolean isPossessiveMark(Token t) {
        return POSSESSIVE_MARK.matcher(t.text()).matches();
    }

    static boolean isComma(Token t) {
        return t.text().equals(",");
    }
}
