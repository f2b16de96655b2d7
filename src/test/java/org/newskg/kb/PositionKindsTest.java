package org.newskg.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PositionKindsTest {

    @TempDir
    Path dir;

    private PositionKinds kinds(String... rows) throws IOException {
        Files.createDirectories(dir.resolve("kb"));
        Files.writeString(dir.resolve(PositionKinds.FILE), "# test\n" + String.join("\n", rows) + "\n");
        return PositionKinds.load(dir);
    }

    @Test
    void firstFittingPatternWins() throws IOException {
        PositionKinds k = kinds("FOREIGN_MINISTER\tforeign minister", "MINISTER\t* minister", "MINISTER\tminister *");
        assertEquals(Optional.of(PositionKind.FOREIGN_MINISTER), k.match("Foreign Minister"));
        assertEquals(Optional.of(PositionKind.MINISTER), k.match("Finance Minister"));
        assertEquals(Optional.empty(), k.match("Administer"));
    }

    @Test
    void aMinisterTitleWrittenHeadLastIsReadAsTheOfficeIsNamed() throws IOException {
        PositionKinds k = kinds("FOREIGN_MINISTER\tminister of external affairs", "MINISTER\t* minister");
        assertEquals(Optional.of(PositionKind.FOREIGN_MINISTER), k.match("External Affairs Minister"));
        assertEquals(Optional.of(PositionKind.FOREIGN_MINISTER), k.match("external-affairs minister"));
        assertEquals(Optional.of(PositionKind.MINISTER), k.match("Defence Minister"));
    }

    @Test
    void onlyMinistersAreReadHeadFirst() throws IOException {
        PositionKinds k = kinds("MINISTER\tsecretary of *", "FOREIGN_MINISTER\tsecretary of state");
        assertEquals(Optional.empty(), k.match("Press Secretary"));
        assertEquals(Optional.empty(), k.match("State Secretary"));
        assertEquals(Optional.of(PositionKind.MINISTER), k.match("Secretary of Defense"));
    }

    @Test
    void theShippedPatternsKnowTheForeignMinistersOfEveryWording() {
        PositionKinds k = PositionKinds.load(Path.of("data"));
        for (String title : new String[] {"Foreign Minister", "Minister of Foreign Affairs", "External Affairs Minister",
                "Minister for External Affairs", "Foreign Affairs Minister", "Secretary of State"}) {
            assertEquals(Optional.of(PositionKind.FOREIGN_MINISTER), k.match(title), title);
        }
        assertEquals(Optional.of(PositionKind.HEAD_OF_GOVERNMENT), k.match("Prime Minister"));
        assertEquals(Optional.of(PositionKind.MINISTER), k.match("Deputy Prime Minister"));
        assertEquals(Optional.empty(), k.match("General Secretary"));
    }
}
