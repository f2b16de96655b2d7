package org.newskg.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newskg.kb.EntityType;

/**
 * Finds people's names that no title precedes and no given-name list knows, from a role noun in
 * apposition: after the name ("Amina Wanjiru Odhiambo, the director of ...", "Ines Carvalho, the acting UN
 * Under-Secretary-General ...") or before it ("his Togolese counterpart, Kossi Agbeko, ...").
 *
 * <pre>{@code
 * AppositionPersonFinder f = new AppositionPersonFinder(roleNouns, new ProperNounPatternFinder(cues));
 * List<NameMatch> m = f.match(words, tags);
 * }</pre>
 * Only runs of two to four proper nouns count, so a country in apposition ("Kenya, the chair of the bloc")
 * is no person, and a knowledge base name of the same words wins on confidence. Immutable and thread-safe.
 */
final class AppositionPersonFinder extends WordFinder {

    private static final Set<String> PERSON_TAGS = Set.of("PROPN", "X");
    private static final Set<String> MODIFIER_TAGS = Set.of("ADJ", "PROPN", "NOUN", "VERB", "X", "NUM");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "his", "her", "their");
    private static final int MAX_MODIFIERS = 5;

    private final PhraseSet roles;
    private final ProperNounPatternFinder names;

    AppositionPersonFinder(PhraseSet roles, ProperNounPatternFinder names) {
        this.roles = roles;
        this.names = names;
    }

    @Override
    List<NameMatch> match(String[] words, String[] tags) {
        List<NameMatch> out = new ArrayList<>();
        if (tags == null || ProperNounPatternFinder.isAllCapsLine(words)) {
            return out;
        }
        for (int s = 0; s < words.length; s++) {
            if (!isPersonWord(words, tags, s) || s > 0 && names.isNameWord(words, tags, s - 1)) {
                continue;
            }
            int e = s;
            while (e < words.length && isPersonWord(words, tags, e)) {
                e++;
            }
            if (e - s < 2 || e - s > 4 || names.endsInHead(words, e)) {
                continue;
            }
            if (roleFollows(words, tags, e) || roleBefore(words, s, e)) {
                out.add(new NameMatch(s, e, EntityType.PERSON, ProperNounPatternFinder.join(words, s, e), null,
                        "pattern:apposition-person", 0.7));
            }
        }
        return out;
    }

    /** NAME , [the] [modifiers] ROLE: "Ines Carvalho, the acting UN Under-Secretary-General". */
    private boolean roleFollows(String[] w, String[] tags, int e) {
        if (e + 1 >= w.length || !w[e].equals(",")) {
            return false;
        }
        int k = e + 1;
        if (DETERMINERS.contains(w[k].toLowerCase(java.util.Locale.ROOT))) {
            k++;
        }
        for (int n = 0; k < w.length && n <= MAX_MODIFIERS; n++, k++) {
            if (roles.longestAt(w, k) > 0) {
                return true;
            }
            boolean modifier = MODIFIER_TAGS.contains(tags[k]) || w[k].equals("-") || w[k].equals("'s");
            if (!modifier) {
                return false;
            }
        }
        return false;
    }

    /** role , NAME , : "his Togolese counterpart, Kossi Agbeko, met ..." (a lower-case role noun). */
    private boolean roleBefore(String[] w, int s, int e) {
        if (s < 2 || !w[s - 1].equals(",") || !Character.isLowerCase(w[s - 2].codePointAt(0))
                || roles.longestEndingAt(w, s - 1) == 0) {
            return false;
        }
        return e == w.length || Set.of(",", ".", ";", ")").contains(w[e]);
    }

    private boolean isPersonWord(String[] w, String[] tags, int k) {
        return names.isNameWord(w, tags, k) && PERSON_TAGS.contains(tags[k]);
    }
}
