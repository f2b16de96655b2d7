package org.newskg.query;

import java.util.Locale;

/** How {@link QueryRunner} writes SELECT and ASK results; CONSTRUCT and DESCRIBE always give Turtle. */
public enum ResultFormat {
    /** An aligned text table for people. */
    TABLE,
    /** W3C SPARQL 1.1 Query Results CSV. */
    CSV,
    /** W3C SPARQL 1.1 Query Results TSV. */
    TSV,
    /** W3C SPARQL 1.1 Query Results JSON. */
    JSON;

    /** Parses a format name as given on the command line ("csv", "JSON"). */
    public static ResultFormat parse(String s) {
        try {
            return valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown result format '" + s + "' (expected table, csv, tsv or json)", e);
        }
    }
}
