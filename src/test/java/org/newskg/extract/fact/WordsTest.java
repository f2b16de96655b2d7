package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.newskg.nlp.Token;

class WordsTest {

    @Test
    void surfaceMatchesAPhraseWhateverTheWhiteSpaceAndTokenSplitsBetweenItsWords() {
        String text = "The Deputy\tPrime \n Minister of Ruritania and the Secretary-General met.";
        List<Token> tokens = tokens(text);
        int deputy = indexOf(tokens, "Deputy");
        assertEquals(indexOf(tokens, "Minister") + 1, Words.surface(text, tokens, deputy, "deputy prime minister", false));
        assertEquals(-1, Words.surface(text, tokens, deputy, "deputy prime minister", true), "case counts when asked");
        assertEquals(indexOf(tokens, "Minister") + 1, Words.surface(text, tokens, deputy, "Deputy Prime Minister", true));
        // The tokenizer may split "Secretary-General" in three: the phrase matches the text, not the tokens.
        int secretary = indexOf(tokens, "Secretary");
        assertEquals(indexOf(tokens, "General") + 1, Words.surface(text, tokens, secretary, "secretary-general", false));
        assertEquals(-1, Words.surface(text, tokens, secretary, "secretary of state", false));
        assertEquals(-1, Words.surface(text, tokens, deputy, "deputy prime minister of ruritania and the secretary-general",
                false), "no phrase of more than eight tokens");
    }

    @Test
    void surfaceLowerCasesTextOutsideAsciiAsTheWholeStringWould() {
        String text = "Crowds cheered the ÉLYSÉE Palace guard as ΟΔΟΣ workers passed.";
        List<Token> tokens = tokens(text);
        int elysee = tokenAt(tokens, text.indexOf("ÉLYSÉE"));
        int palace = indexOf(tokens, "Palace");
        assertEquals(palace + 1, Words.surface(text, tokens, elysee, "Élysée palace", false));
        assertEquals(-1, Words.surface(text, tokens, elysee, "élysée palace", true));
        assertEquals(-1, Words.surface(text, tokens, elysee, "élysée palace guards", false));
        assertEquals(indexOf(tokens, "guard") + 1, Words.surface(text, tokens, palace, "PALACE guard", false));
        // A final capital sigma lower-cases to the final form only in a whole string, as the lexicon's phrase is.
        int odos = tokenAt(tokens, text.indexOf("ΟΔΟΣ"));
        assertEquals(indexOf(tokens, "workers"), Words.surface(text, tokens, odos, "ΟΔΟΣ".toLowerCase(java.util.Locale.ROOT), false));
    }

    private static int tokenAt(List<Token> tokens, int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).begin() == offset) {
                return i;
            }
        }
        throw new AssertionError(offset);
    }

    @Test
    void lowerIsComparesTheLowerCasedWord() {
        assertEquals(true, Words.lowerIs("Talks", "talks"));
        assertEquals(false, Words.lowerIs("Talks", "talk"));
        assertEquals(false, Words.lowerIs("talks", "Talks"), "the word is given in lower case");
        assertEquals(true, Words.lowerIs("ÉLYSÉE", "élysée"));
        assertEquals(false, Words.lowerIs("İzmir", "izmir"), "dotted capital I lower-cases to two characters");
    }

    /** Words and single punctuation marks as tokens, as the NLP stage gives them (no tags needed here). */
    private static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        Matcher m = Pattern.compile("\\w+|[^\\w\\s]").matcher(text);
        while (m.find()) {
            out.add(new Token(m.start(), m.end(), m.group(), "X", m.group()));
        }
        return out;
    }

    private static int indexOf(List<Token> tokens, String word) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).text().equals(word)) {
                return i;
            }
        }
        throw new AssertionError(word);
    }
}
