package org.newskg.spark;

import java.util.List;

/**
 * What a run of the Spark job did: how many article graphs it wrote, and the inputs it could not turn into one.
 *
 * <pre>{@code
 * JobReport r = new IngestJob(sc).run(settings);
 * r.problems().forEach(System.err::println);   // "hdfs:///news/b.txt: empty input, no article"
 * }</pre>
 * Immutable and thread-safe.
 *
 * @param articles how many article graphs were written
 * @param quads    how many quads they hold
 * @param problems one line per bad input or article ("ORIGIN: MESSAGE"), sorted
 */
public record JobReport(long articles, long quads, List<String> problems) {

    public JobReport {
        problems = List.copyOf(problems);
    }
}
