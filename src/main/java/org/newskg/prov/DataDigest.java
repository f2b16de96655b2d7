package org.newskg.prov;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.newskg.NewsKgException;

/**
 * The configuration part of an ingest's provenance: one SHA-256 over the knowledge newskg read from its
 * data directory (knowledge base, lexicons, calendars), so two graphs made from different knowledge can be
 * told apart.
 *
 * <pre>{@code
 * String d = DataDigest.of(Path.of("data"));   // "sha256:3f0c..."
 * }</pre>
 * Hashes each regular, non-hidden file's relative path ('/'-separated) and bytes, in path order, so the
 * digest is the same on every machine and checkout. {@code articles/} (sample inputs, not knowledge) is
 * left out. Stateless and thread-safe.
 */
public final class DataDigest {

    /** Sub-folder of the data directory that holds inputs, not knowledge. */
    static final String INPUTS = "articles";

    private DataDigest() {
    }

    public static String of(Path dataDir) {
        MessageDigest sha = sha256();
        try (Stream<Path> walk = Files.walk(dataDir)) {
            List<Path> files = walk.filter(Files::isRegularFile)
                    .filter(p -> !isHiddenOrInput(dataDir.relativize(p)))
                    .sorted((a, b) -> relative(dataDir, a).compareTo(relative(dataDir, b)))
                    .toList();
            for (Path f : files) {
                byte[] name = relative(dataDir, f).getBytes(StandardCharsets.UTF_8);
                byte[] bytes = Files.readAllBytes(f);
                // Lengths first, so that no two different file sets give the same byte stream.
                sha.update(longBytes(name.length));
                sha.update(name);
                sha.update(longBytes(bytes.length));
                sha.update(bytes);
            }
        } catch (IOException e) {
            throw new NewsKgException("cannot read data directory " + dataDir + " for its digest: " + e.getMessage(), e);
        }
        return "sha256:" + HexFormat.of().formatHex(sha.digest());
    }

    private static boolean isHiddenOrInput(Path rel) {
        if (rel.getNameCount() > 0 && rel.getName(0).toString().equals(INPUTS)) {
            return true;
        }
        for (Path part : rel) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static String relative(Path dir, Path file) {
        return dir.relativize(file).toString().replace('\\', '/');
    }

    private static byte[] longBytes(long n) {
        byte[] b = new byte[8];
        for (int i = 7; i >= 0; i--) {
            b[i] = (byte) n;
            n >>>= 8;
        }
        return b;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
