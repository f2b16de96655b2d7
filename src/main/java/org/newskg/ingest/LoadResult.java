package org.newskg.ingest;

import java.util.List;

/**
 * What one input yielded: zero or more articles, and the problems met on the way.
 *
 * <pre>{@code
 * LoadResult r = loader.load(InputFile.of(path), System.in);
 * r.articles().forEach(pipeline::process);  r.problems().forEach(System.err::println);
 * }</pre>
 * Immutable and thread-safe.
 *
 * @param articles the articles read, in input order
 * @param problems what could not be read (a problem does not always mean no article: a JSON Lines
 *                 file reports its bad lines and still yields the good ones)
 */
public record LoadResult(List<Article> articles, List<IngestProblem> problems) {

    public LoadResult {
        articles = List.copyOf(articles);
        problems = List.copyOf(problems);
    }

    public static LoadResult of(Article article) {
        return new LoadResult(List.of(article), List.of());
    }

    public static LoadResult problem(String origin, String message) {
        return new LoadResult(List.of(), List.of(new IngestProblem(origin, message)));
    }
}
