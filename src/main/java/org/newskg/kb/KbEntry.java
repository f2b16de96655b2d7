package org.newskg.kb;

import java.util.List;
import java.util.Objects;

/**
 * One entity of the knowledge base: a Wikidata item with its English label, aliases, type, country
 * and, for countries, demonyms ("Chinese" for China). Immutable.
 *
 * @param qid        Wikidata id such as {@code Q148}
 * @param label      English label
 * @param type       entity type
 * @param aliases    other names (never the label itself)
 * @param countryQid the country it belongs to, or null
 * @param demonyms   adjectives and nouns of nationality that refer to it, empty for non-countries
 * @param prior      how likely a bare mention of one of its names means it, in (0, 1]: 1 for hand-curated
 *                   entries, else from population (places) or office rank (people); see data/kb/README.md
 * @param historical a state that no longer exists (a Country whose successors took its place)
 * @param subclass   a narrower class its source gives it (a subdivision, a political party, ...), or null
 * @param existed    when it existed (a historical state's founding and dissolution), or null when not known
 */
public record KbEntry(String qid, String label, EntityType type, List<String> aliases, String countryQid,
                      List<String> demonyms, double prior, boolean historical, Subclass subclass, Lifespan existed) {

    /** An entry whose lifespan is not known. */
    public KbEntry(String qid, String label, EntityType type, List<String> aliases, String countryQid,
                   List<String> demonyms, double prior, boolean historical, Subclass subclass) {
        this(qid, label, type, aliases, countryQid, demonyms, prior, historical, subclass, null);
    }

    /** A hand-curated entry: full prior, not historical. */
    public KbEntry(String qid, String label, EntityType type, List<String> aliases, String countryQid,
                   List<String> demonyms) {
        this(qid, label, type, aliases, countryQid, demonyms, 1.0, false, null, null);
    }

    /** An entry without a subclass. */
    public KbEntry(String qid, String label, EntityType type, List<String> aliases, String countryQid,
                   List<String> demonyms, double prior, boolean historical) {
        this(qid, label, type, aliases, countryQid, demonyms, prior, historical, null, null);
    }

    public KbEntry {
        Objects.requireNonNull(qid, "qid");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
        if (!isQid(qid)) {
            throw new IllegalArgumentException("not a Wikidata item id: '" + qid + "' (entity " + label + ")");
        }
        aliases = List.copyOf(aliases);
        demonyms = List.copyOf(demonyms);
        if (!(prior > 0 && prior <= 1)) {
            throw new IllegalArgumentException("prior " + prior + " of " + qid + " is not in (0, 1]");
        }
        if (countryQid != null && countryQid.isBlank()) {
            countryQid = null;
        }
    }

    /** Whether a string is a Wikidata item id ({@code Q} and a number without leading zero); no regex: called per entry. */
    public static boolean isQid(String s) {
        if (s == null || s.length() < 2 || s.length() > 11 || s.charAt(0) != 'Q' || s.charAt(1) == '0') {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
