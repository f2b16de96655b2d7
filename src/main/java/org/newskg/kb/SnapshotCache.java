package org.newskg.kb;

import java.io.IOException;
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

/**
 * Keeps built {@link KbSnapshot}s in {@code java.io.tmpdir/newskg-kb-cache/}, named by a fingerprint of the
 * files they were built from (path, size and modification time of each, the snapshot version, and the same
 * for the code that builds them): any edit of a KB file or a rebuild of newskg gives a new name, so a stale
 * snapshot is never read. A cache that cannot be written or read
 * only costs time: the KB is then built from its files. Only the {@value #KEEP} most recently used snapshots
 * are kept (each is tens of MB, and every copy of a data folder or rebuild of newskg makes a new one). Stateless.
 */
final class SnapshotCache {

    static final int KEEP = 6;

    private SnapshotCache() {
    }

    static KbSnapshot load(List<Path> inputs, Supplier<KbSnapshot> build) {
        Path file = location(inputs);
        if (file != null && Files.isRegularFile(file)) {
            try {
                KbSnapshot cached = KbSnapshot.read(file);
                touch(file);
                return cached;
            } catch (IOException | RuntimeException e) {
                // A truncated or foreign file: rebuild and replace it below.
            }
        }
        KbSnapshot s = build.get();
        if (file != null) {
            store(s, file);
        }
        return s;
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
