package org.newskg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DateParserTest {

    private static final LocalDate FEB_8 = LocalDate.of(2024, 2, 8);

    @ParameterizedTest
    @ValueSource(strings = {"February 8, 2024", "Feb. 8, 2024", "Feb 8 2024", "8 February 2024", "8 Feb 2024",
        "2024-02-08", "Thursday, February 8, 2024", "THU, 8 FEB 2024", "2024/02/08"})
    void readsDateOnlyShapes(String raw) {
        ArticleDate d = DateParser.parse(raw).orElseThrow();
        assertEquals(FEB_8, d.date());
        assertEquals(null, d.time(), raw);
    }

    @ParameterizedTest
    @ValueSource(strings = {"19:55, February 8, 2024", "February 8, 2024 7:55 p.m.", "Feb. 8, 2024, 7:55 PM",
        "8 February 2024 19:55", "February 8, 2024 at 7:55 pm", "7:55 p.m. Feb 8, 2024"})
    void readsDateWithTimeOfDay(String raw) {
        ArticleDate d = DateParser.parse(raw).orElseThrow();
        assertEquals(FEB_8, d.date());
        assertEquals(LocalTime.of(19, 55), d.time(), raw);
        assertEquals(null, d.offset());
    }

    @Test
    void keepsIsoOffsetAndZulu() {
        ArticleDate d = DateParser.parse("2024-02-08T19:55:00+08:00").orElseThrow();
        assertEquals(ZoneOffset.ofHours(8), d.offset());
        assertEquals("2024-02-08T19:55:00+08:00", d.lexical());
        assertEquals("2024-02-08T11:55:00Z", DateParser.parse("2024-02-08T11:55:00Z").orElseThrow().lexical());
        assertEquals("2024-02-08T19:55:00", DateParser.parse("2024-02-08T19:55:00").orElseThrow().lexical());
    }

    @Test
    void readsSeptemberAbbreviations() {
        assertEquals(LocalDate.of(2024, 9, 5), DateParser.parse("Sept. 5, 2024").orElseThrow().date());
        assertEquals(LocalDate.of(2024, 9, 5), DateParser.parse("Sep 5, 2024").orElseThrow().date());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "soon", "February 30, 2024", "13:99, February 8, 2024", "Wednesday, February 8, 2024",
        "BEIJING, Feb 8 (Xinhua) -- China said", "2024"})
    void rejectsWhatIsNotExactlyADate(String raw) {
        assertTrue(DateParser.parse(raw).isEmpty(), raw);
    }
}
