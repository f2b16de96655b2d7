package org.newskg;

/**
 * The one unchecked exception root of newskg. Checked exceptions are wrapped at I/O edges
 * with their cause kept, so callers never tunnel checked exceptions through lambdas.
 */
public class NewsKgException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NewsKgException(String message) {
        super(message);
    }

    public NewsKgException(String message, Throwable cause) {
        super(message, cause);
    }
}
