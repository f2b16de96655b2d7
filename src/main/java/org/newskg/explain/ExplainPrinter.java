package org.newskg.explain;

import java.io.PrintWriter;
import java.util.List;
import java.util.Objects;

/**
 * Prints an explanation for people: article by article, each fact with its rule, its evidence sentences
 * with offsets, and where its date came from.
 *
 * <pre>{@code
 * new ExplainPrinter(out).print("nkg:talkedWith ...", facts);
 * }</pre>
 * Not thread-safe (it writes to one writer).
 */
public final class ExplainPrinter {

    private final PrintWriter out;

    public ExplainPrinter(PrintWriter out) {
        this.out = out;
    }

    public void print(String what, List<Fact> facts) {
        long articles = facts.stream().map(Fact::graph).distinct().count();
        out.println(what);
        out.println("  supported by " + facts.size() + (facts.size() == 1 ? " fact" : " facts") + " in " + articles
                + (articles == 1 ? " article" : " articles"));
        String graph = null;
        for (Fact f : facts) {
            if (!Objects.equals(graph, f.graph())) {
                graph = f.graph();
                out.println();
                out.println("Article <" + (f.article() == null ? f.graph() : f.article()) + ">"
                        + (f.headline() == null ? "" : " \"" + f.headline() + "\""));
            }
            out.println("  " + (f.type().isEmpty() ? "node" : f.type()) + " <" + f.node() + ">");
            if (f.rule() != null) {
                out.println("    rule: " + f.rule() + (f.confidence() == null ? "" : "   confidence: " + number(f.confidence())));
            }
            for (Span s : f.evidence()) {
                printSpan("evidence", Objects.equals(s.rule(), f.rule()) ? withoutRule(s) : s);
            }
            if (f.kbSays() != null) {
                out.println("    knowledge base: " + f.kbSays());
            }
            if (f.date() != null) {
                out.println("    date: " + f.date() + (f.dateSource() == null ? "" : " from the expression"));
                if (f.dateSource() != null) {
                    printSpan("date expression", f.dateSource());
                }
            }
        }
        out.flush();
    }

    private static Span withoutRule(Span s) {
        return new Span(s.node(), s.begin(), s.end(), s.anchor(), s.sentenceIndex(), s.sentence(), s.sentenceBegin(), null);
    }

    /** "0.95e0" (the canonical xsd:double form) as people write it. */
    private static String number(String lexical) {
        try {
            return new java.math.BigDecimal(Double.parseDouble(lexical)).round(new java.math.MathContext(3))
                    .stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return lexical;
        }
    }

    private void printSpan(String label, Span s) {
        out.println("    " + label + " [" + s.begin() + ", " + s.end() + "): \"" + (s.anchor() == null ? "" : s.anchor()) + "\""
                + (s.rule() == null ? "" : "   rule: " + s.rule()));
        if (s.sentence() != null) {
            int end = s.sentenceBegin() < 0 ? -1 : s.sentenceBegin() + s.sentence().length();
            out.println("      sentence " + s.sentenceIndex() + " [" + s.sentenceBegin() + ", " + end + "): \""
                    + s.sentence() + "\"");
        }
    }
}
