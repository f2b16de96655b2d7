package org.newskg.export;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/**
 * Writes control characters (C0 but tab, newline and carriage return; DEL; C1) as escapes, because RDF4J's
 * writers put them in literals as they are: legal Turtle, but a trap for every line-based tool, terminal and
 * canonical N-Triples reader.
 *
 * <pre>{@code
 * Writer w = new ControlEscapingWriter(new OutputStreamWriter(out, UTF_8), ControlEscapingWriter.Style.UCHAR);
 * w.write("a\u0007b");   // writes a\\u0007b
 * }</pre>
 * Correct because the writers emit such characters only inside string literals (IRIs holding them are
 * refused by {@link TermCheck}, blank node ids are ASCII letters and digits), where the Turtle family and
 * JSON read {@code \\uXXXX} and XML reads {@code &#xXX;} as the same character. Not thread-safe.
 */
final class ControlEscapingWriter extends FilterWriter {

    /** How a character is escaped. */
    enum Style {
        /** {@code \\u0007}: Turtle, TriG, N-Triples, N-Quads and JSON strings. */
        UCHAR,
        /** {@code &#x7F;}: XML character references (C0 controls cannot be written in XML 1.0 at all). */
        XML
    }

    private final Style style;

    ControlEscapingWriter(Writer out, Style style) {
        super(out);
        this.style = style;
    }

    @Override
    public void write(int c) throws IOException {
        if (isControl((char) c)) {
            out.write(escape((char) c));
        } else {
            out.write(c);
        }
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
        int from = off;
        for (int i = off; i < off + len; i++) {
            if (isControl(buf[i])) {
                out.write(buf, from, i - from);
                out.write(escape(buf[i]));
                from = i + 1;
            }
        }
        out.write(buf, from, off + len - from);
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        write(s.toCharArray(), off, len);
    }

    private String escape(char c) {
        return style == Style.UCHAR ? String.format(Locale.ROOT, "\\u%04X", (int) c)
                : String.format(Locale.ROOT, "&#x%X;", (int) c);
    }

    private static boolean isControl(char c) {
        return c < ' ' && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F && c <= 0x9F;
    }
}
