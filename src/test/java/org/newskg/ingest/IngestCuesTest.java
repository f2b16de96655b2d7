package org.newskg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.NewsKgException;

class IngestCuesTest {

    private static final Path DATA = Path.of(System.getProperty("newskg.home", ".")).resolve("data");

    @Test
    void agencyCuesMatchTheEndOfAByline() {
        IngestCues cues = IngestCues.load(DATA);
        assertTrue(cues.isAgency("Kenya News Agency"));
        assertTrue(cues.isAgency("The Associated Press"));
        assertFalse(cues.isAgency("Jane Pressman"));
        assertFalse(cues.isAgency("Amina Wanjiru"));
    }

    @Test
    void longerLabelsComeFirst() {
        IngestCues cues = IngestCues.load(DATA);
        var labels = cues.labelsLongestFirst();
        assertTrue(labels.indexOf("last updated") < labels.indexOf("updated"), labels.toString());
        assertEquals(IngestCues.UPDATED, cues.headerLabels().get("last updated"));
    }

    @Test
    void malformedOrMissingDataFilesFailWithTheirLocation(@TempDir Path tmp) throws IOException {
        NewsKgException missing = assertThrows(NewsKgException.class, () -> IngestCues.load(tmp));
        assertTrue(missing.getMessage().contains("header-labels.tsv"), missing.getMessage());
        Path dir = Files.createDirectories(tmp.resolve("ingest"));
        for (String f : new String[] {"byline-markers.tsv", "agency-cues.tsv", "caption-cues.tsv"}) {
            Files.copy(DATA.resolve("ingest").resolve(f), dir.resolve(f));
        }
        Files.writeString(dir.resolve("header-labels.tsv"), "# labels\nPublished\tpublished\nUpdated without a tab\n");
        NewsKgException bad = assertThrows(NewsKgException.class, () -> IngestCues.load(tmp));
        assertTrue(bad.getMessage().contains("header-labels.tsv:3"), bad.getMessage());
        Files.writeString(dir.resolve("header-labels.tsv"), "Posted\tposted-at\n");
        IllegalArgumentException field = assertThrows(IllegalArgumentException.class, () -> IngestCues.load(tmp));
        assertTrue(field.getMessage().contains("posted-at"));
    }
}
