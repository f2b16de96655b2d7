package org.newskg.kb;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.newskg.NewsKgException;

/**
 * The knowledge base: entities with Wikidata QIDs, read from {@code data/kb/entities.tsv}.
 *
 * <pre>{@code
 * KnowledgeBase kb = KnowledgeBase.load(dataDir);
 * List<KbEntry> us = kb.lookup("U.S.");          // United States, Q30
 * }</pre>
 * Immutable and thread-safe. Lookups try the exact label or alias first, then the normalized key
 * (see {@link NameKey}), which only matches when the case fits ("US" is the country, "us" is not).
 */
public final class KnowledgeBase {

    /** The file inside the data directory. */
    public static final String FILE = "kb/entities.tsv";
    private static final int COLUMNS = 7;

    private final Map<String, KbEntry> byQid;
    private final Map<String, List<KbEntry>> exact;
    private final NameIndex names;
    private final NameIndex demonyms;

    private KnowledgeBase(List<KbEntry> entries) {
        Map<String, KbEntry> q = new TreeMap<>();
        Map<String, List<KbEntry>> ex = new LinkedHashMap<>();
        List<NameEntry> nameList = new ArrayList<>();
        List<NameEntry> demonymList = new ArrayList<>();
        for (KbEntry e : entries) {
            q.put(e.qid(), e);
            add(ex, nameList, e, e.label(), NameKind.LABEL);
            for (String a : e.aliases()) {
                add(ex, nameList, e, a, NameKind.ALIAS);
            }
            for (String d : e.demonyms()) {
                List<String> words = NameKey.significant(NameKey.split(d));
                if (!words.isEmpty()) {
                    demonymList.add(new NameEntry(e, d, words, NameKind.DEMONYM));
                }
            }
        }
        ex.replaceAll((k, v) -> List.copyOf(v));
        this.byQid = java.util.Collections.unmodifiableMap(q);
        this.exact = Map.copyOf(ex);
        this.names = new NameIndex(nameList);
        this.demonyms = new NameIndex(demonymList);
    }

    private static void add(Map<String, List<KbEntry>> exact, List<NameEntry> names, KbEntry e, String name,
                            NameKind kind) {
        List<String> words = NameKey.significant(NameKey.split(name));
        if (words.isEmpty()) {
            return;
        }
        names.add(new NameEntry(e, name, words, kind));
        List<KbEntry> list = exact.computeIfAbsent(name, k -> new ArrayList<>());
        if (!list.contains(e)) {
            list.add(e);
        }
    }

    /** Reads {@code dataDir/kb/entities.tsv}; a malformed row fails with the file and line. */
    public static KnowledgeBase load(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new NewsKgException("cannot read knowledge base " + file + ": " + e.getMessage(), e);
        }
        List<KbEntry> entries = new ArrayList<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            KbEntry e = parse(file, i + 1, line);
            Integer before = seen.putIfAbsent(e.qid(), i + 1);
            if (before != null) {
                throw new NewsKgException(file + ":" + (i + 1) + ": " + e.qid() + " is already defined on line " + before);
            }
            entries.add(e);
        }
        return new KnowledgeBase(entries);
    }

    /** Builds a knowledge base from entries (tests, other sources). */
    public static KnowledgeBase of(List<KbEntry> entries) {
        return new KnowledgeBase(entries);
    }

    private static KbEntry parse(Path file, int lineNo, String line) {
        String[] c = line.split("\t", -1);
        if (c.length != COLUMNS) {
            throw new NewsKgException(file + ":" + lineNo + ": expected " + COLUMNS
                    + " tab-separated columns (qid label type aliases country_qid demonyms evidence), found "
                    + c.length + ": '" + line + "'");
        }
        try {
            if (c[1].isBlank()) {
                throw new IllegalArgumentException("empty label for " + c[0]);
            }
            String country = c[4].strip();
            if (!country.isEmpty() && !country.matches("Q[1-9][0-9]*")) {
                throw new IllegalArgumentException("country_qid '" + country + "' is not a Wikidata item id");
            }
            return new KbEntry(c[0].strip(), c[1].strip(), EntityType.parse(c[2]), list(c[3]), country, list(c[5]));
        } catch (IllegalArgumentException e) {
            throw new NewsKgException(file + ":" + lineNo + ": " + e.getMessage(), e);
        }
    }

    private static List<String> list(String cell) {
        return Arrays.stream(cell.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public Optional<KbEntry> byQid(String qid) {
        return Optional.ofNullable(byQid.get(qid));
    }

    /**
     * Entries a written name may refer to: exact label or alias matches if any, else matches of the
     * normalized key whose case fits. Sorted labels first, then by QID.
     */
    public List<KbEntry> lookup(String surface) {
        List<KbEntry> ex = exact.get(surface.strip());
        if (ex != null) {
            return ex.stream().sorted(java.util.Comparator.comparing(KbEntry::qid)).toList();
        }
        return names.find(NameKey.split(surface)).stream().map(NameEntry::entry).toList();
    }

    /** The country a word of nationality refers to ("Chinese" → China), if known and unambiguous. */
    public Optional<KbEntry> demonym(String word) {
        List<NameEntry> hits = demonyms.find(NameKey.split(word));
        return hits.size() == 1 ? Optional.of(hits.get(0).entry()) : Optional.empty();
    }

    /** Labels and aliases, for longest-match finders. */
    public NameIndex names() {
        return names;
    }

    /** Demonyms, for longest-match finders. */
    public NameIndex demonyms() {
        return demonyms;
    }

    /** All entries, by QID. */
    public List<KbEntry> entries() {
        return List.copyOf(byQid.values());
    }

    public int size() {
        return byQid.size();
    }
}
