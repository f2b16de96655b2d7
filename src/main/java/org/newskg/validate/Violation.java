package org.newskg.validate;

import java.util.Objects;

/**
 * One SHACL result, in words: which node of which article graph broke which shape, and why. Immutable.
 *
 * @param graph    the article graph IRI, or null for a graph validated on its own
 * @param focus    the node that violates (IRI or blank node label)
 * @param path     the property path, or null for a node-level constraint
 * @param message  the shape's message
 * @param severity Violation, Warning or Info
 * @param value    the offending value, or null
 */
public record Violation(String graph, String focus, String path, String message, String severity, String value) {

    public Violation {
        Objects.requireNonNull(focus, "focus");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(severity, "severity");
    }

    /** One line for people: {@code <focus> path: message (value: v)}. */
    public String describe() {
        return "<" + focus + ">" + (path == null ? "" : " " + path) + ": " + message
                + (value == null ? "" : " (value: " + value + ")");
    }
}
