package org.newskg.spark;

import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterators;
import java.util.stream.StreamSupport;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.input.PortableDataStream;
import org.newskg.ingest.Article;
import org.newskg.ingest.ArticleLoader;
import org.newskg.ingest.LoadResult;
import org.newskg.ingest.LoaderOptions;
import org.newskg.pipeline.ArticleBuilder;
import org.newskg.pipeline.BuiltArticle;
import org.newskg.pipeline.Resources;
import org.newskg.rdf.ArticleGraphWriter;
import org.newskg.rdf.Iris;
import org.newskg.validate.ArticleValidator;
import scala.Tuple2;

/**
 * The work of one Spark partition: reads its input files with the loaders of {@code kg ingest}, builds each
 * article's graph with the same {@link ArticleBuilder}, and returns it as N-Quads, or the problem met.
 *
 * <pre>{@code
 * JavaRDD<ArticleOutput> out = sc.binaryFiles(input).mapPartitions(new PartitionExtractor(settings));
 * }</pre>
 * The models, knowledge base and shapes are loaded once per partition (a few seconds, against up to 128 MB of
 * articles that Spark packs into a partition of a large input), and only when the partition holds a file; files are then read and built one at a time, so memory
 * stays flat however large the partition. A bad input or article becomes a problem output, never an
 * exception: one article cannot fail the job. The function is immutable; each call owns what it loads.
 */
final class PartitionExtractor implements FlatMapFunction<Iterator<Tuple2<String, PortableDataStream>>, ArticleOutput> {

    private static final long serialVersionUID = 1L;

    private final JobSettings settings;

    PartitionExtractor(JobSettings settings) {
        this.settings = settings;
    }

    @Override
    public Iterator<ArticleOutput> call(Iterator<Tuple2<String, PortableDataStream>> files) {
        if (!files.hasNext()) {
            return Collections.emptyIterator();
        }
        Path data = Path.of(settings.dataDir());
        ArticleLoader loader = new ArticleLoader(new LoaderOptions(settings.maxBytes(), settings.format(), data));
        Resources resources = Resources.load(data, settings.nerModels().stream().map(Path::of).toList());
        ArticleBuilder builder = new ArticleBuilder(resources.newPipeline(), ArticleGraphWriter.load(data),
                settings.validate() ? ArticleValidator.load() : null);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(files, 0), false)
                .flatMap(file -> extract(file._1(), file._2(), loader, builder).stream())
                .iterator();
    }

    private static List<ArticleOutput> extract(String uri, PortableDataStream stream, ArticleLoader loader,
                                               ArticleBuilder builder) {
        LoadResult loaded;
        try (DataInputStream in = stream.open()) {
            loaded = loader.load(uri, fileName(uri), in);
        } catch (IOException | RuntimeException e) {
            return List.of(ArticleOutput.problem(uri, "cannot read: " + e.getMessage()));
        }
        List<ArticleOutput> out = new ArrayList<>();
        loaded.problems().forEach(p -> out.add(ArticleOutput.problem(p.origin(), p.message())));
        for (Article article : loaded.articles()) {
            out.add(build(article, builder));
        }
        return out;
    }

    private static ArticleOutput build(Article article, ArticleBuilder builder) {
        BuiltArticle built;
        try {
            built = builder.build(article);
        } catch (RuntimeException e) {
            // kg ingest would stop on such a bug; here a retry would meet it again and end a long job.
            return ArticleOutput.problem(article.origin(), "not ingested: " + e);
        }
        if (built.failed()) {
            return ArticleOutput.problem(article.origin(), built.problem());
        }
        if (!built.conforms()) {
            return ArticleOutput.problem(article.origin(), built.refusal());
        }
        return ArticleOutput.quads(article.origin(), NQuadsText.of(Iris.graph(article.id()), built.graph()));
    }

    /** The last segment of a Hadoop path URI ("hdfs://nn/news/a.html" → "a.html"). */
    static String fileName(String uri) {
        return uri.substring(uri.lastIndexOf('/') + 1);
    }
}
