package org.newskg.extract.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Given names learnt from the knowledge base's people: the first word of a label of two words or more, when
 * at least {@value #MIN_PEOPLE} people share it. A hundred thousand politicians of every country know that
 * "Ngozi" or "Oleksandr" opens a person's name, where the hand-written list of a few hundred given names knows
 * mostly English ones.
 *
 * <pre>{@code
 * Set<String> given = PersonNameParts.givenNames(kb.personLabels());   // "Ngozi", "Oleksandr", ...
 * }</pre>
 * Stateless and thread-safe. The result is sorted: the same knowledge base gives the same list.
 */
final class PersonNameParts {

    /** One person's odd label ("Wax Lyrical") teaches nothing: a given name is shared by several people. */
    static final int MIN_PEOPLE = 3;

    private PersonNameParts() {
    }

    static Set<String> givenNames(List<String> personLabels) {
        Map<String, Integer> counts = new HashMap<>();
        for (String label : personLabels) {
            String l = label.strip();
            int space = l.indexOf(' ');
            if (space > 0 && isNameWord(l.substring(0, space))) {
                counts.merge(l.substring(0, space), 1, Integer::sum);
            }
        }
        TreeSet<String> out = new TreeSet<>();
        counts.forEach((w, n) -> {
            if (n >= MIN_PEOPLE) {
                out.add(w);
            }
        });
        return out;
    }

    /**
     * A capitalized word of letters (an apostrophe allowed: "D'Arcy"), at least two of them and not all capitals:
     * no initial ("J."), no generation ("III"), no particle ("bin", "van"), no hyphenated pair (the recognizer
     * sees "Jean-Marc" as three words).
     */
    static boolean isNameWord(String w) {
        if (w.length() < 2 || !Character.isUpperCase(w.codePointAt(0))) {
            return false;
        }
        // loops, not streams: called for every word
        boolean allUpper = true;
        for (int i = 0; i < w.length(); ) {
            int c = w.codePointAt(i);
            if (!(Character.isLetter(c) || c == '\'' || c == '’')) {
                return false;
            }
            allUpper &= Character.isUpperCase(c);
            i += Character.charCount(c);
        }
        return !allUpper;
    }
}
