package org.newskg.kb;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.newskg.data.TsvRow;
import org.newskg.data.TsvTable;

/**
 * Maps an office name ("Minister of Foreign Affairs", "King") or a title written in a text ("Foreign
 * Minister") to its {@link PositionKind}, by the patterns of {@code data/kb/position-kinds.tsv}: the first
 * pattern that fits wins; {@code word*} matches names starting with "word", {@code *word} names ending
 * with it, anything else the whole name (case ignored).
 *
 * <pre>{@code
 * PositionKinds kinds = PositionKinds.load(dataDir);
 * kinds.kind("Minister for Foreign Affairs");   // FOREIGN_MINISTER
 * }</pre>
 * Immutable and thread-safe. A missing file means no patterns: every office is OTHER.
 */
public final class PositionKinds {

    public static final String FILE = "kb/position-kinds.tsv";

    private record Pattern(String text, boolean prefix, boolean suffix, PositionKind kind) {
        boolean matches(String name) {
            if (prefix && suffix) {
                return name.contains(text);
            }
            return prefix ? name.startsWith(text) : suffix ? name.endsWith(text) : name.equals(text);
        }
    }

    private final List<Pattern> patterns;

    private PositionKinds(List<Pattern> patterns) {
        this.patterns = List.copyOf(patterns);
    }

    /** No patterns: every office is OTHER (a KB built from entries alone). */
    public static PositionKinds none() {
        return new PositionKinds(List.of());
    }

    public static PositionKinds load(Path dataDir) {
        List<Pattern> out = new ArrayList<>();
        for (TsvRow row : TsvTable.readIfExists(dataDir.resolve(FILE), "position kinds").rows()) {
            List<String> c = row.requireColumns(2, "kind pattern").cells();
            PositionKind kind;
            try {
                kind = PositionKind.valueOf(c.get(0).strip());
            } catch (IllegalArgumentException e) {
                throw row.error("unknown position kind '" + c.get(0).strip() + "'", e);
            }
            String p = normalize(c.get(1));
            boolean suffix = p.startsWith("*");
            boolean prefix = p.endsWith("*");
            String text = p.replace("*", "").strip();
            if (text.isEmpty()) {
                throw row.error("empty pattern");
            }
            // "minister*" must not match "ministerial"; "*minister" not "administer": the star stands for whole words.
            out.add(new Pattern(suffix && !prefix ? " " + text : prefix && !suffix ? text + " " : text, prefix, suffix, kind));
        }
        return new PositionKinds(out);
    }

    /**
     * The kind of an office or title: the first pattern that fits the name as written or, for a title written
     * head last ("External Affairs Minister"), its reading with the head first ("minister of external affairs"),
     * the way the knowledge base names offices; news writes both, and the specific patterns must win over
     * "* minister" either way. Only for "minister": a "press", "party" or "general secretary" is no "secretary
     * of" anything.
     */
    public Optional<PositionKind> match(String name) {
        String n = normalize(name);
        String head = " minister";
        String headFirst = n.endsWith(head) ? "minister of " + n.substring(0, n.length() - head.length()) : null;
        for (Pattern p : patterns) {
            if (p.matches(n) || headFirst != null && p.matches(headFirst)) {
                return Optional.of(p.kind());
            }
        }
        return Optional.empty();
    }

    /** The kind of an office, OTHER when no pattern fits. */
    public PositionKind kind(String name) {
        return match(name).orElse(PositionKind.OTHER);
    }

    private static String normalize(String s) {
        return s.strip().toLowerCase(Locale.ROOT).replace('-', ' ').replaceAll("\\s+", " ");
    }
}
