package org.newskg.kb;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
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

    private final Map<String, KbEntry> byQid;
    private final Map<String, List<KbEntry>> exact;
    private final NameIndex names;
    private final NameIndex demonyms;
    private final Map<String, List<Position>> positions;

    private KnowledgeBase(List<KbEntry> entries, List<Position> positions) {
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
        Map<String, List<Position>> held = new HashMap<>();
        for (Position p : positions) {
            for (String qid : List.of(p.holderQid(), p.ofQid())) {
                if (!q.containsKey(qid)) {
                    throw new NewsKgException(PositionsFile.FILE + ": position '" + p.label() + "' names " + qid
                            + ", which is not in " + FILE);
                }
            }
            held.computeIfAbsent(p.holderQid(), k -> new ArrayList<>()).add(p);
        }
        held.replaceAll((k, v) -> List.copyOf(v));
        this.positions = Map.copyOf(held);
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

    /**
     * Reads {@code dataDir/kb/entities.tsv} and, when present, {@code dataDir/kb/positions.tsv}; a malformed
     * row fails with the file and line, and so does a position whose holder or office owner is not in the KB.
     */
    public static KnowledgeBase load(Path dataDir) {
        List<KbEntry> entries = KbFile.read(dataDir.resolve(FILE)).stream().map(KbRow::entry).toList();
        KnowledgeBase kb = new KnowledgeBase(entries, PositionsFile.read(dataDir));
        return kb;
    }

    /** Builds a knowledge base from entries (tests, other sources). */
    public static KnowledgeBase of(List<KbEntry> entries) {
        return new KnowledgeBase(entries, List.of());
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

    /** Offices the person with this QID holds or held, in file order; empty when none is known. */
    public List<Position> positions(String holderQid) {
        return positions.getOrDefault(holderQid, List.of());
    }

    /**
     * The countries an entry belongs to: a country itself, else its {@code country_qid}, plus for people
     * the owners of their offices that are countries. Used as linking context.
     */
    public java.util.Set<String> countriesOf(KbEntry e) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        if (e.type() == EntityType.COUNTRY) {
            out.add(e.qid());
        }
        if (e.countryQid() != null) {
            out.add(e.countryQid());
        }
        for (Position p : positions(e.qid())) {
            byQid(p.ofQid()).filter(o -> o.type() == EntityType.COUNTRY).ifPresent(o -> out.add(o.qid()));
        }
        return out;
    }

    public int size() {
        return byQid.size();
    }
}
