package org.newskg.extract.entity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.newskg.kb.NameKey;

/**
 * The recognizer's shortcuts around regular expressions (a cheap test before a matcher, a hand-written split) must
 * give what the expressions give: checked on words and texts written here and on random strings of the characters
 * the expressions care about.
 */
class RegexShortcutsTest {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** NameKey's own splitting expression. */
    private static final Pattern NAME_SPLIT = Pattern.compile("(?<=\\S)(?=-)|(?<=-)(?=\\S)|\\s+|(?=['’]s$)|(?<=,)|(?=,)");
    private static final Pattern MODEL_NUMBER = Pattern.compile("\\d{3}(?:-\\d{1,3})?s?");
    private static final Pattern LINE_NUMBER = Pattern.compile("\\d{2,4}(?:-\\d{1,3})?|II|III|IV|VI|VII|VIII|IX");
    private static final Pattern MODEL_CODE = Pattern.compile("\\p{Lu}{1,4}\\d{2,5}\\p{Lu}?|\\p{Lu}\\p{L}{0,3}-\\d{2,4}\\p{Lu}?");

    private static final String ALPHABET = " \t\n\r\u000B\f\u0085\u2028-,'’sSaAZ19IVX.ÉéΩ";

    private static List<String> samples() {
        List<String> out = new ArrayList<>(List.of("", " ", "  ", "Bank of  Ruritania", " lead", "trail ", "\tBoth\n",
                "747", "747-400", "777s", "II", "VIII", "Vienna", "98", "3500", "ZX480", "Kv-120", "KV-120B", "Éz12",
                "Ruritania's", "Ruritania’s", "Ruritania's\u0085", "Smith-Jones", "Paris, France", "a,b", "it's", "X"));
        Random random = new Random(42);
        for (int k = 0; k < 20_000; k++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(8);
            for (int i = 0; i < n; i++) {
                b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            out.add(b.toString());
        }
        return out;
    }

    private static List<String> regexNameSplit(String surface) {
        List<String> out = new ArrayList<>();
        for (String part : NAME_SPLIT.split(surface.strip())) {
            if (!part.isEmpty()) {
                out.add(part);
            }
        }
        return out;
    }

    @Test
    void spacesSplitsAsThePattern() {
        assertArrayEquals(new String[] {"Bank", "of", "Ruritania"}, Spaces.split("Bank of  Ruritania"));
        assertArrayEquals(new String[] {"", "lead"}, Spaces.split(" lead"));
        for (String s : samples()) {
            assertArrayEquals(SPACES.split(s), Spaces.split(s), () -> "'" + s + "'");
        }
    }

    @Test
    void nameKeySplitsAsItsPattern() {
        assertEquals(List.of("Ruritania", "'s"), NameKey.split("Ruritania's"));
        assertEquals(List.of("Smith", "-", "Jones"), NameKey.split("Smith-Jones"));
        for (String s : samples()) {
            assertEquals(regexNameSplit(s), NameKey.split(s), () -> "'" + s + "'");
        }
    }

    @Test
    void numberAndCodeTestsNeverDropAMatch() {
        int numbers = 0;
        int codes = 0;
        for (String s : samples()) {
            if (LINE_NUMBER.matcher(s).matches() || MODEL_NUMBER.matcher(s).matches()) {
                assertTrue(NumberedProducts.mayBeNumber(s), s);
                numbers++;
            }
            if (MODEL_CODE.matcher(s).matches()) {
                assertTrue(ProperNounPatternFinder.mayBeModelCode(s), s);
                codes++;
            }
        }
        assertTrue(numbers >= 5 && codes >= 3, numbers + " numbers, " + codes + " codes");
    }
}
