package org.newskg.extract.entity;

import java.util.Set;

/**
 * Tells a language ("a statement in Chinese and Russian", "spoke in Russian") from a nationality word
 * that refers to a country ("the Chinese leader", "Kenyans"): a nationality word used as a noun right
 * after a language cue (or after another such language word and a conjunction) names a language.
 *
 * <pre>{@code
 * boolean lang = new LanguageUse(cues).isLanguage(words, tags, start, end);
 * }</pre>
 * Immutable and thread-safe.
 */
final class LanguageUse {

    private static final Set<String> NOMINAL = Set.of("NOUN", "PROPN", "ADJ", "NUM");

    private final CueLexicon cues;

    LanguageUse(CueLexicon cues) {
        this.cues = cues;
    }

    boolean isLanguage(String[] words, String[] tags, int start, int end) {
        if (tags == null || end < words.length && NOMINAL.contains(tags[end])) {
            return false;  // "the Chinese leader": an adjective of nationality
        }
        int before = start - 1;
        if (before >= 0 && cues.isLanguageCue(words[before])) {
            return true;
        }
        // "in Chinese and Russian": the second word of a coordination shares the cue of the first.
        return before >= 2 && "CCONJ".equals(tags[before]) && isNationalityNoun(tags, before - 1)
                && cues.isLanguageCue(words[before - 2]);
    }

    private static boolean isNationalityNoun(String[] tags, int k) {
        return NOMINAL.contains(tags[k]);
    }
}
