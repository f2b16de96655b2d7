package org.newskg.eval;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One event of an event gold file ({@code gold.tsv}): the story it is told in, the words that tell it (one
 * or more tellings, each copied from the story), and the fields a reader expects. Alternatives ("Harbour Hall" or
 * "Port Elise") are kept as lists; an empty list stands for the gold file's {@code -} (nothing stated). Immutable.
 *
 * @param where        {@code FILE:LINE} of the gold line, for messages
 * @param story        the story file
 * @param tellings     exact words of the story telling the event, the main telling first
 * @param types        accepted newskg classes ("Meeting", or "Summit" and "Meeting")
 * @param cameo        the CAMEO code ("041", "19")
 * @param actors       the participants
 * @param places       accepted places, empty for none
 * @param dates        accepted ISO / TIMEX3 values, empty for none
 * @param planned      true for a planned event, false for one that happened
 */
public record GoldEvent(String where, Path story, List<String> tellings, List<String> types, String cameo,
                        List<Actor> actors, List<String> places, List<String> dates, boolean planned) {

    /** A participant: accepted names (labels or QIDs) and its direction, when the gold marks one. */
    public record Actor(List<String> names, Role role) {

        public Actor {
            names = List.copyOf(names);
            Objects.requireNonNull(role, "role");
            if (names.isEmpty()) {
                throw new IllegalArgumentException("an actor needs a name");
            }
        }
    }

    /** The CAMEO direction of an actor: who acts ({@code src:}) and who is acted on ({@code tgt:}). */
    public enum Role { SOURCE, TARGET, UNMARKED }

    public GoldEvent {
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(story, "story");
        tellings = List.copyOf(tellings);
        types = List.copyOf(types);
        actors = List.copyOf(actors);
        places = List.copyOf(places);
        dates = List.copyOf(dates);
        if (tellings.isEmpty() || types.isEmpty()) {
            throw new IllegalArgumentException(where + ": an event needs a telling and a type");
        }
        if (!cameo.matches("[0-9]{2,4}")) {
            throw new IllegalArgumentException(where + ": bad CAMEO code '" + cameo + "'");
        }
    }

    /** The CAMEO root class: the first two digits ("04" for "041"). */
    public String root() {
        return cameo.substring(0, 2);
    }

    /** The type the event is counted under in the per-type rows: its first class, with the root for generic events. */
    public String typeKey() {
        return EventFields.typeKey(types.get(0), root());
    }
}
