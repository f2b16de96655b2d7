package org.newskg.extract;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An event told by the article: a phone call, talks, a visit, a summit, an anniversary... The same event
 * told twice is one Event with two pieces of evidence (the first is the one its IRI is minted from).
 * Immutable.
 *
 * @param type         ontology class local name from the trigger lexicon ("PhoneCall", "Meeting", "Summit", ...)
 * @param label        a short human label ("phone call", "African Union summit")
 * @param evidence     trigger occurrences, in text order, never empty
 * @param participants who took part (people, organizations, countries), without duplicates
 * @param date         when, as precise as the text allows, or null
 * @param place        where, or null
 * @param host         who hosts it, or null
 * @param cameo        CAMEO interaction code such as "041" (discuss by telephone), or null
 * @param status       "concluded", "planned", ... or null when the text says nothing
 * @param rule         the lexicon entry or rule that produced it
 * @param confidence   in [0, 1]
 */
public record Event(String type, String label, List<Evidence> evidence, List<Participant> participants,
                    TimeMention date, EntityMention place, EntityMention host, String cameo, String status,
                    String rule, double confidence) {

    // Compiled once: String.matches compiles its regex at each call, and these run on hot paths (bench/README.md).
    private static final Pattern TYPE = Pattern.compile("[A-Z][A-Za-z]*");

    public Event {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(rule, "rule");
        evidence = List.copyOf(evidence);
        participants = List.copyOf(participants);
        if (evidence.isEmpty()) {
            throw new IllegalArgumentException("event '" + label + "' has no evidence");
        }
        if (!TYPE.matcher(type).matches()) {
            throw new IllegalArgumentException("event type must be an ontology class local name, got '" + type + "'");
        }
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence " + confidence + " of event '" + label + "' is not in [0, 1]");
        }
    }

    /** The evidence the event's identity is taken from. */
    public Evidence first() {
        return evidence.get(0);
    }
}
