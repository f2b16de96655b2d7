package org.newskg.export;

import java.util.List;
import java.util.Locale;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.newskg.NewsKgException;

/**
 * Refuses, before a byte is written, statements a syntax cannot carry: XML 1.0 has no way to write most control
 * characters, even as character references, and no syntax can write half a surrogate pair in UTF-8.
 *
 * <pre>{@code
 * TermCheck.requireWritable(statements, ExportFormat.RDFXML);   // throws NewsKgException naming the term
 * }</pre>
 * Stateless and thread-safe.
 */
final class TermCheck {

    /** Characters an IRI never holds (RFC 3987): a writer would put them between angle brackets as they are. */
    private static final String NOT_IN_IRI = "<>\"{}|^`\\";

    private TermCheck() {
    }

    static void requireWritable(List<Statement> statements, ExportFormat format) {
        for (Statement st : statements) {
            check(st, st.getSubject(), format);
            check(st, st.getPredicate(), format);
            check(st, st.getObject(), format);
            if (st.getContext() != null) {
                check(st, st.getContext(), format);
            }
        }
    }

    private static void check(Statement st, Value v, ExportFormat format) {
        String s = v.stringValue();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String why = null;
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                why = "half a surrogate pair, which no UTF-8 file can hold";
            } else if (v.isIRI() && (c <= ' ' || NOT_IN_IRI.indexOf(c) >= 0)) {
                why = "a character no IRI may hold";
            } else if (format == ExportFormat.RDFXML && (c < ' ' && c != '\t' && c != '\n' && c != '\r' || c == '\uFFFE' || c == '\uFFFF')) {
                why = "a character XML 1.0 cannot carry (write turtle, trig, ntriples, nquads or jsonld, which escape it)";
            }
            if (why != null) {
                throw new NewsKgException(String.format(Locale.ROOT, "cannot write %s: <%s> <%s> holds U+%04X, %s",
                        format.name().toLowerCase(Locale.ROOT), st.getSubject().stringValue(), st.getPredicate().stringValue(),
                        (int) c, why));
            }
        }
    }
}
