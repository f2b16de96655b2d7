package org.newskg.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import opennlp.tools.util.Span;

/**
 * Scores a name finder against CoNLL gold data with the CoNLL convention: a name counts only when its
 * token span and its type are both exactly right.
 *
 * <pre>{@code
 * NerEvaluator.Result r = NerEvaluator.evaluate(ConllReader.read(file), finder);
 * r.table().print(out);
 * }</pre>
 * Stateless and thread-safe (the finder need not be).
 */
public final class NerEvaluator {

    /** The scores, the number of tokens and the time the finder took. */
    public record Result(EvalTable table, long tokens, long nanos) {

        public double tokensPerSecond() {
            return nanos == 0 ? 0 : tokens * 1e9 / nanos;
        }
    }

    private NerEvaluator() {
    }

    public static Result evaluate(List<ConllSentence> gold, DocumentNameFinder finder) {
        EvalTable table = new EvalTable();
        long tokens = 0;
        long nanos = 0;
        for (List<ConllSentence> doc : documents(gold)) {
            List<String[]> sentences = doc.stream().map(ConllSentence::tokenArray).toList();
            long t0 = System.nanoTime();
            List<Span[]> found = finder.find(sentences);
            nanos += System.nanoTime() - t0;
            for (int i = 0; i < doc.size(); i++) {
                score(doc.get(i).names(), List.of(found.get(i)), table);
                tokens += doc.get(i).tokens().size();
            }
        }
        return new Result(table, tokens, nanos);
    }

    static void score(List<Span> gold, List<Span> found, EvalTable table) {
        Set<Span> goldSet = new HashSet<>(gold);
        Set<Span> matched = new HashSet<>();
        for (Span f : new HashSet<>(found)) {
            if (goldSet.contains(f)) {
                matched.add(f);
                table.add(f.getType(), new Prf(1, 0, 0));
            } else {
                table.add(f.getType(), new Prf(0, 1, 0));
            }
        }
        for (Span g : goldSet) {
            if (!matched.contains(g)) {
                table.add(g.getType(), new Prf(0, 0, 1));
            }
        }
    }

    /** Splits at -DOCSTART- marks; a file without them is one document. */
    static List<List<ConllSentence>> documents(List<ConllSentence> sentences) {
        List<List<ConllSentence>> docs = new ArrayList<>();
        List<ConllSentence> current = new ArrayList<>();
        for (ConllSentence s : sentences) {
            if (s.documentStart() && !current.isEmpty()) {
                docs.add(current);
                current = new ArrayList<>();
            }
            current.add(s);
        }
        if (!current.isEmpty()) {
            docs.add(current);
        }
        return docs;
    }
}
