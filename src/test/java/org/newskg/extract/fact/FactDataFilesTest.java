package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.NewsKgException;

/** Loading the fact extractor's data files: missing files, bad values, labels they carry. */
class FactDataFilesTest {

    @TempDir
    Path dir;

    @Test
    void aMissingLexiconNamesTheFile() {
        NewsKgException e = assertThrows(NewsKgException.class, () -> FactExtractor.load(dir));
        assertTrue(e.getMessage().contains("triggers.tsv"), e.getMessage());
    }

    @Test
    void anUnknownCueKindIsRejected() throws IOException {
        Files.createDirectories(dir.resolve("events"));
        Files.writeString(dir.resolve("events/cues.tsv"), "conclude\tmood\tconcluded\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EventCues.load(dir));
        assertTrue(e.getMessage().contains("mood"), e.getMessage());
    }

    @Test
    void theCameoLabelsComeFromTheTriggerLexicon() {
        FactExtractor facts = FactExtractor.load(FactFixtures.DATA);
        assertEquals("discuss by telephone", facts.cameoLabel("041").orElseThrow());
        assertTrue(facts.cameoLabel("999").isEmpty());
    }

    /** A row listed twice is a leftover of two branches appending the same lines; it hides which line wins. */
    @Test
    void noShippedTriggerOrCueRowIsListedTwice() throws IOException {
        for (String name : List.of("events/triggers.tsv", "events/cues.tsv")) {
            Set<String> seen = new HashSet<>();
            for (String line : Files.readAllLines(FactFixtures.DATA.resolve(name))) {
                if (!line.startsWith("#") && line.contains("\t")) {
                    assertTrue(seen.add(line), name + " lists twice: " + line);
                }
            }
        }
    }
}
