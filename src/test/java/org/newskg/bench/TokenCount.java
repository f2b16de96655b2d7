package org.newskg.bench;

import java.nio.file.Path;
import org.newskg.ingest.Article;
import org.newskg.ingest.ArticleLoader;
import org.newskg.ingest.InputFile;
import org.newskg.ingest.LoaderOptions;
import org.newskg.nlp.NlpAnnotator;
import org.newskg.nlp.NlpModels;

/**
 * Prints how many tokens the NLP annotator finds in the articles of the files given, as {@code kg ingest} reads
 * them: the unit of the tokens/s figures. Not a test: run by bench/ingest-bench.sh (via bench/java-bench.sh).
 */
public final class TokenCount {

    private TokenCount() {
    }

    public static void main(String[] args) {
        Path home = Path.of(args[0]);
        ArticleLoader loader = new ArticleLoader(LoaderOptions.defaults(home.resolve("data")));
        NlpAnnotator annotator = NlpModels.load().newAnnotator();
        long tokens = 0;
        for (int i = 1; i < args.length; i++) {
            for (Article a : loader.load(InputFile.of(Path.of(args[i])), null).articles()) {
                tokens += annotator.annotate(a).tokenCount();
            }
        }
        System.out.println(tokens);
    }
}
