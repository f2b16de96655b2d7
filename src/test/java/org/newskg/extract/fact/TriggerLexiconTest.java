package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.nlp.Token;

class TriggerLexiconTest {

    static final TriggerLexicon LEXICON = TriggerLexicon.load(FactFixtures.DATA);

    /** Tokens from "word/POS/lemma" triples separated by spaces, with offsets into the joined words. */
    static List<Token> tokens(String tagged) {
        List<Token> out = new ArrayList<>();
        int offset = 0;
        for (String t : tagged.split(" ")) {
            String[] p = t.split("/");
            out.add(new Token(offset, offset + p[0].length(), p[0], p[1], p[2]));
            offset += p[0].length() + 1;
        }
        return out;
    }

    static String text(List<Token> tokens) {
        return String.join(" ", tokens.stream().map(Token::text).toList());
    }

    @Test
    void theLongestTriggerWins() {
        List<Token> t = tokens("his/PRON/his phone/NOUN/phone call/NOUN/call with/ADP/with");
        TriggerLexicon.Match m = LEXICON.longestAt(text(t), t, 1).orElseThrow();
        assertEquals("PhoneCall", m.trigger().type());
        assertEquals("041", m.trigger().cameo());
        assertEquals(3, m.end());
    }

    @Test
    void rammingAShipIsForceUsed() {
        List<Token> t = tokens("a/DET/a frigate/NOUN/frigate rammed/VERB/ram a/DET/a vessel/NOUN/vessel");
        TriggerLexicon.Match m = LEXICON.longestAt(text(t), t, 2).orElseThrow();
        assertEquals("Fight", m.trigger().type());
        assertEquals("19", m.trigger().cameo().substring(0, 2));
    }

    @Test
    void aVerbTriggerNeedsAVerbAndANounTriggerANoun() {
        List<Token> verb = tokens("they/PRON/they met/VERB/meet");
        assertEquals("participant", LEXICON.longestAt(text(verb), verb, 1).orElseThrow().trigger().needs());
        List<Token> noun = tokens("the/DET/the visit/NOUN/visit");
        assertEquals("Visit", LEXICON.longestAt(text(noun), noun, 1).orElseThrow().trigger().type());
        List<Token> adj = tokens("a/DET/a meet/ADJ/meet");
        assertTrue(LEXICON.longestAt(text(adj), adj, 1).isEmpty());
    }

    @Test
    void aVerbTheUdTaggerMissedIsStillFoundWhenThePennChunkerReadsAVerbPhrase() {
        // "Doe and Roe last met/NOUN in Lima": the phrase matches first, then the chunk decides
        List<Token> inVerbPhrase = List.of(new Token(0, 4, "last", "ADJ", "last", "JJ", "B-ADVP"),
                new Token(5, 8, "met", "NOUN", "meet", "VBD", "B-VP"));
        assertEquals("participant", LEXICON.longestAt("last met", inVerbPhrase, 1).orElseThrow().trigger().needs());
        List<Token> inNounPhrase = List.of(new Token(0, 4, "last", "ADJ", "last", "JJ", "B-NP"),
                new Token(5, 8, "met", "NOUN", "meet", "VBD", "I-NP"));
        assertTrue(LEXICON.longestAt("last met", inNounPhrase, 1).isEmpty());
    }

    @Test
    void thePartOfSpeechPretestRefusesOnlyWhatTheFullTestRefuses() {
        // longestAt skips a trigger when mayFit is false before matching its phrase, and checks posFits (which may
        // chunk the sentence) only after: the same trigger wins only if mayFit never refuses what posFits accepts
        int accepted = 0;
        for (String pos : List.of("VERB", "NOUN", "PROPN", "AUX", "ADJ", "ADP")) {
            for (String penn : List.of("", "VBD", "VBN", "VB", "NN", "NNS", "NNP", "JJ", "MD")) {
                for (String chunk : List.of("B-VP", "I-VP", "B-NP", "I-NP", "B-PP", "O")) {
                    Token t = new Token(0, 4, "word", pos, "word", penn, chunk);
                    for (String wanted : List.of("VERB", "NOUN", "any")) {
                        if (TriggerLexicon.posFits(t, wanted)) {
                            accepted++;
                            assertTrue(TriggerLexicon.mayFit(t, wanted), t + " as " + wanted);
                        }
                    }
                }
            }
        }
        assertTrue(accepted > 0);
    }

    @Test
    void textTriggersAreCaseSensitive() {
        List<Token> named = tokens("the/DET/the Years/PROPN/year of/ADP/of Culture/NOUN/culture");
        assertEquals("Exchange", LEXICON.longestAt(text(named), named, 1).orElseThrow().trigger().type());
        List<Token> plain = tokens("two/NUM/two years/NOUN/year of/ADP/of growth/NOUN/growth");
        assertTrue(LEXICON.longestAt(text(plain), plain, 1).isEmpty());
    }

    @Test
    void aNewsConferenceIsListedAsNoEvent() {
        List<Token> t = tokens("a/DET/a news/NOUN/news conference/NOUN/conference");
        assertEquals("-", LEXICON.longestAt(text(t), t, 1).orElseThrow().trigger().type());
    }
    @Test
    void aTriggerIsFoundByTheLemmasFirstLetterWhenTheWordStartsWithAnother() {
        // a lemma starting with another letter than its word (as "went" -> "go"): both letters' triggers are tried
        List<Token> t = tokens("Ruritania/PROPN/Ruritania cautioned/VERB/warn Borduria/PROPN/Borduria");
        assertEquals("Threat", LEXICON.longestAt(text(t), t, 1).orElseThrow().trigger().type());
        // capitals fold to the lower-case letter; a word outside ASCII is tried against every trigger
        List<Token> initial = tokens("Bombing/NOUN/bombing");
        assertEquals("Assault", LEXICON.longestAt(text(initial), initial, 0).orElseThrow().trigger().type());
        List<Token> accented = tokens("Élections/NOUN/élection");
        assertTrue(LEXICON.longestAt(text(accented), accented, 0).isEmpty());
    }
}
