package org.newskg.extract.entity;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.newskg.kb.EntityType;
import org.newskg.kb.KbEntry;
import org.newskg.kb.KnowledgeBase;
import org.newskg.kb.NameKey;

/**
 * The word lists the name finder's features read ({@link NameListFeatureGenerator}), built from the
 * knowledge base and the lexicons: KB names per type ({@code per}, {@code org}, {@code loc}; {@code misc}
 * holds nationality words and named events), first names, person titles, place cues and organization
 * heads; and the English vocabulary of {@link WordClasses}. They are handed to OpenNLP as model resources (the
 * lists case-sensitive), so they are serialized inside
 * the trained model and the model needs neither the KB nor the lexicons at run time.
 *
 * <pre>{@code
 * Map<String, Object> resources = NerDictionaries.build(KnowledgeBase.load(dataDir), dataDir);
 * }</pre>
 * Stateless and thread-safe. Entries are sorted, so the same data gives the same model bytes.
 */
public final class NerDictionaries {

    private NerDictionaries() {
    }

    /** The resource name the default feature XML gives the lists. */
    public static final String RESOURCE = "newskg-names.lists";

    /** The resource name the default feature XML gives the English vocabulary ({@link WordClasses}). */
    public static final String WORDS = "newskg-words.classes";

    public static Map<String, Object> build(KnowledgeBase kb, Path dataDir) {
        Map<String, TreeSet<String>> lists = new LinkedHashMap<>();
        for (String t : List.of("per", "org", "loc", "misc")) {
            lists.put(t, new TreeSet<>());
        }
        for (KbEntry e : kb.entries()) {
            TreeSet<String> names = lists.get(dictionaryType(e.type()));
            names.add(e.label());
            names.addAll(e.aliases());
            lists.get("misc").addAll(e.demonyms());
        }
        lists.put("first", new TreeSet<>(FirstColumnFile.readOptional(dataDir.resolve("lexicon/first-names.tsv"), "").keySet()));
        TreeSet<String> titles = new TreeSet<>(FirstColumnFile.readOptional(dataDir.resolve("lexicon/person-titles.tsv"), "").keySet());
        titles.addAll(FirstColumnFile.read(dataDir.resolve("roles/titles.tsv"), "").keySet());
        lists.put("title", titles);
        lists.put("placecue", new TreeSet<>(FirstColumnFile.readOptional(dataDir.resolve("lexicon/place-cues.tsv"), "").keySet()));
        lists.put("orghead", new TreeSet<>(FirstColumnFile.readOptional(dataDir.resolve("lexicon/org-heads.tsv"), "").keySet()));
        Map<String, List<List<String>>> phrases = new LinkedHashMap<>();
        lists.forEach((list, names) -> phrases.put(list, names.stream().map(NameKey::split).toList()));
        WordClasses words = WordClasses.of(
                FirstColumnFile.readOptional(dataDir.resolve("lexicon/common-words.tsv"), "").keySet(),
                FirstColumnFile.readOptional(dataDir.resolve("lexicon/proper-words.tsv"), "").keySet());
        return Map.of(RESOURCE, NameLists.of(phrases), WORDS, words);
    }

    private static String dictionaryType(EntityType type) {
        return switch (type.root()) {
            case PERSON -> "per";
            case ORGANIZATION -> "org";
            case PLACE -> "loc";
            default -> "misc";
        };
    }

}
