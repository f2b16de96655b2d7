package org.newskg.eval;

import java.util.List;
import java.util.Objects;
import org.newskg.extract.Evidence;

/**
 * An event newskg found in a story, reduced to what {@code kg eval events} compares: class, CAMEO code,
 * where it was read, and its fields as names. Each participant and the place carry every name they may be
 * known by (mention text, canonical name, linked label, QID). Immutable.
 *
 * @param type     newskg class ("PhoneCall", "Event")
 * @param cameo    CAMEO code, or null when the class has none ("Summit")
 * @param evidence the tellings, as sentence index and trigger offsets
 * @param actors   the participants
 * @param place    names of the place, empty when none was found
 * @param date     the normalized date value, or null
 * @param status   "planned", "concluded", ... or null
 * @param label    the event's short label, for error listings
 */
public record FoundEvent(String type, String cameo, List<Evidence> evidence, List<Actor> actors, List<String> place,
                         String date, String status, String label) {

    /** A participant: the names it may be known by, and the role the extractor gave it ("agent", "host"...). */
    public record Actor(List<String> names, String role) {

        public Actor {
            names = List.copyOf(names);
            Objects.requireNonNull(role, "role");
        }
    }

    public FoundEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(label, "label");
        evidence = List.copyOf(evidence);
        actors = List.copyOf(actors);
        place = List.copyOf(place);
        if (evidence.isEmpty()) {
            throw new IllegalArgumentException("found event '" + label + "' has no evidence");
        }
    }

    /** The CAMEO root class ("04"), or null when the event has no code. */
    public String root() {
        return cameo == null || cameo.length() < 2 ? null : cameo.substring(0, 2);
    }

    public String typeKey() {
        return EventFields.typeKey(type, root());
    }

    public boolean planned() {
        return "planned".equals(status);
    }
}
