package org.newskg.nlp;

import java.util.List;
import java.util.Optional;
import org.newskg.ingest.Article;

/** An article with its sentences, tokens, tags and lemmas. Immutable. */
public record AnnotatedText(Article article, List<Sentence> sentences) {

    public AnnotatedText {
        sentences = List.copyOf(sentences);
    }

    public String text() {
        return article.text();
    }

    /** The sentence holding a character offset, if any (offsets between sentences belong to none). */
    public Optional<Sentence> sentenceAt(int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (offset < s.begin()) {
                hi = mid - 1;
            } else if (offset >= s.end()) {
                lo = mid + 1;
            } else {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    public int tokenCount() {
        return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
    }
}
