package org.newskg.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class NumberWordsTest {

    private static final NumberWords NUMBERS =
            NumberWords.load(Path.of(System.getProperty("newskg.home", ".")).resolve("data"));

    @Test
    void wordsDigitsAndCompounds() {
        assertEquals(Optional.of("3"), NUMBERS.count("Three"));
        assertEquals(Optional.of("25"), NUMBERS.count("twenty-five"));
        assertEquals(Optional.of("2000"), NUMBERS.count("2,000"));
        assertEquals(Optional.of("48"), NUMBERS.count("48"));
        assertEquals(Optional.of("1"), NUMBERS.count("a"));
    }

    @Test
    void vagueCountsAreX() {
        assertEquals(Optional.of(NumberWords.VAGUE), NUMBERS.count("several"));
        assertEquals(Optional.of(NumberWords.VAGUE), NUMBERS.count("a  few"));
    }

    @Test
    void badCompoundsAndNonNumbersAreRejected() {
        assertEquals(Optional.empty(), NUMBERS.count("five-twenty"));
        assertEquals(Optional.empty(), NUMBERS.count("twenty-twenty"));
        assertEquals(Optional.empty(), NUMBERS.count("troops"));
        assertEquals(Optional.empty(), NUMBERS.count("99999999999"));
    }

    @Test
    void regexMatchesWhatCountAccepts() {
        Pattern p = Pattern.compile(NUMBERS.regex(), Pattern.CASE_INSENSITIVE);
        assertTrue(p.matcher("twenty-five").matches());
        assertTrue(p.matcher("1,500").matches());
        assertTrue(p.matcher("a few").matches());
    }
}
