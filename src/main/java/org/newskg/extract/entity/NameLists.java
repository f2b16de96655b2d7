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

    private NameLists(Map<String, List<String>> listsOf, int maxWords) {
        this.listsOf = listsOf;
        this.maxWords = maxWords;
        Set<String> st = new HashSet<>();
        for (String phrase : listsOf.keySet()) {
            for (int sp = phrase.indexOf(' '); sp > 0; sp = phrase.indexOf(' ', sp + 1)) {
                st.add(phrase.substring(0, sp));
            }
        }
        this.starts = st;
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
        List<List<String>> out = new ArrayList<>(tokens.length);
        String[] alt = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            out.add(new ArrayList<>(2));
            alt[i] = titleCaseOfAllCaps(tokens[i]);
        }
        for (int i = 0; i < tokens.length; i++) {
            List<String> found = null;
            int len = 0;
            StringBuilder key = new StringBuilder();
            StringBuilder altKey = new StringBuilder();
            for (int n = 1; n <= maxWords && i + n <= tokens.length; n++) {
                String w = tokens[i + n - 1];
                key.append(n > 1 ? " " : "").append(w);
                altKey.append(n > 1 ? " " : "").append(alt[i + n - 1] != null ? alt[i + n - 1] : w);
                List<String> hit = listsOf.get(key.toString());
                if (hit == null && alt[i + n - 1] != null) {
                    hit = listsOf.get(altKey.toString());
                }
                if (hit != null) {
                    found = hit;
                    len = n;
                }
                if (!starts.contains(key.toString()) && !starts.contains(altKey.toString())) {
                    break;
                }
            }
            if (found != null) {
                addFeatures(out, found, i, i + len);
            }
        }
        return out;
    }

    private static void addFeatures(List<List<String>> out, List<String> lists, int start, int end) {
        for (String list : lists) {
            for (int k = start; k < end; k++) {
                out.get(k).add("nl=" + list + (k == start ? ":B" : ":I"));
            }
            if (end < out.size()) {
                out.get(end).add("nl<" + list);
            }
            if (start > 0) {
                out.get(start - 1).add("nl>" + list);
            }
            if (start > 1) {
                out.get(start - 2).add("nl>>" + list);
            }
        }
    }

    private static String titleCaseOfAllCaps(String w) {
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
