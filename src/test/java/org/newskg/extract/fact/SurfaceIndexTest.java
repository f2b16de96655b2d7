package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.newskg.data.TsvTable;
import org.newskg.nlp.Token;

class SurfaceIndexTest {

    /** The first phrase of the whole list that matches at each token, against the first of the token's candidates. */
    @Test
    void firstMatchAtEveryTokenIsTheOneTheWholeLexiconGives() {
        List<String> phrases = new ArrayList<>();
        TsvTable.read(Path.of("data").resolve(CorefLexicon.FILE), "test").stripped(2).forEach(r -> phrases.add(r[0]));
        TsvTable.read(Path.of("data").resolve(TitleLexicon.FILE), "test").stripped(3).forEach(r -> phrases.add(r[0]));
        phrases.addAll(List.of("Élysée palace", "ΟΔΟΣ", "", " both", "(acting)"));
        String text = "The two leaders met. Both FOREIGN MINISTERS and the Secretary-General of the ÉLYSÉE Palace said"
                + " they, the two visiting ministers and Prime\tMinister Doe, ΟΔΟΣ (acting) president, would   meet again."
                + " His counterpart, the Chief Executive, and the pair spoke; it was their spokesman who said so.";
        List<Token> tokens = WordsTest.tokens(text);
        SurfaceIndex<String> index = new SurfaceIndex<>(phrases, Function.identity());
        int matched = 0;
        long tried = 0;
        for (int i = 0; i < tokens.size(); i++) {
            tried += index.candidates(text, tokens.get(i)).size();
            String whole = firstMatch(text, tokens, i, phrases);
            assertEquals(whole, firstMatch(text, tokens, i, index.candidates(text, tokens.get(i))), "at " + tokens.get(i).text());
            matched += whole == null ? 0 : 1;
        }
        assertTrue(matched >= 10, "the text has phrases of the lexicons: " + matched);
        assertTrue(tried < (long) tokens.size() * phrases.size() / 4, "a token is tried against a few phrases: " + tried);
    }

    private static String firstMatch(String text, List<Token> tokens, int i, List<String> phrases) {
        for (String p : phrases) {
            int end = Words.surface(text, tokens, i, p, false);
            if (end > i) {
                return p + "@" + end;
            }
        }
        return null;
    }
}
