package org.newskg.spark;

import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.io.NullWritable;
import org.apache.hadoop.io.Text;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;
import org.newskg.ingest.InputScanner;
import scala.Tuple2;

/**
 * The Spark version of {@code kg ingest}: articles from any Hadoop path in, one N-Quads named graph per
 * article out, with the same loaders, extraction, IRIs and SHACL check, so loading the output gives the
 * store {@code kg ingest} would build (without its run log of ingest times).
 *
 * <pre>{@code
 * JobReport r = new IngestJob(sparkContext).run(settings);   // or IngestJob.runInNewContext(Map.of(), settings)
 * }</pre>
 * Directories are read recursively; hidden files (and Hadoop's {@code _}-files) and files whose extension says
 * they are no article are skipped, as {@code kg ingest} skips them in directories. The input is read in at
 * least as many partitions as Spark has cores (or as asked); each writes one {@code part-r-NNNNN.nq} file, and an
 * article's quads stay together in one file. Bad inputs and articles are reported in the {@link JobReport},
 * never fail the job; an article whose id an earlier input took is skipped as by {@code kg ingest} (a first pass
 * reads the files for their ids only). Runs on the driver; not thread-safe.
 */
public final class IngestJob {

    private final JavaSparkContext sc;

    public IngestJob(JavaSparkContext sc) {
        this.sc = sc;
    }

    /**
     * Runs the job in a Spark context of its own, closed at the end: spark-submit's settings ({@code local[*]}
     * without a master), then {@code sparkSettings} on top.
     */
    public static JobReport runInNewContext(Map<String, String> sparkSettings, JobSettings settings) {
        SparkConf conf = new SparkConf().setIfMissing("spark.master", "local[*]").setIfMissing("spark.app.name", "newskg ingest");
        sparkSettings.forEach(conf::set);
        try (JavaSparkContext context = new JavaSparkContext(conf)) {
            return new IngestJob(context).run(settings);
        }
    }

    public JobReport run(JobSettings settings) {
        Configuration hadoop = sc.hadoopConfiguration();
        hadoop.setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);
        int partitions = settings.minPartitions() > 0 ? settings.minPartitions() : sc.defaultParallelism();
        JavaPairRDD<String, PortableDataStream> found = sc.binaryFiles(settings.input(), partitions);
        if (found.getNumPartitions() < partitions) {
            // Spark packs up to 128 MB of files per partition: a corpus of a few MB would run on one core. Only
            // the file names move in this shuffle; each partition then reads its own files.
            found = found.repartition(partitions);
        }
        JavaPairRDD<String, PortableDataStream> files = found
                .filter(file -> !InputScanner.skippedInDirectory(HadoopInput.fileName(file._1())));
        JavaRDD<ArticleOutput> outputs = files.mapPartitions(new PartitionExtractor(settings, DuplicateFinder.find(files, settings)));

        CollectionAccumulator<String> problems = sc.sc().collectionAccumulator("newskg problems");
        LongAccumulator articles = sc.sc().longAccumulator("newskg articles");
        LongAccumulator quads = sc.sc().longAccumulator("newskg quads");
        outputs.filter(o -> {
            if (o.failed()) {
                problems.add(o.report());
                return false;
            }
            articles.add(1);
            quads.add(o.nquads().lines().count());
            return true;
        }).mapToPair(o -> new Tuple2<>(NullWritable.get(), new Text(o.nquads())))
                .saveAsNewAPIHadoopFile(settings.output(), NullWritable.class, Text.class, NQuadsOutputFormat.class, hadoop);
        // A task run twice (speculation, a lost executor) may report its problems twice: the same lines.
        List<String> lines = problems.value().stream().distinct().sorted().toList();
        return new JobReport(articles.value(), quads.value(), lines);
    }
}
