package org.newskg.nercorpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newskg.NewsKgException;
import org.newskg.eval.ConllSentence;
import org.newskg.eval.IobTags;

/**
 * Reads a Broad Twitter Corpus section ({@code token TAB tag}, IOB2, a blank line after each tweet); each
 * tweet is one document. Tokens that are only white space (a few emoji joiners and odd spaces) are
 * dropped, since no whitespace-separated format can hold them.
 *
 * <pre>{@code
 * List<ConllSentence> tweets = BtcReader.read(Path.of("btc/g.conll"));
 * }</pre>
 * Stateless and thread-safe.
 */
public final class BtcReader {

    private BtcReader() {
    }

    public static List<ConllSentence> read(Path file) {
        try {
            return read(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new NewsKgException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    static List<ConllSentence> read(List<String> lines, String name) {
        List<ConllSentence> out = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        for (int i = 0; i <= lines.size(); i++) {
            String line = i < lines.size() ? lines.get(i) : "";
            if (line.isEmpty()) {
                if (!tokens.isEmpty()) {
                    out.add(new ConllSentence(tokens, IobTags.spans(tags, name, i), true));
                    tokens.clear();
                    tags.clear();
                }
                continue;
            }
            int tab = line.lastIndexOf('\t');
            if (tab < 0) {
                throw new NewsKgException(name + ":" + (i + 1) + ": expected 'token TAB tag', got '" + line + "'");
            }
            String token = line.substring(0, tab).strip();
            if (!token.isEmpty() && !token.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c))) {
                tokens.add(token);
                tags.add(line.substring(tab + 1).strip());
            }
        }
        return out;
    }
}
