package org.newskg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newskg.NewsKgException;

class FormatTest {

    @Test
    void parsesOptionNames() {
        assertEquals(Format.TEXT, Format.parse("txt"));
        assertEquals(Format.HTML, Format.parse("HTML"));
        assertEquals(Format.JSONL, Format.parse(" jsonl "));
        NewsKgException e = assertThrows(NewsKgException.class, () -> Format.parse("pdf"));
        assertTrue(e.getMessage().contains("'pdf'"));
    }

    @Test
    void mapsExtensions() {
        assertEquals(Optional.of(Format.TEXT), Format.fromFileName("notes.MD"));
        assertEquals(Optional.of(Format.HTML), Format.fromFileName("a.b.xhtml"));
        assertEquals(Optional.of(Format.JSONL), Format.fromFileName("feed.ndjson"));
        assertEquals(Optional.empty(), Format.fromFileName("README"));
        assertEquals(Optional.empty(), Format.fromFileName("file."));
        assertEquals(Optional.empty(), Format.fromFileName("photo.png"));
    }

    @Test
    void sniffsContent() {
        assertEquals(Format.JSONL, FormatDetector.sniff("  {\"text\":\"x\"}"));
        assertEquals(Format.HTML, FormatDetector.sniff("<!DOCTYPE html><p>x"));
        assertEquals(Format.HTML, FormatDetector.sniff("<div><p>a</p><span>b</span><b>c</b></div>"));
        assertEquals(Format.TEXT, FormatDetector.sniff("Use <b>bold</b> sparingly, said the editor."));
        assertEquals(Format.TEXT, FormatDetector.sniff("BEIJING, Feb 8 (Xinhua) -- talks were held."));
    }
}
