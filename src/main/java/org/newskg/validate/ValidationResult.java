package org.newskg.validate;

import java.util.List;
import java.util.Objects;
import org.apache.jena.graph.Graph;

/**
 * The outcome of validating one graph or a whole store: the violations in a stable order, and the W3C
 * SHACL validation report graph, and how many graphs were checked. Immutable (the report graph is not to be changed by callers).
 */
public record ValidationResult(List<Violation> violations, Graph report, int graphs) {

    public ValidationResult {
        violations = List.copyOf(violations);
        Objects.requireNonNull(report, "report");
    }

    public boolean conforms() {
        return violations.isEmpty();
    }
}
