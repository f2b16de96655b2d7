package org.newskg.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import opennlp.tools.util.Span;
import org.newskg.NewsKgException;

/**
 * Reads CoNLL-2003-style named-entity files: one token per line, its tag in the last column, blank lines
 * between sentences, {@code -DOCSTART-} lines between documents. Tags may be IOB1 (the original CoNLL-2003:
 * "I-" starts a name unless it continues one of the same type) or IOB2 ("B-" always starts one); types
 * are mapped to PER, ORG, LOC and MISC.
 *
 * <pre>{@code
 * List<ConllSentence> gold = ConllReader.read(Path.of("eng.testb"));
 * }</pre>
 * Stateless and thread-safe.
 */
public final class ConllReader {

    private static final Pattern TAG = Pattern.compile("O|[BI]-\\S+");

    private ConllReader() {
    }

    public static List<ConllSentence> read(Path file) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new NewsKgException("cannot read CoNLL file " + file + ": " + e.getMessage(), e);
        }
    }

    static List<ConllSentence> read(BufferedReader in, String name) throws IOException {
        List<ConllSentence> out = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        boolean docStart = false;
        int lineNo = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            lineNo++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("-DOCSTART-")) {
                if (!tokens.isEmpty()) {
                    out.add(new ConllSentence(tokens, spans(tags, name, lineNo), docStart));
                    docStart = false;
                    tokens.clear();
                    tags.clear();
                }
                docStart |= trimmed.startsWith("-DOCSTART-");
                continue;
            }
            String[] cols = trimmed.split("\\s+");
            if (cols.length < 2) {
                throw new NewsKgException(name + ":" + lineNo + ": expected a token and a tag, got '" + trimmed + "'");
            }
            String tag = cols[cols.length - 1];
            if (!TAG.matcher(tag).matches()) {
                throw new NewsKgException(name + ":" + lineNo + ": tag '" + tag
                        + "' (last column) is neither O nor B-TYPE/I-TYPE: '" + trimmed + "'");
            }
            tokens.add(cols[0]);
            tags.add(tag);
        }
        if (!tokens.isEmpty()) {
            out.add(new ConllSentence(tokens, spans(tags, name, lineNo), docStart));
        }
        return out;
    }

    private static List<Span> spans(List<String> tags, String name, int lineNo) {
        return IobTags.spans(tags, name, lineNo);
    }

    static String normalizeType(String type) {
        return IobTags.normalizeType(type);
    }
}
