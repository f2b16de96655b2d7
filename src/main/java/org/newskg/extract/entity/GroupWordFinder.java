package org.newskg.extract.entity;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newskg.kb.EntityType;

/**
 * Words naming a people, an ethnic or a religious group ({@code data/lexicon/group-words.tsv}: "Hutu", "Tutsis",
 * "Kurdish", "Shi'ite"), which the knowledge base has no country for: each is a {@link EntityType#NATIONALITY}
 * (rule {@code pattern:group-word}), as a country's demonym is. Only capitalized occurrences count.
 *
 * <pre>{@code
 * List<NameMatch> groups = GroupWordFinder.load(dataDir).match(words, tags);
 * }</pre>
 * Immutable and thread-safe.
 */
final class GroupWordFinder extends WordFinder {

    static final String RULE = "pattern:group-word";

    private final PhraseSet words;

    private GroupWordFinder(PhraseSet words) {
        this.words = words;
    }

    /** Reads {@code dataDir/lexicon/group-words.tsv}; without it nothing is found. */
    static GroupWordFinder load(Path dataDir) {
        return new GroupWordFinder(new PhraseSet(FirstColumnFile.readOptional(dataDir.resolve("lexicon/group-words.tsv"), "NATIONALITY")));
    }

    @Override
    List<NameMatch> match(String[] w, String[] tags) {
        List<NameMatch> out = new ArrayList<>();
        for (int i = 0; i < w.length; i++) {
            int n = words.longestAt(w, i);
            if (n > 0 && Character.isUpperCase(w[i].codePointAt(0))) {
                out.add(new NameMatch(i, i + n, EntityType.NATIONALITY, NameWords.join(w, i, i + n), null, RULE, 0.85));
                i += n - 1;
            }
        }
        return out;
    }
}
