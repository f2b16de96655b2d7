package org.newskg.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotCacheTest {

    @Test
    void pruneKeepsTheMostRecentlyUsedSnapshotsAndNothingElseIsTouched(@TempDir Path dir) throws Exception {
        for (int i = 0; i < SnapshotCache.KEEP + 3; i++) {
            Path f = Files.writeString(dir.resolve("s" + i + ".bin"), "x");
            Files.setLastModifiedTime(f, FileTime.fromMillis(1_000_000L * (i + 1)));
        }
        Files.writeString(dir.resolve("notes.txt"), "not a snapshot");

        SnapshotCache.prune(dir);

        List<String> left;
        try (var files = Files.list(dir)) {
            left = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertEquals(SnapshotCache.KEEP + 1, left.size(), left.toString());
        assertTrue(left.contains("notes.txt"));
        for (int i = 0; i < 3; i++) {
            assertTrue(!left.contains("s" + i + ".bin"), "oldest snapshot s" + i + " should be gone: " + left);
        }
        assertTrue(left.contains("s" + (SnapshotCache.KEEP + 2) + ".bin"));
    }
}
