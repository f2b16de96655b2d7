package org.newskg.nercorpus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newskg.eval.ConllSentence;

/**
 * A fixed train/dev/test split of a corpus by whole documents: document i (in file order) goes to dev
 * when i % 10 == 8, to test when i % 10 == 9, else to train. Keeping documents whole keeps an article's
 * repeated names in one part, so the test split says something about unseen documents.
 *
 * <pre>{@code
 * Map<String, List<ConllSentence>> parts = Split.byDocument(sentences);   // train, dev, test
 * }</pre>
 * Stateless and thread-safe.
 */
public final class Split {

    public static final List<String> PARTS = List.of("train", "dev", "test");

    private Split() {
    }

    public static Map<String, List<ConllSentence>> byDocument(List<ConllSentence> sentences) {
        Map<String, List<ConllSentence>> parts = new LinkedHashMap<>();
        PARTS.forEach(p -> parts.put(p, new ArrayList<>()));
        int doc = -1;
        for (ConllSentence s : sentences) {
            if (s.documentStart() || doc < 0) {
                doc++;
            }
            parts.get(doc % 10 == 8 ? "dev" : doc % 10 == 9 ? "test" : "train").add(s);
        }
        return parts;
    }
}
