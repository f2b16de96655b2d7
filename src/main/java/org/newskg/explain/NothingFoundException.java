package org.newskg.explain;

import org.newskg.NewsKgException;

/**
 * A term that names nothing in the store: the same answer as "nothing supports it", so {@code kg explain}
 * gives it the same exit code. Immutable.
 */
public final class NothingFoundException extends NewsKgException {

    private static final long serialVersionUID = 1L;

    public NothingFoundException(String message) {
        super(message);
    }
}
