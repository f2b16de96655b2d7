package org.newskg.kb;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import org.newskg.NewsKgException;
import org.newskg.data.TsvTable;

/**
 * The knowledge base: entities with Wikidata QIDs, read from the hand-curated {@code data/kb/entities.tsv}
 * and the source folders {@code kg kb build} generates (listed in {@code data/kb/sources.tsv}).
 *
 * <pre>{@code
 * KnowledgeBase kb = KnowledgeBase.load(dataDir);
 * List<KbEntry> us = kb.lookup("U.S.");                      // United States, Q30
 * List<NameHit> all = kb.candidates("Georgia");              // every entity of that name, for linking
 * List<Position> p = kb.holders(PositionKind.HEAD_OF_STATE, "Q30", LocalDate.of(2005, 1, 1));
 * }</pre>
 * Two name indexes with different jobs: {@link #names()} is the recognition lexicon, the high-precision
 * names the recognizer may find in text by themselves (every hand-curated name, and the generated names the
 * build marked {@code recognize}); {@link #candidates} searches every name of every entity, for the linker to
 * weigh against the article's context. An entity defined in several files takes label, type and country
 * from the first (hand-curated first, then the folders in manifest order) and the names of all.
 * Immutable and thread-safe.
 */
public final class KnowledgeBase {

    /** The file inside the data directory. */
    public static final String FILE = "kb/entities.tsv";
    /** The manifest of generated folders, in precedence order (see {@code kg kb build}). */
    public static final String MANIFEST = "kb/sources.tsv";

    private static final EntityType[] TYPES = EntityType.values();
    private static final NameHit.Fit[] FITS = NameHit.Fit.values();

    private final KbSnapshot s;
    private final Map<String, List<KbEntry>> exact;
    private final NameIndex names;
    private final NameIndex demonyms;
    private final PositionKinds kinds;
    private final Map<String, PositionKind> kindByLabel = new ConcurrentHashMap<>();

    private KnowledgeBase(KbSnapshot snapshot, PositionKinds kinds) {
        this.s = snapshot;
        this.kinds = kinds;
        Map<String, List<KbEntry>> ex = new HashMap<>();
        List<NameEntry> nameList = new ArrayList<>();
        List<NameEntry> demonymList = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            boolean all = (s.flags[i] & KbSnapshot.ALL_RECOGNIZED) != 0;
            boolean labelIn = all || (s.flags[i] & KbSnapshot.LABEL_RECOGNIZED) != 0;
            boolean anyAlias = false;
            for (int a = s.aliasStart[i]; a < s.aliasStart[i + 1] && !anyAlias; a++) {
                anyAlias = s.aliasRecognized[a] != 0;
            }
            boolean hasDemonyms = s.demonymStart[i + 1] > s.demonymStart[i];
            if (!labelIn && !anyAlias && !all && !hasDemonyms) {
                continue;
            }
            KbEntry e = entry(i);
            if (labelIn) {
                add(ex, nameList, e, e.label(), NameKind.LABEL);
            }
            for (int a = s.aliasStart[i]; a < s.aliasStart[i + 1]; a++) {
                if (all || s.aliasRecognized[a] != 0) {
                    add(ex, nameList, e, s.strings.get(s.aliases[a]), NameKind.ALIAS);
                }
            }
            for (String d : e.demonyms()) {
                List<String> words = NameKey.significant(NameKey.split(d));
                if (!words.isEmpty()) {
                    demonymList.add(new NameEntry(e, d, words, NameKind.DEMONYM));
                }
            }
        }
        ex.replaceAll((k, v) -> List.copyOf(v));
        this.exact = ex;
        this.names = new NameIndex(nameList);
        this.demonyms = new NameIndex(demonymList);
    }

    private static void add(Map<String, List<KbEntry>> exact, List<NameEntry> names, KbEntry e, String name,
                            NameKind kind) {
        List<String> words = NameKey.words(name);
        if (words.isEmpty()) {
            return;
        }
        names.add(new NameEntry(e, name, words, kind));
        List<KbEntry> list = exact.computeIfAbsent(name, k -> new ArrayList<>(1));
        if (!list.contains(e)) {
            list.add(e);
        }
    }

    /**
     * Reads {@code dataDir/kb/entities.tsv} and, when present, {@code positions.tsv}, then the generated folders
     * of {@code dataDir/kb/sources.tsv} in order; a malformed row fails with the file and line, and so does a
     * hand-curated position whose holder or office owner is not in the KB. The built index is cached (see
     * {@link SnapshotCache}): a second load of unchanged files reads one binary file.
     */
    public static KnowledgeBase load(Path dataDir) {
        List<Path> inputs = new ArrayList<>(List.of(dataDir.resolve(FILE), dataDir.resolve(PositionsFile.FILE),
                dataDir.resolve(MANIFEST), dataDir.resolve(FamilyNameFirst.FILE)));
        List<String> folders = folders(dataDir);
        for (String folder : folders) {
            Path dir = dataDir.resolve("kb").resolve(folder);
            inputs.add(dir.resolve(SourceFile.ENTITIES));
            inputs.add(dir.resolve(SourceFile.POSITIONS));
        }
        KbSnapshot snapshot = SnapshotCache.load(inputs, () -> parse(dataDir, folders));
        return new KnowledgeBase(snapshot, PositionKinds.load(dataDir));
    }

    private static KbSnapshot parse(Path dataDir, List<String> folders) {
        Map<String, KbEntry> merged = new LinkedHashMap<>();
        Map<String, Set<String>> recognized = new HashMap<>();
        for (KbRow r : KbFile.read(dataDir.resolve(FILE))) {
            merged.put(r.entry().qid(), r.entry());
        }
        List<Position> curatedPositions = PositionsFile.read(dataDir);
        for (Position p : curatedPositions) {
            for (String qid : List.of(p.holderQid(), p.ofQid())) {
                if (!merged.containsKey(qid)) {
                    throw new NewsKgException(PositionsFile.FILE + ": position '" + p.label() + "' names " + qid
                            + ", which is not in " + FILE);
                }
            }
        }
        List<Position> positions = new ArrayList<>(curatedPositions);
        for (String folder : folders) {
            Path dir = dataDir.resolve("kb").resolve(folder);
            SourceFile.readEntities(dir.resolve(SourceFile.ENTITIES), row -> merge(merged, recognized, row));
            SourceFile.readPositions(dir.resolve(SourceFile.POSITIONS), row -> positions.add(row.toPosition()));
        }
        return SnapshotBuilder.build(new ArrayList<>(merged.values()), recognized, positions, FamilyNameFirst.load(dataDir));
    }

    /** The generated folders listed in the manifest, in order; none when there is no manifest. */
    public static List<String> folders(Path dataDir) {
        Path manifest = dataDir.resolve(MANIFEST);
        if (!Files.exists(manifest)) {
            return List.of();
        }
        return TsvTable.read(manifest, "knowledge base manifest").rows().stream()
                .map(r -> r.requireColumns(2, "folder license").cells().get(0).strip()).toList();
    }

    private static void merge(Map<String, KbEntry> merged, Map<String, Set<String>> recognized, SourceFile.EntityRow row) {
        KbEntry e = row.entry();
        KbEntry before = merged.get(e.qid());
        if (before == null) {
            merged.put(e.qid(), e);
            recognized.put(e.qid(), row.recognize().isEmpty() ? Set.of() : Set.copyOf(row.recognize()));
            return;
        }
        // The earlier file wins on what it says; later ones add names (looked up, not recognized) and demonyms.
        Set<String> lexicon = recognized.get(e.qid());
        if (lexicon == null) {
            Set<String> own = new HashSet<>(before.aliases());
            own.add(before.label());
            lexicon = own;
        }
        Set<String> names = new LinkedHashSet<>(before.aliases());
        names.add(e.label());
        names.addAll(e.aliases());
        names.remove(before.label());
        // Hand-chosen demonyms win; a source's demonyms only fill a country that has none.
        List<String> demonyms = before.demonyms().isEmpty() && before.type() == EntityType.COUNTRY ? e.demonyms()
                : before.demonyms();
        merged.put(e.qid(), new KbEntry(before.qid(), before.label(), before.type(), List.copyOf(names),
                before.countryQid() == null ? e.countryQid() : before.countryQid(), demonyms, before.prior(),
                before.historical() || e.historical(), before.subclass() != null ? before.subclass() : e.subclass(),
                before.existed() != null ? before.existed() : e.existed()));
        Set<String> union = new HashSet<>(lexicon);
        union.addAll(row.recognize());
        recognized.put(e.qid(), union);
    }

    /** Builds a knowledge base from entries (tests, other sources): every name recognized, no positions. */
    public static KnowledgeBase of(List<KbEntry> entries) {
        return new KnowledgeBase(SnapshotBuilder.build(entries, Map.of(), List.of()), PositionKinds.none());
    }

    private KbEntry entry(int i) {
        List<String> aliases = new ArrayList<>(s.aliasStart[i + 1] - s.aliasStart[i]);
        for (int a = s.aliasStart[i]; a < s.aliasStart[i + 1]; a++) {
            aliases.add(s.strings.get(s.aliases[a]));
        }
        List<String> dem = new ArrayList<>(s.demonymStart[i + 1] - s.demonymStart[i]);
        for (int d = s.demonymStart[i]; d < s.demonymStart[i + 1]; d++) {
            dem.add(s.strings.get(s.demonyms[d]));
        }
        return new KbEntry("Q" + s.qid[i], s.strings.get(s.label[i]), TYPES[s.type[i]], aliases,
                s.country[i] == 0 ? null : "Q" + s.country[i], dem, s.prior[i],
                (s.flags[i] & KbSnapshot.HISTORICAL) != 0, subclass(s.flags[i]),
                s.existedFrom[i] == KbSnapshot.NO_DATE && s.existedUntil[i] == KbSnapshot.NO_DATE ? null
                        : new Lifespan(date(s.existedFrom[i]), date(s.existedUntil[i])));
    }

    private static Subclass subclass(byte flags) {
        int c = (flags & KbSnapshot.SUBCLASS_MASK) >> KbSnapshot.SUBCLASS_SHIFT;
        return c == 0 ? null : Subclass.values()[c - 1];
    }

    private int index(String qid) {
        if (!KbEntry.isQid(qid)) {
            return -1;
        }
        long n = KbFile.qidNumber(qid);
        if (n > Integer.MAX_VALUE) {
            return -1;
        }
        int i = Arrays.binarySearch(s.qid, (int) n);
        return i < 0 ? -1 : i;
    }

    public Optional<KbEntry> byQid(String qid) {
        int i = index(qid);
        return i < 0 ? Optional.empty() : Optional.of(entry(i));
    }

    /**
     * Entries of the recognition lexicon a written name may refer to: exact label or alias matches if any, else
     * matches of the normalized key whose case fits. Sorted labels first, then by QID.
     */
    public List<KbEntry> lookup(String surface) {
        List<KbEntry> ex = exact.get(surface.strip());
        if (ex != null) {
            return ex.stream().sorted(Comparator.comparing(KbEntry::qid)).toList();
        }
        return names.find(NameKey.split(surface)).stream().map(NameEntry::entry).toList();
    }

    /**
     * Every entry a written name may refer to, over all names of the whole KB: label and alias matches on the
     * normalized key, and for people the short forms of their names ("Doe" for Jane Doe); only when none of
     * these exists, loose spelling variants (see {@link LooseKey}). One hit per entry, best fit first, then by QID.
     */
    public List<NameHit> candidates(String surface) {
        String key = NameKey.keyOf(surface);
        if (key.isEmpty()) {
            return List.of();
        }
        List<NameHit> out = hits(s.keys, s.hitStart, s.hits, key);
        if (out.isEmpty()) {
            out = withoutLeadingNames(key);
        }
        if (out.isEmpty()) {
            String loose = LooseKey.of(List.of(key.split(" ")));
            // Two-letter skeletons ("md" of Mohammed) match far too many names to mean anything.
            if (loose.replace(" ", "").length() >= 3) {
                List<String> written = List.of(key.split(" "));
                out = hits(s.looseKeys, s.looseHitStart, s.looseHits, loose).stream()
                        .filter(h -> spelledAlike(written, h.entry())).toList();
            }
        }
        if (out.isEmpty()) {
            out = withoutMiddleNames(key);
        }
        return out;
    }

    /**
     * "Roe Doe" for the person the KB knows as "Jane Roe Doe": the last words of a person's name, two or more, without
     * the first given name wire copy often leaves out; a short form of the name, as the family name alone is.
     */
    private List<NameHit> withoutLeadingNames(String key) {
        int space = key.lastIndexOf(' ');
        if (space < 0) {
            return List.of();
        }
        String tail = " " + key;
        List<NameHit> out = new ArrayList<>();
        for (NameHit h : hits(s.keys, s.hitStart, s.hits, key.substring(space + 1))) {
            KbEntry e = h.entry();
            if (h.fit() == NameHit.Fit.SHORT && e.type() == EntityType.PERSON
                    && (NameKey.keyOf(e.label()).endsWith(tail) || e.aliases().stream().anyMatch(a -> NameKey.keyOf(a).endsWith(tail)))) {
                out.add(h);
            }
        }
        return out;
    }

    /** True when one of the entry's names ({@link LooseKey#spelledAlike}) may be a spelling of the written words. */
    private static boolean spelledAlike(List<String> written, KbEntry e) {
        return LooseKey.spelledAlike(written, List.of(NameKey.keyOf(e.label()).split(" ")))
                || e.aliases().stream().anyMatch(a -> LooseKey.spelledAlike(written, List.of(NameKey.keyOf(a).split(" "))));
    }

    /**
     * "Jane Roe Doe" for the person the KB knows as "Jane Doe": a name of three words or more, read without its
     * middle words, may be a person's name; a loose reading only, which the linker weighs as such.
     */
    private List<NameHit> withoutMiddleNames(String key) {
        String[] words = key.split(" ");
        if (words.length < 3) {
            return List.of();
        }
        return hits(s.keys, s.hitStart, s.hits, words[0] + " " + words[words.length - 1]).stream()
                .filter(h -> h.entry().type() == EntityType.PERSON && h.fit() != NameHit.Fit.SHORT)
                .map(h -> new NameHit(h.entry(), NameHit.Fit.LOOSE)).toList();
    }

    private List<NameHit> hits(StringTable keys, int[] start, int[] hits, String key) {
        byte[] k = key.getBytes(StandardCharsets.UTF_8);
        int lo = 0;
        int hi = keys.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = keys.compare(mid, k);
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                List<NameHit> out = new ArrayList<>(start[mid + 1] - start[mid]);
                for (int h = start[mid]; h < start[mid + 1]; h++) {
                    out.add(new NameHit(entry(hits[h] >> 2), FITS[hits[h] & 3]));
                }
                out.sort(Comparator.comparing(NameHit::fit).thenComparingLong(x -> KbFile.qidNumber(x.entry().qid())));
                return out;
            }
        }
        return List.of();
    }

    /** The country a word of nationality refers to ("Chinese" → China), if known and unambiguous. */
    public Optional<KbEntry> demonym(String word) {
        List<NameEntry> hits = demonyms.find(NameKey.split(word));
        return hits.size() == 1 ? Optional.of(hits.get(0).entry()) : Optional.empty();
    }

    /** The recognition lexicon: names the recognizer may find in text by themselves (see the class comment). */
    public NameIndex names() {
        return names;
    }

    /** Demonyms, for longest-match finders. */
    public NameIndex demonyms() {
        return demonyms;
    }

    /** All entries, by QID number. */
    public List<KbEntry> entries() {
        List<KbEntry> out = new ArrayList<>(s.size());
        for (int i = 0; i < s.size(); i++) {
            out.add(entry(i));
        }
        return out;
    }

    /** Offices the person with this QID holds or held, by start; empty when none is known. */
    public List<Position> positions(String holderQid) {
        int i = index(holderQid);
        if (i < 0) {
            return List.of();
        }
        List<Position> out = new ArrayList<>(s.posByHolderStart[i + 1] - s.posByHolderStart[i]);
        for (int p = s.posByHolderStart[i]; p < s.posByHolderStart[i + 1]; p++) {
            out.add(position(p));
        }
        return out;
    }

    private Position position(int p) {
        return new Position(s.strings.get(s.posLabel[p]), "Q" + s.qid[s.posHolder[p]], "Q" + s.qid[s.posOf[p]],
                date(s.posStart[p]), date(s.posEnd[p]));
    }

    private static LocalDate date(int day) {
        return day == KbSnapshot.NO_DATE ? null : LocalDate.ofEpochDay(day);
    }

    /**
     * The kind of an office, by data/kb/position-kinds.tsv: the office name itself ("Minister of Foreign Affairs"),
     * else the title before "of OWNER" when OWNER names the office's country or organization ("King of Jordan",
     * "President of the United States"; but "President of the Senate" stays OTHER).
     */
    public PositionKind kind(Position p) {
        return kindByLabel.computeIfAbsent(p.label() + "\t" + p.ofQid(), k -> kindOf(p.label(), p.ofQid()));
    }

    /** The kind of an office name or a title as written ("Foreign Minister"), if data/kb/position-kinds.tsv knows it. */
    public Optional<PositionKind> titleKind(String title) {
        return kinds.match(title);
    }

    /**
     * The kind of a title the text gives with its owner ("UN secretary general": the title "Secretary-General" of the
     * United Nations): the title alone, else the title as an office of the owner ("secretary general of the United
     * Nations"), tried with the owner's label and each of its aliases. Empty when neither is known.
     */
    public Optional<PositionKind> titleKind(String title, String ofQid) {
        Optional<PositionKind> alone = kinds.match(title);
        if (alone.isPresent() || ofQid == null) {
            return alone;
        }
        return byQid(ofQid).flatMap(o -> {
            List<String> names = new ArrayList<>();
            names.add(o.label());
            names.addAll(o.aliases());
            return names.stream().map(n -> n.replaceFirst("^(?i)the ", ""))
                    .flatMap(n -> kinds.match(title + " of the " + n).or(() -> kinds.match(title + " of " + n)).stream())
                    .findFirst();
        });
    }

    private PositionKind kindOf(String label, String ofQid) {
        Optional<PositionKind> k = kinds.match(label);
        int of = label.indexOf(" of ");
        if (k.isEmpty() && of > 0 && namesOwner(label.substring(of + 4), ofQid)) {
            k = kinds.match(label.substring(0, of));
        }
        return k.orElse(PositionKind.OTHER);
    }

    private boolean namesOwner(String written, String ofQid) {
        String key = NameKey.keyOf(written.replaceFirst("^(?i)the ", ""));
        return byQid(ofQid).map(o -> {
            List<String> names = new ArrayList<>(o.aliases());
            names.add(o.label());
            return names.stream().anyMatch(n -> NameKey.keyOf(n.replaceFirst("^(?i)the ", "")).equals(key));
        }).orElse(false);
    }

    /**
     * The people holding an office of this kind's level for this country or organization on that day, by QID number:
     * "the Russian foreign minister" of a 2006 article, "the Jordanian king" or "his Jordanian counterpart" of a
     * president (a monarch is a head of state). Holdings without a known start are left out.
     */
    public List<KbEntry> holders(PositionKind kind, String ofQid, LocalDate day) {
        int o = index(ofQid);
        if (o < 0) {
            return List.of();
        }
        int d = (int) day.toEpochDay();
        Set<Integer> holders = new TreeSet<>();
        for (int k = s.posByOwnerStart[o]; k < s.posByOwnerStart[o + 1]; k++) {
            int p = s.ownerOrder[k];
            if (s.posStart[p] != KbSnapshot.NO_DATE && s.posStart[p] <= d && (s.posEnd[p] == KbSnapshot.NO_DATE || d <= s.posEnd[p])
                    && kind(position(p)).level() == kind.level()) {
                holders.add(s.posHolder[p]);
            }
        }
        return holders.stream().map(this::entry).toList();
    }

    /**
     * The countries an entry belongs to: a country itself, else its {@code country_qid}, plus for people
     * the owners of their offices that are countries. Used as linking context.
     */
    public Set<String> countriesOf(KbEntry e) {
        Set<String> out = new TreeSet<>();
        if (e.type() == EntityType.COUNTRY) {
            out.add(e.qid());
        }
        if (e.countryQid() != null) {
            out.add(e.countryQid());
        }
        int i = index(e.qid());
        if (i >= 0) {
            for (int p = s.posByHolderStart[i]; p < s.posByHolderStart[i + 1]; p++) {
                int o = s.posOf[p];
                if (TYPES[s.type[o]] == EntityType.COUNTRY) {
                    out.add("Q" + s.qid[o]);
                }
            }
        }
        return out;
    }

    public int size() {
        return s.size();
    }

    /** The labels of the people, by QID number; cheaper than {@link #entries()} (nothing else is read). */
    public List<String> personLabels() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            if (TYPES[s.type[i]].root() == EntityType.PERSON) {
                out.add(s.strings.get(s.label[i]));
            }
        }
        return out;
    }
}
