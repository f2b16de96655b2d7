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

    @Test
    void aCopyOfTheSameFilesElsewhereReusesTheSnapshotAndAnEditedCopyDoesNot(@TempDir Path dir) throws Exception {
        // Unique content, so that no snapshot of an earlier run can answer the first load.
        String unique = "Q42\tRuritania " + java.util.UUID.randomUUID() + "\tCountry\n";
        Path a = Files.createDirectories(dir.resolve("clone-a/kb"));
        Files.writeString(a.resolve("entities.tsv"), unique);
        Path b = Files.createDirectories(dir.resolve("clone-b/kb"));
        Files.copy(a.resolve("entities.tsv"), b.resolve("entities.tsv"));
        int[] builds = {0};
        java.util.function.Supplier<KbSnapshot> build = () -> {
            builds[0]++;
            return SnapshotBuilder.build(List.of(new KbEntry("Q42", "Ruritania", EntityType.COUNTRY, List.of(), null, List.of())),
                    java.util.Map.of(), List.of());
        };
        assertTrue(!SnapshotCache.location(List.of(a.resolve("entities.tsv"))).equals(SnapshotCache.location(List.of(b.resolve("entities.tsv")))),
                "two places, two path keys");

        assertEquals(1, SnapshotCache.load(List.of(a.resolve("entities.tsv")), build).size());
        assertEquals(1, builds[0]);
        assertEquals(1, SnapshotCache.load(List.of(b.resolve("entities.tsv")), build).size());
        assertEquals(1, builds[0], "the copy's content is the same: its snapshot is reused");
        assertTrue(Files.isRegularFile(SnapshotCache.location(List.of(b.resolve("entities.tsv")))), "and found by path next time");

        Files.writeString(b.resolve("entities.tsv"), unique.replace("Ruritania", "Ruritanya"));
        // Another modification time too, so that only the content decides (the path key changes with it).
        Files.setLastModifiedTime(b.resolve("entities.tsv"), FileTime.fromMillis(Files.getLastModifiedTime(a.resolve("entities.tsv")).toMillis() + 5_000));
        SnapshotCache.load(List.of(b.resolve("entities.tsv")), build);
        assertEquals(2, builds[0], "an edit of the same size is another content: built again");
    }
}
