package org.newskg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.NewsKgException;
import org.newskg.data.TsvTable;

class CameoCodesTest {

    @TempDir
    Path tmp;

    @Test
    void theShippedTableLabelsTheConsultAndCooperationCodes() {
        CameoCodes cameo = CameoCodes.load(FactArticles.DATA);
        assertEquals("Discuss by telephone", cameo.label("041"));
        assertEquals("Make a visit", cameo.label("042"));
        assertEquals("Host a visit", cameo.label("043"));
        assertEquals("Sign formal agreement", cameo.label("057"));
        assertEquals("Consult", cameo.label("04"));
        assertNull(cameo.label("41"), "codes are strings: the leading zero counts");
        assertNull(cameo.label(null));
        assertTrue(cameo.size() >= 20 + 40, "every top-level code and the cooperative second level: " + cameo.size());
    }

    @Test
    void everyTriggerNamesAnOntologyClassAndACodeTheTableLabels() {
        CameoCodes cameo = CameoCodes.load(FactArticles.DATA);
        java.util.Set<String> roots = new java.util.TreeSet<>();
        for (String[] r : TsvTable.read(FactArticles.DATA.resolve("events/triggers.tsv"), "test").stripped(7)) {
            if (!r[3].equals("-")) {
                assertEquals(NKG.eventClass(r[3]).getLocalName(), r[3], "trigger '" + r[0] + "'");
            }
            if (!r[4].equals("-")) {
                assertTrue(cameo.label(r[4]) != null, "CAMEO code " + r[4] + " of trigger '" + r[0] + "' is not in the table");
                roots.add(r[4].substring(0, 2));
            }
        }
        assertEquals(20, roots.size(), "the triggers reach every CAMEO root category: " + roots);
    }

    private Path table(String content) throws IOException {
        Files.createDirectories(tmp.resolve("cameo"));
        Files.writeString(tmp.resolve(CameoCodes.FILE), content);
        return tmp;
    }

    @Test
    void aMalformedLineIsReportedWithFileAndLine() throws IOException {
        Path dir = table("# codes\n041\tDiscuss by telephone\n042 Make a visit\n");
        NewsKgException e = assertThrows(NewsKgException.class, () -> CameoCodes.load(dir));
        assertTrue(e.getMessage().contains("cameo-codes.tsv:3"), e.getMessage());
        Path dup = table("041\tDiscuss by telephone\n041\tPhone\n");
        assertTrue(assertThrows(NewsKgException.class, () -> CameoCodes.load(dup)).getMessage().contains("twice"));
        Path letters = table("4x1\tPhone\n");
        assertTrue(assertThrows(NewsKgException.class, () -> CameoCodes.load(letters)).getMessage().contains("4x1"));
    }

    @Test
    void aMissingTableIsReportedByName() {
        NewsKgException e = assertThrows(NewsKgException.class, () -> CameoCodes.load(tmp.resolve("nowhere")));
        assertTrue(e.getMessage().contains("cameo-codes.tsv") && e.getMessage().contains("missing"), e.getMessage());
    }
}
