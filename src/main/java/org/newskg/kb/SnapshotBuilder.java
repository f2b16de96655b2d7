package org.newskg.kb;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds a {@link KbSnapshot} from parsed entries and positions: interns the strings, computes every name's
 * keys once (labels and aliases by {@link NameKey}, people's short names, loose variants by {@link LooseKey})
 * and sorts them for binary search. The slow path of a load; its result is cached (see {@link SnapshotCache}).
 *
 * <p>Short names follow general rules of personal names: the last word ("Doe" of Jane Doe, skipping "Jr."
 * and regnal numbers II to VI), with the particles before it ("al-Sharaa", "da Silva"), and for a sovereign's
 * "NAME [NUMERAL] of PLACE" the name alone and with the numeral. A sovereign's or pope's given names before the regnal
 * numeral are a short name too ("Elizabeth" of Elizabeth II, "Juan Carlos" of Juan Carlos I of Spain), the name a
 * title goes with ("Queen Elizabeth", "King Juan Carlos"). People of a country that writes the family name
 * first ({@link FamilyNameFirst}: "Kim Dae-jung", "Wen Jiabao") also have the first word. Short names have loose
 * keys too.
 */
final class SnapshotBuilder {

    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv", "v", "vi");
    /** Regnal numerals ending a sovereign's or pope's name ("Elizabeth II", "Juan Carlos I", "Benedict XVI"). */
    private static final Set<String> REGNAL = Set.of("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi",
            "xii", "xiii", "xiv", "xv", "xvi", "xvii", "xviii", "xix", "xx", "xxi", "xxii", "xxiii");
    /** Lower-case particles that belong to a surname ("al-Sharaa", "van der Bellen", "da Silva"). */
    private static final Set<String> PARTICLES = Set.of("al", "el", "bin", "ibn", "abu", "de", "da", "do", "dos", "das",
            "del", "della", "di", "du", "la", "le", "van", "von", "der", "den", "ter");

    private SnapshotBuilder() {
    }

    /** {@code recognized}: per QID the names in the lexicon; a QID absent from the map has all its names there. */
    static KbSnapshot build(List<KbEntry> entries, Map<String, Set<String>> recognized, List<Position> positions) {
        return build(entries, recognized, positions, Set.of());
    }

    /** {@code familyNameFirst}: the countries whose people are named family name first (see {@link FamilyNameFirst}). */
    static KbSnapshot build(List<KbEntry> entries, Map<String, Set<String>> recognized, List<Position> positions,
            Set<String> familyNameFirst) {
        List<KbEntry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparingLong(e -> KbFile.qidNumber(e.qid())));
        int n = sorted.size();
        KbSnapshot s = new KbSnapshot();
        StringTable.Builder strings = new StringTable.Builder();
        s.qid = new int[n];
        s.label = new int[n];
        s.type = new byte[n];
        s.country = new int[n];
        s.prior = new float[n];
        s.flags = new byte[n];
        s.existedFrom = new int[n];
        s.existedUntil = new int[n];
        s.aliasStart = new int[n + 1];
        s.demonymStart = new int[n + 1];
        IntList aliases = new IntList();
        IntList aliasRecognized = new IntList();
        IntList demonyms = new IntList();
        Map<String, IntList> keyHits = new HashMap<>(n * 4);
        Map<String, IntList> looseHits = new HashMap<>(n);
        Map<String, Integer> index = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            KbEntry e = sorted.get(i);
            index.put(e.qid(), i);
            Set<String> lexicon = recognized.get(e.qid());
            s.qid[i] = (int) KbFile.qidNumber(e.qid());
            s.label[i] = strings.intern(e.label());
            s.type[i] = (byte) e.type().ordinal();
            s.country[i] = e.countryQid() == null ? 0 : (int) KbFile.qidNumber(e.countryQid());
            s.prior[i] = (float) e.prior();
            s.flags[i] = (byte) ((e.historical() ? KbSnapshot.HISTORICAL : 0) | (lexicon == null ? KbSnapshot.ALL_RECOGNIZED : 0)
                    | (lexicon != null && lexicon.contains(e.label()) ? KbSnapshot.LABEL_RECOGNIZED : 0)
                    | (e.subclass() == null ? 0 : (e.subclass().ordinal() + 1) << KbSnapshot.SUBCLASS_SHIFT));
            s.existedFrom[i] = e.existed() == null || e.existed().from() == null ? KbSnapshot.NO_DATE : (int) e.existed().from().toEpochDay();
            s.existedUntil[i] = e.existed() == null || e.existed().until() == null ? KbSnapshot.NO_DATE : (int) e.existed().until().toEpochDay();
            s.aliasStart[i] = aliases.size;
            for (String a : e.aliases()) {
                aliases.add(strings.intern(a));
                aliasRecognized.add(lexicon != null && lexicon.contains(a) ? 1 : 0);
            }
            s.demonymStart[i] = demonyms.size;
            for (String d : e.demonyms()) {
                demonyms.add(strings.intern(d));
            }
            hit(keyHits, NameKey.keyOf(e.label()), i, NameHit.Fit.LABEL);
            for (String a : e.aliases()) {
                hit(keyHits, NameKey.keyOf(a), i, NameHit.Fit.ALIAS);
            }
            if (e.type() == EntityType.PERSON) {
                for (String sf : shortForms(e.label(), e.countryQid() != null && familyNameFirst.contains(e.countryQid()))) {
                    hit(keyHits, sf, i, NameHit.Fit.SHORT);
                    hit(looseHits, LooseKey.of(List.of(sf.split(" "))), i, NameHit.Fit.LOOSE);
                }
                hit(looseHits, LooseKey.of(words(e.label())), i, NameHit.Fit.LOOSE);
                for (String a : e.aliases()) {
                    hit(looseHits, LooseKey.of(words(a)), i, NameHit.Fit.LOOSE);
                }
            }
        }
        s.aliasStart[n] = aliases.size;
        s.demonymStart[n] = demonyms.size;
        s.aliases = aliases.toArray();
        int[] recognizedFlags = aliasRecognized.toArray();
        s.aliasRecognized = new byte[recognizedFlags.length];
        for (int k = 0; k < recognizedFlags.length; k++) {
            s.aliasRecognized[k] = (byte) recognizedFlags[k];
        }
        s.demonyms = demonyms.toArray();
        Object[] kh = csr(keyHits);
        s.keys = (StringTable) kh[0];
        s.hitStart = (int[]) kh[1];
        s.hits = (int[]) kh[2];
        Object[] lh = csr(looseHits);
        s.looseKeys = (StringTable) lh[0];
        s.looseHitStart = (int[]) lh[1];
        s.looseHits = (int[]) lh[2];
        positions(s, positions, index, strings, n);
        s.strings = strings.build();
        return s;
    }

    private static List<String> words(String name) {
        return List.of(NameKey.keyOf(name).split(" "));
    }

    private static void hit(Map<String, IntList> map, String key, int entity, NameHit.Fit fit) {
        if (key.isEmpty()) {
            return;
        }
        IntList list = map.computeIfAbsent(key, k -> new IntList());
        for (int k = 0; k < list.size; k++) {
            if (list.values[k] >> 2 == entity) {
                return;   // the better fit came first
            }
        }
        list.add(entity << 2 | fit.ordinal());
    }

    /** Keys in UTF-8 byte order as a string table, with their hit lists in CSR form. */
    private static Object[] csr(Map<String, IntList> map) {
        List<byte[]> keys = new ArrayList<>(map.size());
        Map<byte[], String> back = new LinkedHashMap<>();
        for (String k : map.keySet()) {
            byte[] b = k.getBytes(StandardCharsets.UTF_8);
            keys.add(b);
            back.put(b, k);
        }
        keys.sort(StringTable::compareUtf8);
        StringTable.Builder table = new StringTable.Builder();
        int[] start = new int[keys.size() + 1];
        IntList hits = new IntList();
        for (int i = 0; i < keys.size(); i++) {
            String k = back.get(keys.get(i));
            table.intern(k);
            start[i] = hits.size;
            IntList h = map.get(k);
            for (int j = 0; j < h.size; j++) {
                hits.add(h.values[j]);
            }
        }
        start[keys.size()] = hits.size;
        return new Object[] {table.build(), start, hits.toArray()};
    }

    private static void positions(KbSnapshot s, List<Position> positions, Map<String, Integer> index,
                                  StringTable.Builder strings, int n) {
        List<Position> kept = new ArrayList<>();
        for (Position p : positions) {
            if (index.containsKey(p.holderQid()) && index.containsKey(p.ofQid())) {
                kept.add(p);
            }
        }
        // By holder, then start (unknown first), office and owner: a stable order for equal inputs.
        kept.sort(Comparator.comparingInt((Position p) -> index.get(p.holderQid()))
                .thenComparingInt(p -> day(p.start()))
                .thenComparing(Position::label)
                .thenComparingInt(p -> index.get(p.ofQid()))
                .thenComparingInt(p -> day(p.end())));
        int m = kept.size();
        s.posHolder = new int[m];
        s.posLabel = new int[m];
        s.posOf = new int[m];
        s.posStart = new int[m];
        s.posEnd = new int[m];
        s.posByHolderStart = new int[n + 1];
        int[] ownerCount = new int[n + 1];
        for (int i = 0; i < m; i++) {
            Position p = kept.get(i);
            s.posHolder[i] = index.get(p.holderQid());
            s.posLabel[i] = strings.intern(p.label());
            s.posOf[i] = index.get(p.ofQid());
            s.posStart[i] = day(p.start());
            s.posEnd[i] = day(p.end());
            ownerCount[s.posOf[i] + 1]++;
        }
        for (int h = 0, i = 0; h <= n; h++) {
            while (i < m && s.posHolder[i] < h) {
                i++;
            }
            s.posByHolderStart[h] = i;
        }
        for (int o = 0; o < n; o++) {
            ownerCount[o + 1] += ownerCount[o];
        }
        s.posByOwnerStart = ownerCount.clone();
        int[] fill = ownerCount.clone();
        s.ownerOrder = new int[m];
        for (int i = 0; i < m; i++) {
            s.ownerOrder[fill[s.posOf[i]]++] = i;
        }
    }

    private static int day(java.time.LocalDate d) {
        return d == null ? KbSnapshot.NO_DATE : (int) d.toEpochDay();
    }

    /** The keys of a person's short names (see the class comment). */
    static List<String> shortForms(String label) {
        return shortForms(label, false);
    }

    /** {@code familyNameFirst}: the name's first word is its family name ("Kim" of Kim Dae-jung), a short name too. */
    static List<String> shortForms(String label, boolean familyNameFirst) {
        String[] w = NameKey.keyOf(label).split(" ");
        List<String> out = new ArrayList<>(3);
        if (w.length < 2) {
            return out;
        }
        int of = Arrays.asList(w).indexOf("of");
        if (of > 1 && REGNAL.contains(w[of - 1])) {
            // "Juan Carlos I of Spain": the given names, alone ("King Juan Carlos") and with the numeral.
            out.add(String.join(" ", Arrays.asList(w).subList(0, of - 1)));
            out.add(String.join(" ", Arrays.asList(w).subList(0, of)));
            return out;
        }
        if (of > 0 && of <= 2) {
            out.add(w[0]);
            if (of == 2) {
                out.add(w[0] + " " + w[1]);
            }
            return out;
        }
        int last = w.length - 1;
        if (REGNAL.contains(w[last])) {
            // A sovereign or pope is named by the given name(s) before the numeral after a title: "Queen Elizabeth",
            // "King Juan Carlos", "Pope John Paul" (Elizabeth II, Juan Carlos I, John Paul II).
            out.add(String.join(" ", Arrays.asList(w).subList(0, last)));
            if (!SUFFIXES.contains(w[last])) {
                // "I" or a high numeral is only a sovereign's: the words before are given names ("Carlos" is not him).
                return out;
            }
        }
        while (last > 0 && SUFFIXES.contains(w[last])) {
            last--;
        }
        if (last > 0) {
            out.add(w[last]);
            int first = last;
            while (first > 1 && PARTICLES.contains(w[first - 1])) {
                first--;
            }
            if (first < last) {
                out.add(String.join(" ", Arrays.asList(w).subList(first, last + 1)));
            }
        }
        if (familyNameFirst && !PARTICLES.contains(w[0]) && !out.contains(w[0])) {
            out.add(w[0]);
        }
        return out;
    }

    /** A growable int array (no boxing for the millions of values a build handles). */
    static final class IntList {
        int[] values = new int[2];
        int size;

        void add(int v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
