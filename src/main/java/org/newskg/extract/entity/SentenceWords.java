package org.newskg.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;

/**
 * A sentence as the finders see it: its tokens, with hyphenated compounds of names split
 * ("China-Russia" → "China", "-", "Russia"; "al-Shareh" → "al", "-", "Shareh", as the training corpora write them) and a glued possessive split off ("China's" → "China", "'s"), and a hyphen the tokenizer glued to a capital split
 * from it ("-Écuyer" → "-", "Écuyer"),
 * each word keeping its article offsets and its token's POS tag. Immutable.
 *
 * <pre>{@code
 * SentenceWords w = SentenceWords.of(sentence);
 * String first = w.words()[0];
 * }</pre>
 */
record SentenceWords(Sentence sentence, String[] words, String[] tags, int[] begins, int[] ends) {

    private static final Pattern PART = Pattern.compile("[^-]+|-");
    /** "al-Shareh", "bin-Laden": a lower-case particle joined to a capitalized name. */
    private static final Pattern CAPITAL_AFTER_HYPHEN = Pattern.compile("^\\p{Ll}{1,4}-\\p{Lu}");
    private static final Pattern POSSESSIVE = Pattern.compile("(.+?)(['’][sS])");

    static SentenceWords of(Sentence s) {
        List<String> w = new ArrayList<>();
        List<String> t = new ArrayList<>();
        List<int[]> off = new ArrayList<>();
        List<Token> tokens = s.tokens();
        for (int ti = 0; ti < tokens.size(); ti++) {
            Token tok = tokens.get(ti);
            String text = tok.text();
            // The tokenizer leaves a sentence's full stop on its last word ("Year."); abbreviations keep theirs.
            if ((ti == tokens.size() - 1 || text.length() > 4) && text.length() > 2 && text.endsWith(".")
                    && text.indexOf('.') == text.length() - 1) {
                addWord(w, t, off, text.substring(0, text.length() - 1), tok.pos(), tok.begin());
                addWord(w, t, off, ".", "PUNCT", tok.end() - 1);
                continue;
            }
            boolean splitHyphens = text.length() > 2 && text.indexOf('-') > 0 && text.indexOf('-') < text.length() - 1
                    && (Character.isUpperCase(text.codePointAt(0)) || CAPITAL_AFTER_HYPHEN.matcher(text).find())
                    // The tokenizer glues the hyphen of "Dubois-Écuyer" to an accented capital ("Dubois", "-Écuyer"),
                    // and sometimes to the next piece of any compound ("Port", "-au", "-", "Prince").
                    || text.length() > 1 && text.charAt(0) == '-' && (Character.isUpperCase(text.codePointAt(1))
                            || Character.isLetter(text.codePointAt(1)) && ti > 0 && tokens.get(ti - 1).end() == tok.begin());
            if (splitHyphens) {
                // "-Écuyer" after "Dubois" is the second half of one compound: it takes the first half's tag.
                boolean secondHalf = text.charAt(0) == '-' && ti > 0 && tokens.get(ti - 1).end() == tok.begin();
                // The tagger may read a hyphenated name as a glued possessive ("Boutros-Ghali/PROPN+PART"): its parts
                // keep the first half's tag, as a possessive's word does.
                String tag = withoutPart(secondHalf ? tokens.get(ti - 1).pos() : tok.pos());
                Matcher m = PART.matcher(text);
                while (m.find()) {
                    addWord(w, t, off, m.group(), m.group().equals("-") ? "PUNCT" : tag, tok.begin() + m.start());
                }
                continue;
            }
            Matcher p = mayBePossessive(text) ? POSSESSIVE.matcher(text) : null;
            if (p != null && p.matches()) {
                // The tagger tags a glued possessive as one ("PROPN+PART"): the word keeps the first half's tag.
                String tag = withoutPart(tok.pos());
                addWord(w, t, off, p.group(1), tag, tok.begin());
                addWord(w, t, off, p.group(2), "PART", tok.begin() + p.start(2));
                continue;
            }
            // "Boutros" of "Boutros" "-Ghali": a word the tagger read as glued to a possessive it does not have.
            addWord(w, t, off, text, withoutPart(tok.pos()), tok.begin());
        }
        int[] b = new int[off.size()];
        int[] e = new int[off.size()];
        for (int i = 0; i < b.length; i++) {
            b[i] = off.get(i)[0];
            e[i] = off.get(i)[1];
        }
        return new SentenceWords(s, w.toArray(String[]::new), t.toArray(String[]::new), b, e);
    }

    /** "PROPN+PART" → "PROPN": the tag of a word the tagger took for one with a glued possessive. */
    private static String withoutPart(String pos) {
        return pos.endsWith("+PART") ? pos.substring(0, pos.length() - 5) : pos;
    }

    /** Whether a word ends as POSSESSIVE requires (a quote and an s after one character or more): most words do not. */
    private static boolean mayBePossessive(String text) {
        int n = text.length();
        return n >= 3 && (text.charAt(n - 1) == 's' || text.charAt(n - 1) == 'S')
                && (text.charAt(n - 2) == '\'' || text.charAt(n - 2) == '’');
    }

    private static void addWord(List<String> w, List<String> t, List<int[]> off, String word, String tag, int begin) {
        w.add(word);
        t.add(tag);
        off.add(new int[] {begin, begin + word.length()});
    }

    int size() {
        return words.length;
    }

    /** Article text from word {@code from} to word {@code to} (exclusive). */
    String text(String article, int from, int to) {
        return article.substring(begins[from], ends[to - 1]);
    }
}
