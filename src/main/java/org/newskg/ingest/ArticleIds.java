package org.newskg.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Stable article identifiers: the same article gets the same id on every run and machine, so that
 * re-ingesting it replaces its graph instead of adding a second copy.
 *
 * <pre>{@code
 * ArticleIds.fromUrl("https://example.org/a?x=1#top");   // "u-…" (16 hex digits)
 * ArticleIds.fromContent(title, text);                  // "c-…"
 * }</pre>
 * Stateless and thread-safe.
 */
public final class ArticleIds {

    private ArticleIds() {
    }

    /** An id from a URL; scheme and host case and a trailing fragment or slash do not change it. */
    public static String fromUrl(String url) {
        String u = url.strip();
        int hash = u.indexOf('#');
        if (hash >= 0) {
            u = u.substring(0, hash);
        }
        if (u.endsWith("/")) {
            u = u.substring(0, u.length() - 1);
        }
        int schemeEnd = u.indexOf("://");
        if (schemeEnd > 0) {
            int hostEnd = u.indexOf('/', schemeEnd + 3);
            hostEnd = hostEnd < 0 ? u.length() : hostEnd;
            u = u.substring(0, hostEnd).toLowerCase(Locale.ROOT) + u.substring(hostEnd);
        }
        return "u-" + digest(u);
    }

    /** An id from a publisher-given identifier (JSON Lines {@code id}), kept readable when it is already safe. */
    public static String fromGivenId(String givenId) {
        String g = givenId.strip();
        if (g.matches("[A-Za-z0-9._-]{1,64}")) {
            return g;
        }
        return "i-" + digest(g);
    }

    /** An id from the content; whitespace differences do not change it. */
    public static String fromContent(String title, String text) {
        String normalized = ((title == null ? "" : title) + "\n" + text).replaceAll("\\s+", " ").strip();
        return "c-" + digest(normalized);
    }

    private static String digest(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
