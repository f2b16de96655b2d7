package org.newskg.nercorpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.Span;
import org.newskg.NewsKgException;
import org.newskg.eval.ConllSentence;
import org.newskg.eval.IobTags;

/**
 * Reads Universal NER files (tab-separated {@code id token tag [flag annotator]}, IOB2, {@code # newdoc}
 * comment lines starting documents). Types become PER, ORG, LOC and MISC ({@code OTH}, mostly nationality
 * words); the stray {@code B-O} tags of the pre-release train split mean O.
 *
 * <pre>{@code
 * List<ConllSentence> train = UnerReader.read(Path.of("en_ewt-ud-train.iob2"));
 * }</pre>
 * Stateless and thread-safe.
 */
public final class UnerReader {

    private UnerReader() {
    }

    public static List<ConllSentence> read(Path file) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new NewsKgException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    static List<ConllSentence> read(BufferedReader in, String name) throws IOException {
        List<ConllSentence> out = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        boolean newDoc = false;
        int lineNo = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            lineNo++;
            if (line.startsWith("#")) {
                newDoc |= line.startsWith("# newdoc");
                continue;
            }
            if (line.isBlank()) {
                if (!tokens.isEmpty()) {
                    out.add(new ConllSentence(tokens, IobTags.spans(tags, name, lineNo), newDoc || out.isEmpty()));
                    newDoc = false;
                    tokens.clear();
                    tags.clear();
                }
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length < 3) {
                throw new NewsKgException(name + ":" + lineNo + ": expected id, token and tag separated by tabs, got '" + line + "'");
            }
            tokens.add(cols[1]);
            tags.add(cols[2].equals("B-O") || cols[2].equals("I-O") ? "O" : cols[2]);
        }
        if (!tokens.isEmpty()) {
            out.add(new ConllSentence(tokens, IobTags.spans(tags, name, lineNo), newDoc || out.isEmpty()));
        }
        return out;
    }
}
