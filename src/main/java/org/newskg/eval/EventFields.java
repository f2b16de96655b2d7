package org.newskg.eval;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.newskg.kb.NameKey;

/**
 * Compares the fields of a found event with its gold event, as {@code kg eval events} scores them: names
 * are compared after {@link NameKey} normalization (case, accents, dots and a possessive ignored) and a
 * leading "the" dropped, so "the U.S." matches "US" and "St. Elwyn" matches "St Elwyn".
 * Stateless and thread-safe.
 */
public final class EventFields {

    /** Field names in table order; {@code all fields right} needs every other one. */
    public static final List<String> FIELDS = List.of("type", "participants", "roles", "place", "date", "status");

    /** Extractor roles that make a participant the acting side (CAMEO source) or the side acted on (target). */
    private static final Set<String> SOURCE_ROLES = Set.of("source", "agent", "visitor");
    private static final Set<String> TARGET_ROLES = Set.of("target", "patient", "host", "recipient");

    private EventFields() {
    }

    /** Whether one field of a matched pair is right; {@code field} is one of {@link #FIELDS}. */
    public static boolean right(String field, GoldEvent g, FoundEvent f) {
        return switch (field) {
            case "type" -> g.types().contains(f.type());
            case "participants" -> participants(g, f);
            case "roles" -> participants(g, f) && roles(g, f);
            case "place" -> g.places().isEmpty() ? f.place().isEmpty() : anyEqual(g.places(), f.place());
            case "date" -> g.dates().isEmpty() ? f.date() == null : f.date() != null && anyEqual(g.dates(), List.of(day(f.date())));
            case "status" -> g.planned() == f.planned();
            default -> throw new IllegalArgumentException("unknown field " + field);
        };
    }

    public static boolean allRight(GoldEvent g, FoundEvent f) {
        return FIELDS.stream().allMatch(field -> right(field, g, f));
    }

    /** The per-type row of an event: its class, and for the generic class its CAMEO root too ("Event/11"). */
    static String typeKey(String type, String root) {
        return type.equals("Event") && root != null ? type + "/" + root : type;
    }

    /** Every gold participant is found, and every found participant is a gold one. */
    static boolean participants(GoldEvent g, FoundEvent f) {
        return g.actors().stream().allMatch(a -> f.actors().stream().anyMatch(x -> same(a, x)))
                && f.actors().stream().allMatch(x -> g.actors().stream().anyMatch(a -> same(a, x)));
    }

    /** Each actor the gold marks as source or target is found in that role. */
    static boolean roles(GoldEvent g, FoundEvent f) {
        for (GoldEvent.Actor a : g.actors()) {
            Set<String> wanted = switch (a.role()) {
                case SOURCE -> SOURCE_ROLES;
                case TARGET -> TARGET_ROLES;
                case UNMARKED -> null;
            };
            if (wanted != null && f.actors().stream().noneMatch(x -> same(a, x) && wanted.contains(x.role()))) {
                return false;
            }
        }
        return true;
    }

    static boolean same(GoldEvent.Actor a, FoundEvent.Actor x) {
        return anyEqual(a.names(), x.names());
    }

    static boolean anyEqual(Collection<String> gold, Collection<String> found) {
        return gold.stream().map(EventFields::key).anyMatch(k -> found.stream().map(EventFields::key).anyMatch(k::equals));
    }

    /** The matching form of a name or value: normalized words, without a leading "the". */
    static String key(String s) {
        String k = NameKey.key(NameKey.split(s));
        return k.startsWith("the ") ? k.substring(4) : k;
    }

    /** A TIMEX3 value without its time of day: "2005-11-16TEV" → "2005-11-16". */
    static String day(String value) {
        int t = value.indexOf('T');
        return t > 0 && Character.isDigit(value.charAt(t - 1)) ? value.substring(0, t) : value;
    }
}
