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
    void inflectsTextAnswersAsInflectsOfTheLowerCasedTextAndTheVerb() {
        String[] verbs = {"condemn", "urge", "expel", "deny", "free", "shell", "say", "e", "y", "go", "meet up", "tie", "visit"};
        String[] endings = {"", "s", "es", "ed", "ing", "d", "ied", "ies", "led", "ling", "nned", "yed", "eed", "x"};
        int compared = 0;
        int yes = 0;
        for (String phrase : verbs) {
            for (int end = 1; end <= phrase.length(); end++) {
                String verb = phrase.substring(0, end);
                List<String> texts = new ArrayList<>();
                for (int cut = 0; cut <= verb.length(); cut++) {
                    for (String ending : endings) {
                        String form = verb.substring(0, cut) + ending;
                        if (!form.isEmpty()) {
                            texts.add(form);
                            texts.add(form.toUpperCase(java.util.Locale.ROOT));
                            texts.add(Character.toUpperCase(form.charAt(0)) + form.substring(1));
                        }
                    }
                }
                texts.add("Condemnéd");
                texts.add("ÜRGED");
                for (String text : texts) {
                    boolean expected = Words.inflects(text.toLowerCase(java.util.Locale.ROOT), verb);
                    assertEquals(expected, Words.inflectsText(text, phrase, end), text + " / " + verb);
                    compared++;
                    yes += expected ? 1 : 0;
                }
            }
        }
        assertEquals(true, compared > 2000 && yes > 50, compared + " compared, " + yes + " forms");
    }

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

    @Test
    void lemmasMatchesEachWordOfAPhraseAsIsDoesWordByWord() {
        // Lemmas that differ from the words, a capitalized word, non-ASCII words, and verbs the lemmatizer left alone.
        String[][] given = {{"Leaders", "NNS", "leader"}, {"Held", "VBD", "hold"}, {"phone", "NN", "phone"},
            {"calls", "NNS", "call"}, {"ÉLYSÉE", "NNP", "x"}, {"Palace", "NNP", "palace"}, {"İzmir", "NNP", "y"},
            {"talks", "NNS", "talks"}, {"condemned", "VBD", "condemned"}, {"the", "DT", "the"}, {"strikes", "NNS", "strike"}};
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (String[] g : given) {
            tokens.add(new Token(at, at + g[0].length(), g[0], "X", g[2], g[1], "O"));
            at += g[0].length() + 1;
        }
        String[] phrases = {"leader hold", "leaders held", "hold phone call", "phone calls", "phone call", "élysée palace",
            "ÉLYSÉE palace", "izmir talks", "i̇zmir talks", "condemn the strike", "condemn the", "hold", "the strike",
            "strike", "leader "};
        for (String phrase : phrases) {
            for (int i = 0; i <= tokens.size(); i++) {
                assertEquals(bySplit(tokens, i, phrase), Words.lemmas(tokens, i, phrase), phrase + " at " + i);
            }
        }
        assertEquals(3, Words.lemmas(tokens, 1, "hold phone"), "a lemma, then a word");
        assertEquals(11, Words.lemmas(tokens, 8, "condemn the strike"), "an inflected verb the lemmatizer left alone");
        assertEquals(6, Words.lemmas(tokens, 4, "élysée palace"), "the lower-cased word outside ASCII");
    }

    @Test
    void isFindsAVerbsInflectionsAsInTheLowerCasedText() {
        // Verbs the lemmatizer left alone: inflections of each kind, in capitals, outside ASCII, too long or too short.
        String[] verbs = {"Urges", "URGED", "shelling", "expelled", "freed", "denied", "denies", "condemns", "talkings",
            "İnflicts", "ÉMEUTES", "u", "urgeeeeee", "Shells", "agreed", "visiting", "visitted", "ties", "tied"};
        String[] words = {"urge", "shell", "expel", "free", "deny", "condemn", "talk", "inflict", "émeute", "u", "i̇nflict",
            "agree", "visit", "tie", "urge off", "shell "};
        int inflected = 0;
        for (String v : verbs) {
            for (String penn : new String[] {"VBZ", "NNS"}) {
                Token t = new Token(0, v.length(), v, "VERB", "-", penn, "O");
                for (String w : words) {
                    boolean expected = t.lemma().equalsIgnoreCase(w) || Words.lower(t).equals(w)
                            || penn.startsWith("VB") && Words.inflects(Words.lower(t), w);
                    assertEquals(expected, Words.is(t, w), v + "/" + penn + " is " + w);
                    if (w.indexOf(' ') < 0) {
                        assertEquals(expected ? 1 : -1, Words.lemmas(List.of(t), 0, w), v + "/" + penn + " lemmas " + w);
                    }
                    inflected += expected && penn.startsWith("VB") ? 1 : 0;
                }
            }
        }
        assertEquals(17, inflected, "the inflections found");
    }

    @Test
    void mayStartRulesOutOnlyWordsThatCannotMatchTheToken() {
        // Capitals, lemmas other than the word, verbs the lemmatizer left alone, participles, non-ASCII text or lemma.
        String[][] given = {{"Said", "VBD", "say"}, {"URGED", "VBD", "URGED"}, {"Noting", "NN", "noting"},
            {"adding", "VBG", "adding"}, {"shelling", "VBG", "shelling"}, {"went", "VBD", "go"}, {"ÉMEUTES", "NNS", "émeute"},
            {"İnflicts", "VBZ", "x"}, {"Kept", "VBD", "\u212Aeep"}, {"according", "VBG", "accord"}, {"3", "CD", "3"},
            {"Told", "VBD", ""}};
        String[] words = {"say", "urge", "note", "add", "shell", "go", "went", "émeute", "i̇nflict", "keep", "according to",
            "accord", "3", "tell", "Say", "call on", " on", ""};
        int ruledOut = 0;
        for (String[] g : given) {
            Token t = new Token(0, g[0].length(), g[0], "VERB", g[2], g[1], "O");
            int keys = Words.tokenKeys(t);
            for (String w : words) {
                String first = w.indexOf(' ') > 0 ? w.substring(0, w.indexOf(' ')) : w;
                String lower = Words.lower(t);
                // is, or a participle's stem ("noting" -> note, "shelling" -> shell) as the reporting verbs read it
                boolean stem = t.text().length() > 4 && t.text().endsWith("ing")
                        && (lower.substring(0, lower.length() - 3).equals(first) || (lower.substring(0, lower.length() - 3) + "e").equals(first)
                        || lower.length() > 5 && lower.substring(0, lower.length() - 4).equals(first));
                boolean matches = !first.isEmpty() && Words.is(t, first) || stem;
                boolean may = Words.mayStart(keys, Words.startKey(w));
                if (matches) {
                    assertEquals(true, may, g[0] + " (" + g[2] + ") can start " + w);
                }
                ruledOut += may ? 0 : 1;
            }
        }
        assertEquals(-1, Words.startKey("émeute"));
        assertEquals(-1, Words.startKey(" on"));
        assertEquals('s', Words.startKey("Say"));
        assertEquals(-1, Words.tokenKeys(new Token(0, 4, "Told", "VERB", "", "VBD", "O")), "no lemma: any word");
        assertEquals(true, ruledOut > words.length * 5, "most words are ruled out at most tokens: " + ruledOut);
    }

    /** What Words.lemmas answered when it split every phrase: the reference. */
    private static int bySplit(List<Token> tokens, int i, String phrase) {
        String[] words = phrase.split(" ");
        if (i + words.length > tokens.size()) {
            return -1;
        }
        for (int k = 0; k < words.length; k++) {
            if (!Words.is(tokens.get(i + k), words[k])) {
                return -1;
            }
        }
        return i + words.length;
    }

    /** Words and single punctuation marks as tokens, as the NLP stage gives them (no tags needed here). */
    /** Tokens of words and single punctuation marks, each its own lemma (shared with SurfaceIndexTest). */
    static List<Token> tokens(String text) {
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
