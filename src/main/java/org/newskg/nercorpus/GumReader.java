package org.newskg.nercorpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import opennlp.tools.util.Span;
import org.newskg.NewsKgException;
import org.newskg.eval.ConllSentence;

/**
 * Reads GUM's CoNLL-U files (the {@code dep/} folder) as named-entity sentences. GUM marks every mention
 * (pronouns and common nouns too) in the MISC column as nested {@code Entity=(id-type-...-Identity}
 * brackets; a mention is taken as a name when it has a Wikipedia identity and its syntactic head (the
 * token whose head lies outside the mention) is a proper noun, the outermost such mention winning.
 * Leading determiners and punctuation are cut ("the United Nations" → "United Nations") as in CoNLL.
 * Types: person → PER, organization → ORG, place → LOC, event and object → MISC (others are left out).
 * Mentions holding a comma or a conjunction (lists, appositions) are not names themselves; a trailing
 * possessive is cut. A capitalized adjective outside any name with a nationality ending ("Brazilian",
 * "Dutch", "Thai") is MISC, the convention of the other corpora, which GUM does not annotate.
 *
 * <pre>{@code
 * Map<String, List<ConllSentence>> parts = GumReader.readSplits(Path.of("../shared/ner-data/gum"));
 * }</pre>
 * Stateless and thread-safe.
 */
public final class GumReader {

    /** Capitalized adjectives with the endings of nationality and religion words: "Kenyan", "Dutch", "Thai". */
    private static final java.util.regex.Pattern NATIONALITY =
            java.util.regex.Pattern.compile("\\p{Lu}\\p{Ll}+(an|ese|ish|ic|i|ch|ean)");

    private GumReader() {
    }

    /** train, dev and test as listed in {@code splits.md}; documents it does not list go to train. */
    public static Map<String, List<ConllSentence>> readSplits(Path gum) {
        Map<String, String> splitOf = splitsOf(gum.resolve("splits.md"));
        Map<String, List<ConllSentence>> parts = new LinkedHashMap<>();
        Split.PARTS.forEach(p -> parts.put(p, new ArrayList<>()));
        try (Stream<Path> files = Files.list(gum.resolve("dep"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".conllu")).sorted().toList()) {
                String doc = f.getFileName().toString().replace(".conllu", "");
                String split = splitOf.getOrDefault(doc, "train");
                if (parts.containsKey(split)) {
                    parts.get(split).addAll(read(Files.readAllLines(f, StandardCharsets.UTF_8), f.toString()));
                }
            }
        } catch (IOException e) {
            throw new NewsKgException("cannot read GUM folder " + gum + ": " + e.getMessage(), e);
        }
        return parts;
    }

    private static Map<String, String> splitsOf(Path splitsMd) {
        Map<String, String> out = new LinkedHashMap<>();
        String split = null;
        try {
            for (String line : Files.readAllLines(splitsMd, StandardCharsets.UTF_8)) {
                if (line.startsWith("## ")) {
                    split = line.substring(3).strip();
                } else if (split != null && line.strip().startsWith("* ")) {
                    out.put(line.strip().substring(2).strip(), split);
                }
            }
        } catch (IOException e) {
            throw new NewsKgException("cannot read " + splitsMd + ": " + e.getMessage(), e);
        }
        return out;
    }

    /** One document's lines; its first sentence starts the document. */
    static List<ConllSentence> read(List<String> lines, String name) {
        List<ConllSentence> out = new ArrayList<>();
        List<String[]> rows = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank()) {
                if (!rows.isEmpty()) {
                    out.add(sentence(rows, out.isEmpty()));
                    rows.clear();
                }
            } else if (!line.startsWith("#")) {
                String[] cols = line.split("\t");
                if (cols.length != 10) {
                    throw new NewsKgException(name + ": not a CoNLL-U line (10 tab-separated columns): '" + line + "'");
                }
                if (cols[0].matches("\\d+")) {
                    rows.add(cols);
                }
            }
        }
        if (!rows.isEmpty()) {
            out.add(sentence(rows, out.isEmpty()));
        }
        return out;
    }

    private record Mention(int start, int end, String type, boolean identified) {
    }

    private static ConllSentence sentence(List<String[]> rows, boolean docStart) {
        List<String> tokens = rows.stream().map(r -> r[1]).toList();
        List<Mention> mentions = mentions(rows);
        List<Span> names = new ArrayList<>();
        Set<Integer> taken = new HashSet<>();
        mentions.stream().sorted(Comparator.comparingInt((Mention m) -> m.end - m.start).reversed().thenComparingInt(m -> m.start))
                .forEach(m -> {
                    String type = conllType(m.type);
                    if (type == null || !m.identified || !headIsProperNoun(rows, m) || isList(rows, m)) {
                        return;
                    }
                    int s = m.start;
                    while (s < m.end && (rows.get(s)[3].equals("DET") || rows.get(s)[3].equals("PUNCT"))) {
                        s++;
                    }
                    int e = m.end;
                    while (e > s && (rows.get(e - 1)[3].equals("PUNCT") || rows.get(e - 1)[3].equals("PART"))) {
                        e--;
                    }
                    if (s < e && java.util.stream.IntStream.range(s, e).noneMatch(taken::contains)) {
                        java.util.stream.IntStream.range(s, e).forEach(taken::add);
                        names.add(new Span(s, e, type));
                    }
                });
        for (int i = 1; i < rows.size(); i++) {
            String w = rows.get(i)[1];
            if (!taken.contains(i) && rows.get(i)[3].equals("ADJ") && NATIONALITY.matcher(w).matches()) {
                names.add(new Span(i, i + 1, "MISC"));
            }
        }
        names.sort(Comparator.comparingInt(Span::getStart));
        return new ConllSentence(tokens, names, docStart);
    }

    /** The bracketed mentions of one sentence; one left open at the sentence end is dropped. */
    private static List<Mention> mentions(List<String[]> rows) {
        List<Mention> out = new ArrayList<>();
        Map<String, Deque<Object[]>> open = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            String entity = entityOf(rows.get(i)[9]);
            int p = 0;
            while (p < entity.length()) {
                char c = entity.charAt(p);
                if (c == '(') {
                    int q = p + 1;
                    while (q < entity.length() && entity.charAt(q) != '(' && entity.charAt(q) != ')') {
                        q++;
                    }
                    String[] f = entity.substring(p + 1, q).split("-", 8);
                    open.computeIfAbsent(f[0], k -> new ArrayDeque<>())
                            .push(new Object[] {i, f.length > 1 ? f[1] : "", f.length == 8 && !f[7].isBlank()});
                    if (q < entity.length() && entity.charAt(q) == ')') {
                        close(open, f[0], i, out);
                        q++;
                    }
                    p = q;
                } else {
                    int q = entity.indexOf(')', p);
                    if (q < 0) {
                        break;
                    }
                    String id = entity.substring(p, q);
                    close(open, id, i, out);
                    p = q + 1;
                }
            }
        }
        return out;
    }

    private static void close(Map<String, Deque<Object[]>> open, String id, int last, List<Mention> out) {
        Deque<Object[]> stack = open.get(id);
        if (stack != null && !stack.isEmpty()) {
            Object[] o = stack.pop();
            out.add(new Mention((Integer) o[0], last + 1, (String) o[1], (Boolean) o[2]));
        }
    }

    private static String entityOf(String misc) {
        for (String part : misc.split("\\|")) {
            if (part.startsWith("Entity=")) {
                return part.substring("Entity=".length());
            }
        }
        return "";
    }

    /** "X, Y and Z" or "X, the capital of Y": a coordination or apposition is not one name. */
    private static boolean isList(List<String[]> rows, Mention m) {
        for (int i = m.start; i < m.end; i++) {
            if (rows.get(i)[1].equals(",") || rows.get(i)[3].equals("CCONJ")) {
                return true;
            }
        }
        return false;
    }

    private static boolean headIsProperNoun(List<String[]> rows, Mention m) {
        for (int i = m.start; i < m.end; i++) {
            String head = rows.get(i)[6];
            int h = head.matches("\\d+") ? Integer.parseInt(head) - 1 : -1;
            if (h < m.start || h >= m.end) {
                return rows.get(i)[3].equals("PROPN");
            }
        }
        return false;
    }

    private static String conllType(String gumType) {
        return switch (gumType) {
            case "person" -> "PER";
            case "organization" -> "ORG";
            case "place" -> "LOC";
            case "event", "object" -> "MISC";
            default -> null;
        };
    }
}
