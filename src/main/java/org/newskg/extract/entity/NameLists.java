package org.newskg.extract.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import opennlp.tools.util.model.ArtifactSerializer;
import opennlp.tools.util.model.SerializableArtifact;

/**
 * Word lists for {@link NameListFeatureGenerator}, indexed by whole phrase: knowledge base names per type,
 * first names, titles, place cues, organization heads. A name finder model carries them as a resource
 * ({@link Serializer}: UTF-8 lines {@code list TAB word word...}, sorted), built once when the model loads.
 *
 * <pre>{@code
 * NameLists lists = NameLists.of(Map.of("loc", List.of(List.of("Port", "Louis"))));
 * }</pre>
 * Immutable and thread-safe.
 */
public final class NameLists implements SerializableArtifact {

    private static final int MAX_WORDS = 8;

    /** Phrase (words joined by spaces) to the lists holding it. */
    private final Map<String, List<String>> listsOf;
    private final int maxWords;
    /** The first words of the listed phrases of two words or more, so that a lookup stops at a dead end. */
    private final Set<String> starts;
    /** The feature strings of each list, made once (see {@link #featureNames(String)}). */
    private final Map<String, String[]> featureNames;
    /**
     * A bit for each phrase of {@link #listsOf} and each word of {@link #starts}, at {@link #bit} of its hash (which a
     * token caches): a key whose bit is clear is in neither, found without probing the two large tables (most words
     * of a sentence are in no list, and the two probes per word were most of {@link #annotate}'s time).
     */
    private final long[] filter;
    private final int filterShift;

    private NameLists(Map<String, List<String>> listsOf, int maxWords) {
        this.listsOf = listsOf;
        this.maxWords = maxWords;
        Set<String> st = new HashSet<>();
        Map<String, String[]> names = new HashMap<>();
        for (Map.Entry<String, List<String>> e : listsOf.entrySet()) {
            String phrase = e.getKey();
            for (int sp = phrase.indexOf(' '); sp > 0; sp = phrase.indexOf(' ', sp + 1)) {
                st.add(phrase.substring(0, sp));
            }
            for (String list : e.getValue()) {
                names.computeIfAbsent(list, NameLists::featureNames);
            }
        }
        this.starts = st;
        this.featureNames = Map.copyOf(names);
        // about 16 bits a key: one key in 16 or fewer of those absent passes the filter
        int bits = Integer.highestOneBit(Math.max(64, (listsOf.size() + st.size()) * 16));
        this.filter = new long[bits >>> 6];
        this.filterShift = 32 - Integer.numberOfTrailingZeros(bits);
        listsOf.keySet().forEach(this::setBit);
        st.forEach(this::setBit);
    }

    private int bit(String key) {
        return (key.hashCode() * 0x9E3779B9) >>> filterShift;
    }

    private void setBit(String key) {
        int b = bit(key);
        filter[b >>> 6] |= 1L << b;
    }

    /** False when the key is neither a listed phrase nor the start of one; true when it may be either. */
    private boolean mayHold(String key) {
        int b = bit(key);
        return (filter[b >>> 6] & 1L << b) != 0;
    }

    public static NameLists of(Map<String, ? extends Iterable<List<String>>> phrasesByList) {
        Map<String, List<String>> index = new HashMap<>();
        int max = 1;
        for (String list : new TreeMap<>(phrasesByList).keySet()) {
            for (List<String> words : phrasesByList.get(list)) {
                if (words.isEmpty() || words.size() > MAX_WORDS) {
                    continue;
                }
                List<String> l = index.computeIfAbsent(String.join(" ", words), k -> new ArrayList<>(1));
                if (!l.contains(list)) {
                    l.add(list);
                }
                max = Math.max(max, words.size());
            }
        }
        index.replaceAll((k, v) -> List.copyOf(v));
        return new NameLists(Map.copyOf(index), max);
    }

    public int size() {
        return listsOf.size();
    }

    /**
     * The list features of every token of a sentence (see {@link NameListFeatureGenerator}): at each word
     * the longest listed phrase starting there; an all-caps word is also looked up in title case.
     */
    List<List<String>> annotate(String[] tokens) {
        // Most words are in no list: they share the empty list, and a word gets its own list at its first feature.
        List<List<String>> out = new ArrayList<>(tokens.length);
        String[] alt = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            out.add(List.of());
            alt[i] = titleCaseOfAllCaps(tokens[i]);
        }
        StringBuilder key = new StringBuilder();
        StringBuilder altKey = new StringBuilder();
        for (int i = 0; i < tokens.length; i++) {
            List<String> found = null;
            int len = 0;
            key.setLength(0);
            altKey.setLength(0);
            // Until a word in capitals is met, the title-case key is the key itself and is not looked up twice.
            boolean altDiffers = false;
            for (int n = 1; n <= maxWords && i + n <= tokens.length; n++) {
                String w = tokens[i + n - 1];
                String a = alt[i + n - 1];
                key.append(n > 1 ? " " : "").append(w);
                altKey.append(n > 1 ? " " : "").append(a != null ? a : w);
                altDiffers |= a != null;
                String k = n == 1 ? w : key.toString();
                String ak = altDiffers ? altKey.toString() : k;
                if (!mayHold(k) && (!altDiffers || !mayHold(ak))) {
                    break;   // no list holds either key and no phrase goes on from them: what the look-ups below find
                }
                List<String> hit = listsOf.get(k);
                if (hit == null && a != null) {
                    hit = listsOf.get(ak);
                }
                if (hit != null) {
                    found = hit;
                    len = n;
                }
                if (!starts.contains(k) && (!altDiffers || !starts.contains(ak))) {
                    break;
                }
            }
            if (found != null) {
                addFeatures(out, found, i, i + len);
            }
        }
        return out;
    }

    private void addFeatures(List<List<String>> out, List<String> lists, int start, int end) {
        for (String list : lists) {
            String[] f = featureNames.get(list);
            for (int k = start; k < end; k++) {
                add(out, k, k == start ? f[0] : f[1]);
            }
            if (end < out.size()) {
                add(out, end, f[2]);
            }
            if (start > 0) {
                add(out, start - 1, f[3]);
            }
            if (start > 1) {
                add(out, start - 2, f[4]);
            }
        }
    }

    private static void add(List<List<String>> out, int word, String feature) {
        List<String> l = out.get(word);
        if (l.isEmpty()) {
            l = new ArrayList<>(2);
            out.set(word, l);
        }
        l.add(feature);
    }

    /** The features of one list: its first word, its next words, the word after, the word before, two words before. */
    private static String[] featureNames(String list) {
        return new String[] {"nl=" + list + ":B", "nl=" + list + ":I", "nl<" + list, "nl>" + list, "nl>>" + list};
    }

    private static String titleCaseOfAllCaps(String w) {
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c >= 'a' && c <= 'z') {
                return null;   // the test below, without making two copies of nearly every word
            }
        }
        if (w.length() < 2 || !w.equals(w.toUpperCase(Locale.ROOT)) || w.equals(w.toLowerCase(Locale.ROOT))) {
            return null;
        }
        return w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT);
    }

    @Override
    public Class<?> getArtifactSerializerClass() {
        return Serializer.class;
    }

    /** Reads and writes the lists inside a model file; OpenNLP instantiates it by its class name. */
    public static final class Serializer implements ArtifactSerializer<NameLists> {

        @Override
        public NameLists create(InputStream in) throws IOException {
            // Read straight into the index: a model carries some 10^5 phrases, and this runs at every model load.
            // The lines are sorted by list, so each phrase's lists come in the order of(...) gives them.
            Map<String, List<String>> index = new HashMap<>(1 << 18);
            // Most phrases are in one list: they share that list's one-element list instead of each having a copy.
            Map<String, List<String>> single = new HashMap<>();
            int max = 1;
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int tab = line.indexOf('\t');
                if (tab <= 0 || tab == line.length() - 1) {
                    continue;
                }
                String phrase = line.substring(tab + 1);
                int words = 1;
                for (int sp = phrase.indexOf(' '); sp >= 0; sp = phrase.indexOf(' ', sp + 1)) {
                    words++;
                }
                if (words > MAX_WORDS) {
                    continue;
                }
                List<String> one = single.computeIfAbsent(line.substring(0, tab), List::of);
                List<String> before = index.putIfAbsent(phrase, one);
                if (before != null && !before.contains(one.get(0))) {
                    List<String> both = new ArrayList<>(before);
                    both.add(one.get(0));
                    index.put(phrase, List.copyOf(both));
                }
                max = Math.max(max, words);
            }
            return new NameLists(index, max);
        }

        @Override
        public void serialize(NameLists lists, OutputStream out) throws IOException {
            List<String> lines = new ArrayList<>();
            lists.listsOf.forEach((phrase, names) -> names.forEach(list -> lines.add(list + "\t" + phrase)));
            lines.sort(null);
            StringBuilder sb = new StringBuilder();
            lines.forEach(l -> sb.append(l).append('\n'));
            // Not closed: OpenNLP writes the next artifact to the same zip stream.
            out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
    }
}
