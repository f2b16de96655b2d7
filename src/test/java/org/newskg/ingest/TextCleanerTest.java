package org.newskg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextCleanerTest {

    @Test
    void theTextKeepsItsLengthSoThatOffsetsStillHold() {
        String dirty = "Kofi\u0007 Mensah\u000Bmet\fAma\u001b[0m in Accra\u0085\u007F \uD800 \uFFFE.";
        String clean = TextCleaner.text(dirty);
        assertEquals(dirty.length(), clean.length());
        assertEquals("Kofi  Mensah\nmet\nAma [0m in Accra   \uFFFD \uFFFD.", clean);
        assertTrue(TextCleaner.isClean(clean));
    }

    @Test
    void cleanTextIsReturnedAsItIsWithTabsNewlinesEmojiAndRightToLeftText() {
        String s = "Ngozi Okafor 😀 said:\t\"done\"\r\nقال الوزير";
        assertSame(s, TextCleaner.text(s));
        assertSame(s, TextCleaner.field(s));
        assertTrue(TextCleaner.isClean(s));
    }

    @Test
    void aFieldLosesItsControlCharactersAndNothingLeftIsNull() {
        assertEquals("Esc[31m Summit", TextCleaner.field(" Esc\u001b[31m Summit\u0000 "));
        assertEquals("Ama Owusu", TextCleaner.field("Ama\u000BOwusu"));
        assertNull(TextCleaner.field("\u0007\u0085"));
        assertNull(TextCleaner.field(null));
    }

    @Test
    void aLoneSurrogateIsNotCleanButAPairIs() {
        assertFalse(TextCleaner.isClean("a\uD83Db"));
        assertFalse(TextCleaner.isClean("a\uDE00b"));
        assertTrue(TextCleaner.isClean("a\uD83D\uDE00b"));
        assertEquals("a\uFFFDb", TextCleaner.text("a\uDE00b"));
    }

    @Test
    void anArticleIsCleanedWhateverParserMadeIt() {
        Article a = new Article("x1", "https://news.example.org/\u0007a", "Esc\u001b Title", "Wire\u0000", null, null, null, "en",
                "Body\u0007 text", "test");
        assertEquals("https://news.example.org/a", a.url());
        assertEquals("Esc Title", a.title());
        assertEquals("Wire", a.source());
        assertEquals("Body  text", a.text());
    }
}
