package org.newskg.nercorpus;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.newskg.NewsKgException;
import org.newskg.eval.ConllSentence;
import org.newskg.eval.IobTags;

/**
 * Writes sentences in newskg's training format: {@code token TAG} per line (one space, IOB2, PER/ORG/LOC/MISC),
 * a blank line after each sentence and a {@code -DOCSTART- O} line before each document. Whitespace
 * inside a token (rare in tweets) becomes {@code _} so that every line has exactly two columns.
 *
 * <pre>{@code
 * ConllWriter.write(Path.of("data/ner/wikigold/train.conll"), sentences);
 * }</pre>
 * Stateless and thread-safe.
 */
public final class ConllWriter {

    private ConllWriter() {
    }

    public static void write(Path file, List<ConllSentence> sentences) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                write(out, sentences);
            }
        } catch (IOException e) {
            throw new NewsKgException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    static void write(Writer out, List<ConllSentence> sentences) throws IOException {
        for (ConllSentence s : sentences) {
            if (s.documentStart()) {
                out.write("-DOCSTART- O\n\n");
            }
            String[] tags = IobTags.tags(s.tokens().size(), s.names());
            for (int i = 0; i < tags.length; i++) {
                out.write(s.tokens().get(i).replaceAll("\\s", "_"));
                out.write(' ');
                out.write(tags[i]);
                out.write('\n');
            }
            out.write('\n');
        }
    }
}
