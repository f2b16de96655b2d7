package org.newskg.spark;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.input.PortableDataStream;
import org.newskg.ingest.Article;
import org.newskg.ingest.ArticleLoader;
import org.newskg.ingest.LoaderOptions;
import scala.Tuple2;

/**
 * Finds the articles {@code kg ingest} would skip as duplicates: a later input whose article id (so graph) an
 * earlier one took, in ingest's order (files by path, records by position in their file). A first pass that only
 * parses the files, so that two copies of an article never write one graph twice.
 *
 * <pre>{@code
 * Map<String, String> firstOf = DuplicateFinder.find(files, settings);   // later origin → origin of the first one
 * }</pre>
 * Stateless; runs on the driver, its functions on the executors. Only the ids move between machines, and only
 * the duplicates come back to the driver.
 */
final class DuplicateFinder {

    private DuplicateFinder() {
    }

    /** Where an article was read: its file and position there, for the order, and its origin, for messages. */
    record Seen(String id, String uri, int index, String origin) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    static Map<String, String> find(JavaPairRDD<String, PortableDataStream> files, JobSettings settings) {
        return new HashMap<>(files.mapPartitions(partition -> seen(partition, settings))
                .mapToPair(s -> new Tuple2<>(s.id(), s))
                .groupByKey()
                .flatMapToPair(group -> laterToFirst(group._2()))
                .collectAsMap());
    }

    private static Iterator<Seen> seen(Iterator<Tuple2<String, PortableDataStream>> files, JobSettings settings) {
        ArticleLoader loader = new ArticleLoader(new LoaderOptions(settings.maxBytes(), settings.format(),
                Path.of(settings.dataDir())));
        List<Seen> out = new ArrayList<>();
        files.forEachRemaining(file -> {
            List<Article> articles = HadoopInput.load(loader, file._1(), file._2()).articles();
            for (int i = 0; i < articles.size(); i++) {
                out.add(new Seen(articles.get(i).id(), file._1(), i, articles.get(i).origin()));
            }
        });
        return out.iterator();
    }

    private static Iterator<Tuple2<String, String>> laterToFirst(Iterable<Seen> sameId) {
        List<Seen> all = new ArrayList<>();
        sameId.forEach(all::add);
        all.sort(Comparator.comparing(Seen::uri).thenComparingInt(Seen::index));
        String first = all.get(0).origin();
        return all.stream().skip(1).map(s -> new Tuple2<>(s.origin(), first)).iterator();
    }
}
