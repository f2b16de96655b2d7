package org.newskg.validate;

import java.util.List;
import java.util.Objects;
import org.apache.jena.graph.Graph;

/**
 * The outcome of validating one graph or a whole store: all results (violations and warnings) in a stable
 * order, and the W3C
 * SHACL validation report graph, and how many graphs were checked. Immutable (the report graph is not to be changed by callers).
 */
public record ValidationResult(List<Violation> violations, Graph report, int graphs) {

    public ValidationResult {
        violations = List.copyOf(violations);
        Objects.requireNonNull(report, "report");
    }

    /** True when no result has severity Violation (warnings and infos are reported, not refused). */
    public boolean conforms() {
        return violations.stream().noneMatch(Violation::isViolation);
    }

    /** The results of severity Violation. */
    public List<Violation> errors() {
        return violations.stream().filter(Violation::isViolation).toList();
    }
}
