package org.newskg.extract.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newskg.kb.NameEntry;
import org.newskg.kb.NameIndex;
import org.newskg.kb.NameKey;
import org.newskg.kb.NameKind;

/**
 * Finds knowledge base labels and aliases (or, built with {@link #demonyms}, demonyms) in a sentence:
 * every span of up to the longest name's length whose normalized key and case fit (see
 * {@link org.newskg.kb.NameKey}). All candidates are returned; the {@link MentionMerger} keeps the longest.
 *
 * <pre>{@code
 * KbNameFinder f = KbNameFinder.names(kb.names());
 * List<NameMatch> m = f.match(words, tags);
 * }</pre>
 * Immutable and thread-safe. A name matching several entries yields one match per entry.
 */
final class KbNameFinder extends WordFinder {

    private final NameIndex index;
    private final boolean demonymMode;

    private KbNameFinder(NameIndex index, boolean demonymMode) {
        this.index = index;
        this.demonymMode = demonymMode;
    }

    static KbNameFinder names(NameIndex index) {
        return new KbNameFinder(index, false);
    }

    static KbNameFinder demonyms(NameIndex index) {
        return new KbNameFinder(index, true);
    }

    @Override
    List<NameMatch> match(String[] words, String[] tags) {
        // Each word is normalized once per sentence; span keys grow word by word (this loop is the hot spot).
        String[] letters = new String[words.length];
        String[] keys = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            letters[i] = NameKey.letters(words[i]);
            keys[i] = letters[i].toLowerCase(Locale.ROOT);
        }
        List<NameMatch> out = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            // A word no KB name starts with is passed before anything is allocated for it (most words).
            if (letters[i].isEmpty() || !index.isKeyPrefix(keys[i])) {
                continue;
            }
            // Punctuation words ("-", "'s", ",") may sit inside a name but never start or end it.
            List<String> significant = new ArrayList<>();
            Set<String> foundHere = new HashSet<>();
            StringBuilder key = new StringBuilder();
            for (int j = i; j < words.length && significant.size() < index.maxWords(); j++) {
                if (letters[j].isEmpty()) {
                    continue;
                }
                significant.add(letters[j]);
                key.append(key.length() == 0 ? "" : " ").append(keys[j]);
                String k = key.toString();
                if (!index.isKeyPrefix(k)) {
                    break;
                }
                for (NameEntry h : index.findKey(k, significant)) {
                    // "the Ruritania news agency": an alias that only adds lower-case words to a shorter name of the
                    // same entry found here ("Ruritania") names it no better; the words after the name are no part of it.
                    boolean lowerTail = Character.isLowerCase(words[j].codePointAt(0)) && h.kind() != NameKind.LABEL;
                    if (!(lowerTail && foundHere.contains(h.entry().qid()))) {
                        out.add(toMatch(withoutArticle(words, i, j + 1, h), j + 1, h));
                    }
                    foundHere.add(h.entry().qid());
                }
            }
        }
        return out;
    }

    /**
     * "the Commonwealth", "the UN": an alias may hold the article that goes with the name, so that it is found with it,
     * but the article is no part of the name unless the label opens with it ("The Hague"); the name starts after it.
     */
    private static int withoutArticle(String[] words, int i, int j, NameEntry h) {
        boolean article = words[i].equalsIgnoreCase("the") && j - i > 1;
        return article && !h.entry().label().startsWith("The ") ? i + 1 : i;
    }

    private NameMatch toMatch(int i, int j, NameEntry h) {
        if (demonymMode) {
            return new NameMatch(i, j, h.entry().type(), h.entry().label(), h.entry().qid(), "kb:demonym", 0.9);
        }
        boolean label = h.kind() == NameKind.LABEL;
        return new NameMatch(i, j, h.entry().type(), h.entry().label(), h.entry().qid(),
                label ? "kb:label" : "kb:alias", label ? 0.95 : 0.9);
    }
}
