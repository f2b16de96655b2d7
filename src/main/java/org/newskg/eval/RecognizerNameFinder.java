package org.newskg.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.util.Span;
import org.newskg.extract.EntityMention;
import org.newskg.extract.entity.EntityRecognizer;
import org.newskg.ingest.Article;
import org.newskg.kb.EntityType;
import org.newskg.nlp.AnnotatedText;
import org.newskg.nlp.NlpAnnotator;

/**
 * Runs newskg's {@link EntityRecognizer} on gold-tokenized documents, as {@code kg eval ner} does: the
 * tokens are kept (only tags and lemmas are computed), mentions are mapped back to token spans and their
 * types to CoNLL's: Person → PER, Organization → ORG, places → LOC, nationality words, named events,
 * laws and works → MISC. A mention that starts or ends inside a gold token ("China" in "China-Russia") is left out,
 * since it cannot match a gold name exactly.
 *
 * <pre>{@code
 * DocumentNameFinder f = new RecognizerNameFinder(resources.newAnnotator(), resources.recognizer());
 * }</pre>
 * Not thread-safe (it owns an annotator).
 */
public final class RecognizerNameFinder implements DocumentNameFinder {

    private final NlpAnnotator annotator;
    private final EntityRecognizer recognizer;
    private final EntityRecognizer.ModelFinders nameFinders;

    public RecognizerNameFinder(NlpAnnotator annotator, EntityRecognizer recognizer) {
        this.annotator = annotator;
        this.recognizer = recognizer;
        this.nameFinders = recognizer.newFinders();
    }

    @Override
    public List<Span[]> find(List<String[]> sentences) {
        StringBuilder text = new StringBuilder();
        // Token i of sentence s starts at starts.get(key) and ends at ends.get(key): offsets back to tokens.
        Map<Integer, int[]> byBegin = new HashMap<>();
        Map<Integer, int[]> byEnd = new HashMap<>();
        for (int s = 0; s < sentences.size(); s++) {
            String[] tokens = sentences.get(s);
            for (int i = 0; i < tokens.length; i++) {
                if (i > 0) {
                    text.append(' ');
                }
                byBegin.put(text.length(), new int[] {s, i});
                text.append(tokens[i]);
                byEnd.put(text.length(), new int[] {s, i + 1});
            }
            text.append('\n');
        }
        List<List<Span>> found = new ArrayList<>();
        sentences.forEach(s -> found.add(new ArrayList<>()));
        if (!text.toString().isBlank()) {
            Article article = new Article("conll", null, null, null, null, null, null, "en", text.toString(), "conll");
            AnnotatedText annotated = annotator.annotateTokens(article, sentences);
            for (EntityMention m : recognizer.find(annotated, nameFinders)) {
                int[] b = byBegin.get(m.begin());
                int[] e = byEnd.get(m.end());
                if (b != null && e != null && b[0] == e[0]) {
                    found.get(b[0]).add(new Span(b[1], e[1], conllType(m)));
                }
            }
        }
        return found.stream().map(l -> l.toArray(Span[]::new)).toList();
    }

    /** CoNLL-2003 tags nationality adjectives ("Kenyan") and named events as MISC. */
    static String conllType(EntityMention m) {
        if (m.rule().equals("kb:demonym")) {
            return "MISC";
        }
        return switch (m.type().root()) {
            case PERSON -> "PER";
            case ORGANIZATION -> "ORG";
            case PLACE -> "LOC";
            default -> "MISC";
        };
    }
}
