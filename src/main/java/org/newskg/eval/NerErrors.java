package org.newskg.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import opennlp.tools.util.Span;

/**
 * The names a finder got wrong, for reading: each gold name it missed and each name it found that is not
 * gold (a wrong span or type counts as both), in file order, e.g. {@code missed ORG  Zorvex Logistics}.
 *
 * <pre>{@code
 * List<String> lines = NerErrors.describe(gold, foundPerSentence);
 * }</pre>
 * Stateless and thread-safe.
 */
public final class NerErrors {

    private NerErrors() {
    }

    /** @param found the finder's spans for each gold sentence, in the same order */
    public static List<String> describe(List<ConllSentence> gold, List<Span[]> found) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            ConllSentence s = gold.get(i);
            Set<Span> g = new HashSet<>(s.names());
            Set<Span> f = i < found.size() ? new HashSet<>(List.of(found.get(i))) : Set.of();
            s.names().stream().filter(n -> !f.contains(n)).forEach(n -> out.add(line("missed", n, s)));
            f.stream().filter(n -> !g.contains(n)).sorted().forEach(n -> out.add(line("wrong ", n, s)));
        }
        return out;
    }

    private static String line(String kind, Span span, ConllSentence s) {
        return kind + " " + String.format("%-4s", span.getType()) + " "
                + String.join(" ", s.tokens().subList(span.getStart(), span.getEnd()));
    }
}
