package org.newskg.serve;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;

/**
 * Fuseki's query operation, with at most {@code maxRows} rows per SELECT: a query without LIMIT, or with a larger
 * one, is answered as if it said {@code LIMIT maxRows}. So a page or script that asks for everything gets the
 * first rows instead of a response that runs out of memory on one side or the other.
 *
 * <pre>{@code
 * builder.registerOperation(Operation.Query, new LimitedQuery(10_000));
 * }</pre>
 * Thread-safe (immutable).
 */
final class LimitedQuery extends SPARQL_QueryDataset {

    private final int maxRows;

    LimitedQuery(int maxRows) {
        this.maxRows = maxRows;
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        if (query.isSelectType() && (!query.hasLimit() || query.getLimit() > maxRows)) {
            query.setLimit(maxRows);
        }
    }
}
