package org.newskg.kb;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * Keeps built {@link KbSnapshot}s in {@code java.io.tmpdir/newskg-kb-cache/}, named by a fingerprint of the
 * files they were built from (path, size and modification time of each, the snapshot version, and the same
 * for the code that builds them): any edit of a KB file or a rebuild of newskg gives a new name, so a stale
 * snapshot is never read. When that name is not cached (a fresh clone, a copied data folder, a rebuilt jar)
 * a second name is tried, from the content: each file's folder, name, size and two CRCs and the bytes of the
 * classes that decide what a snapshot holds ({@link #CONTENT_CLASSES}); reading the 20 MB of KB files for it
 * costs a few tenths of a second in a cold JVM, building the index seconds. A hit under the content name is hard-linked under the
 * first name, so the next load finds it at once. A cache that cannot be written or read
 * only costs time: the KB is then built from its files. Only the {@value #KEEP} most recently used snapshots
 * are kept (each is tens of MB, and every copy of a data folder or rebuild of newskg makes a new one). Stateless.
 */
final class SnapshotCache {

    static final int KEEP = 6;

    private SnapshotCache() {
    }

    /**
     * The classes whose code decides what a snapshot of given files holds (parsing, merging, name keys, the
     * binary layout): a change in any of them must not reuse a snapshot found by content.
     */
    static final List<Class<?>> CONTENT_CLASSES = List.of(KnowledgeBase.class, SnapshotBuilder.class, KbSnapshot.class,
            SourceFile.class, KbFile.class, PositionsFile.class, NameKey.class, LooseKey.class, StringTable.class,
            KbEntry.class, Position.class, EntityType.class, Subclass.class, Lifespan.class, FamilyNameFirst.class,
            org.newskg.data.TsvTable.class);

    static KbSnapshot load(List<Path> inputs, Supplier<KbSnapshot> build) {
        Path file = location(inputs);
        KbSnapshot cached = read(file);
        if (cached != null) {
            return cached;
        }
        Path byContent = contentLocation(inputs);
        cached = read(byContent);
        if (cached != null) {
            link(byContent, file);
            return cached;
        }
        KbSnapshot s = build.get();
        if (byContent != null) {
            store(s, byContent);
            link(byContent, file);
        } else if (file != null) {
            store(s, file);
        }
        return s;
    }

    /** The snapshot cached in this file, or null when there is none or it cannot be read. */
    private static KbSnapshot read(Path file) {
        if (file == null || !Files.isRegularFile(file)) {
            return null;
        }
        try {
            KbSnapshot cached = KbSnapshot.read(file);
            touch(file);
            return cached;
        } catch (IOException | RuntimeException e) {
            return null; // A truncated or foreign file: rebuilt and replaced by the caller.
        }
    }

    /** Makes {@code alias} name the same snapshot file (a hard link, else a copy is not worth its space: nothing). */
    private static void link(Path target, Path alias) {
        if (target == null || alias == null || !Files.isRegularFile(target)) {
            return;
        }
        try {
            Files.deleteIfExists(alias);
            Files.createLink(alias, target);
        } catch (IOException | RuntimeException e) {
            // Only the next load's time suffers: it finds the snapshot by content again.
        }
    }

    private static void store(KbSnapshot s, Path file) {
        Path tmp = null;
        try {
            Files.createDirectories(file.getParent());
            tmp = Files.createTempFile(file.getParent(), "kb", ".tmp");
            s.write(tmp);
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            prune(file.getParent());
        } catch (IOException | RuntimeException e) {
            // Not cached: the next load builds again.
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // Nothing left to do.
                }
            }
        }
    }

    private static void touch(Path file) {
        try {
            Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis()));
        } catch (IOException e) {
            // Only the pruning order suffers.
        }
    }

    /** Deletes all but the {@link #KEEP} most recently used snapshots of the cache folder. */
    static void prune(Path dir) throws IOException {
        List<Path> snapshots;
        try (var files = Files.list(dir)) {
            snapshots = files.filter(f -> f.getFileName().toString().endsWith(".bin"))
                    .sorted(java.util.Comparator.comparingLong(SnapshotCache::modified).reversed()).toList();
        }
        for (Path old : snapshots.subList(Math.min(KEEP, snapshots.size()), snapshots.size())) {
            Files.deleteIfExists(old);
        }
    }

    private static long modified(Path f) {
        try {
            return Files.getLastModifiedTime(f).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    /** The jar or class file the builder was loaded from, when it is a file. */
    private static java.util.Optional<Path> codeOf(Class<?> c) {
        try {
            var src = c.getProtectionDomain().getCodeSource();
            if (src == null) {
                return java.util.Optional.empty();
            }
            Path p = Path.of(src.getLocation().toURI());
            return java.util.Optional.of(Files.isDirectory(p) ? p.resolve(c.getName().replace('.', '/') + ".class") : p);
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return java.util.Optional.empty();
        }
    }

    /**
     * The cache file for the content of these inputs (each file's parent folder, name, size and CRCs, and
     * the bytes of {@link #CONTENT_CLASSES}), or null when they cannot be read.
     */
    static Path contentLocation(List<Path> inputs) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(("content v" + KbSnapshot.VERSION + "\n").getBytes(StandardCharsets.UTF_8));
            for (Class<?> c : CONTENT_CLASSES) {
                try (InputStream in = c.getResourceAsStream(c.getSimpleName() + ".class")) {
                    if (in == null) {
                        return null;
                    }
                    md.update(in.readAllBytes());
                }
            }
            byte[] buffer = new byte[1 << 16];
            for (Path p : inputs) {
                Path parent = p.toAbsolutePath().normalize().getParent();
                String name = (parent == null || parent.getFileName() == null ? "" : parent.getFileName() + "/") + p.getFileName();
                // Two CRCs (64 bits) per file, not a cryptographic hash: the JVM computes them with CPU instructions
                // from its first call, where SHA-256 of 20 MB takes 0.4 s in a cold JVM; the key guards against
                // accidents, not attacks.
                CRC32 crc = new CRC32();
                CRC32C crcC = new CRC32C();
                if (Files.exists(p)) {
                    try (InputStream in = Files.newInputStream(p)) {
                        for (int n; (n = in.read(buffer)) > 0; ) {
                            crc.update(buffer, 0, n);
                            crcC.update(buffer, 0, n);
                        }
                    }
                }
                md.update((name + "\t" + (Files.exists(p) ? Files.size(p) : -1) + "\t" + crc.getValue() + "\t" + crcC.getValue()
                        + "\n").getBytes(StandardCharsets.UTF_8));
            }
            String hash = HexFormat.of().formatHex(md.digest()).substring(0, 32);
            return Path.of(System.getProperty("java.io.tmpdir"), "newskg-kb-cache", "c-" + hash + ".bin");
        } catch (IOException | NoSuchAlgorithmException e) {
            return null;
        }
    }

    /** The cache file for these inputs, or null when they cannot be fingerprinted. */
    static Path location(List<Path> inputs) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(("v" + KbSnapshot.VERSION + "\n").getBytes(StandardCharsets.UTF_8));
            List<Path> all = new java.util.ArrayList<>(inputs);
            codeOf(SnapshotBuilder.class).ifPresent(all::add);
            for (Path p : all) {
                Path abs = p.toAbsolutePath().normalize();
                String line = abs + "\t" + (Files.exists(abs) ? Files.size(abs) + "\t" + Files.getLastModifiedTime(abs).toMillis()
                        : "-") + "\n";
                md.update(line.getBytes(StandardCharsets.UTF_8));
            }
            String name = HexFormat.of().formatHex(md.digest()).substring(0, 32) + ".bin";
            return Path.of(System.getProperty("java.io.tmpdir"), "newskg-kb-cache", name);
        } catch (IOException | NoSuchAlgorithmException e) {
            return null;
        }
    }
}
