package org.newskg.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Spliterators;
import java.util.stream.StreamSupport;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.input.PortableDataStream;
import org.newskg.ingest.Article;
import org.newskg.ingest.ArticleLoader;
import org.newskg.ingest.IngestProblem;
import org.newskg.ingest.LoadResult;
import org.newskg.ingest.LoaderOptions;
import org.newskg.pipeline.ArticleBuilder;
import org.newskg.pipeline.BuiltArticle;
import org.newskg.pipeline.Resources;
import org.newskg.rdf.ArticleGraphWriter;
import org.newskg.rdf.Iris;
import org.newskg.rdf.NQuadsText;
import org.newskg.validate.ArticleValidator;
import scala.Tuple2;

/**
 * The work of one Spark partition: reads its input files with the loaders of {@code kg ingest}, builds each
 * article's graph with the same {@link ArticleBuilder}, and returns it as N-Quads, or the problem met.
 *
 * <pre>{@code
 * JavaRDD<ArticleOutput> out = files.mapPartitions(new PartitionExtractor(settings, DuplicateFinder.find(files, settings)));
 * }</pre>
 * The models, knowledge base and shapes are loaded once per partition (a few seconds, against up to 128 MB of
 * articles that Spark packs into a partition of a large input), and only when the partition holds a file; files
 * are then read and built one at a time, so memory stays flat however large the partition. A bad input or article
 * becomes a problem output, never an exception: one article cannot fail the job; a duplicate is skipped with
 * {@code kg ingest}'s message. The function is immutable; each call owns what it loads.
 */
final class PartitionExtractor implements FlatMapFunction<Iterator<Tuple2<String, PortableDataStream>>, ArticleOutput> {

    private static final long serialVersionUID = 1L;

    private final JobSettings settings;
    private final HashMap<String, String> firstOf;

    /** {@code firstOf} maps the origin of each duplicate article to the origin of the first one (see {@link DuplicateFinder}). */
    PartitionExtractor(JobSettings settings, Map<String, String> firstOf) {
        this.settings = settings;
        this.firstOf = new HashMap<>(firstOf);
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
                .flatMap(file -> extract(HadoopInput.load(loader, file._1(), file._2()), builder).stream())
                .iterator();
    }

    private List<ArticleOutput> extract(LoadResult loaded, ArticleBuilder builder) {
        List<ArticleOutput> out = new ArrayList<>();
        loaded.problems().forEach(p -> out.add(problem(p)));
        for (Article article : loaded.articles()) {
            String first = firstOf.get(article.origin());
            out.add(first == null ? build(article, builder) : problem(IngestProblem.duplicate(article, first)));
        }
        return out;
    }

    private static ArticleOutput problem(IngestProblem p) {
        return ArticleOutput.problem(p.origin(), p.message());
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
}
