package org.newskg.cli;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.newskg.ingest.Article;
import org.newskg.ingest.IngestProblem;

/**
 * Notices an article whose id (so graph) an earlier input of the same run already took: two JSON Lines with
 * the same {@code url}, the same file under two names. The first one read is kept and the later one
 * skipped, reported with both origins, instead of silently replacing it.
 *
 * <pre>{@code
 * DuplicateArticles seen = new DuplicateArticles();
 * seen.check(article).ifPresent(problems::add);   // "feed.jsonl:7: duplicate of feed.jsonl:2 ..."
 * }</pre>
 * Not thread-safe: call it from the thread that reads the inputs, in input order.
 */
final class DuplicateArticles {

    private final Map<String, String> firstOrigin = new HashMap<>();
    private int count;

    /** A problem when {@code article}'s id was seen before in this run; the article is then not to be ingested. */
    Optional<IngestProblem> check(Article article) {
        String first = firstOrigin.putIfAbsent(article.id(), article.origin());
        if (first == null) {
            return Optional.empty();
        }
        count++;
        return Optional.of(IngestProblem.duplicate(article, first));
    }

    /** How many duplicates were skipped. */
    int count() {
        return count;
    }
}
