package org.newskg.spark;

import java.io.DataInputStream;
import java.io.IOException;
import org.apache.spark.input.PortableDataStream;
import org.newskg.ingest.ArticleLoader;
import org.newskg.ingest.LoadResult;

/**
 * Reads one file of a Hadoop file system (as Spark's {@code binaryFiles} hands it over) with newskg's loader.
 *
 * <pre>{@code
 * LoadResult r = HadoopInput.load(loader, "hdfs://nn/news/a.html", stream);   // format from ".html"
 * }</pre>
 * Stateless and thread-safe. An unreadable file is a problem of the result, never an exception.
 */
final class HadoopInput {

    private HadoopInput() {
    }

    static LoadResult load(ArticleLoader loader, String uri, PortableDataStream stream) {
        try (DataInputStream in = stream.open()) {
            return loader.load(uri, fileName(uri), in);
        } catch (IOException | RuntimeException e) {
            return LoadResult.problem(uri, "cannot read: " + e.getMessage());
        }
    }

    /** The last segment of a Hadoop path URI ("hdfs://nn/news/a.html" → "a.html"). */
    static String fileName(String uri) {
        return uri.substring(uri.lastIndexOf('/') + 1);
    }
}
