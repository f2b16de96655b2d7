package org.newskg.spark;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.newskg.ingest.Format;

/**
 * What one run of the Spark job reads, writes and uses; travels with the job to every executor.
 *
 * <pre>{@code
 * JobSettings s = new JobSettings("hdfs:///news/2024", "hdfs:///kg/2024-nq", "data", List.of(), true,
 *         LoaderOptions.DEFAULT_MAX_BYTES, null, 0);   // as spark-submit ... INPUT OUTPUT --data data
 * }</pre>
 * Immutable and thread-safe.
 *
 * @param input         a Hadoop path or glob (file:, hdfs:, s3a:...); directories are read recursively
 * @param output        the directory to create for the N-Quads files; it must not exist
 * @param dataDir       the newskg data directory as every executor sees it (a local path on each machine)
 * @param nerModels     name finder models replacing the data directory's default, as executors see them
 * @param validate      whether article graphs are checked against the SHACL shapes (violating ones are refused)
 * @param maxBytes      larger input files are reported, not read
 * @param format        the format to assume for every input, or null to detect it per file
 * @param minPartitions at least this many input partitions (0: Spark's default parallelism, its cores)
 */
public record JobSettings(String input, String output, String dataDir, List<String> nerModels, boolean validate,
                          long maxBytes, Format format, int minPartitions) implements Serializable {

    private static final long serialVersionUID = 1L;

    public JobSettings {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(dataDir, "dataDir");
        nerModels = List.copyOf(nerModels);
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be at least 1, got " + maxBytes);
        }
        if (minPartitions < 0) {
            throw new IllegalArgumentException("minPartitions must not be negative, got " + minPartitions);
        }
    }
}
