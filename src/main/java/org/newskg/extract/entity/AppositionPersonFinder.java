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
 * AppositionPersonFinder f = new AppositionPersonFinder(roleNouns, new ProperNounPatternFinder(cues), particles);
 * List<NameMatch> m = f.match(words, tags);
 * }</pre>
 * Only runs of two to four proper nouns count (lower-case particles inside aside: "Violeta Barrios de Chamorro"), so a
 * country in apposition ("Kenya, the chair of the bloc") is no person, and a knowledge base name of the same words wins
 * on confidence. Immutable and thread-safe.
 */
final class AppositionPersonFinder extends WordFinder {

    private static final Set<String> PERSON_TAGS = Set.of("PROPN", "X");
    private static final Set<String> MODIFIER_TAGS = Set.of("ADJ", "PROPN", "NOUN", "VERB", "X", "NUM");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "his", "her", "their");
    private static final int MAX_MODIFIERS = 5;

    private final PhraseSet roles;
    private final ProperNounPatternFinder names;
    private final PhraseSet particles;

    /** @param particles lower-case particles inside people's names ("de" of "Violeta Barrios de Chamorro", "bin") */
    AppositionPersonFinder(PhraseSet roles, ProperNounPatternFinder names, PhraseSet particles) {
        this.roles = roles;
        this.names = names;
        this.particles = particles;
    }

    @Override
    List<NameMatch> match(String[] words, String[] tags) {
        List<NameMatch> out = new ArrayList<>();
        if (tags == null || NameWords.isAllCapsLine(words)) {
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
            int end = NameWords.particleNameEnd(particles, words, e);
            int inner = 0;
            while (end > e && e < words.length) {
                // "Violeta Barrios de Chamorro, the publisher of ...": the particles are no words of their own
                inner += particles.contains(words[e]) ? 1 : 0;
                e++;
            }
            int first = afterTitle(words, s, e);
            if (e - first < 2 || e - first - inner > 4 || names.endsInHead(words, e)) {
                continue;
            }
            if (roleFollows(words, tags, e) || roleBefore(words, first, e)) {
                out.add(new NameMatch(first, e, EntityType.PERSON, NameWords.join(words, first, e), null,
                        "pattern:apposition-person", 0.7));
            }
        }
        for (int s = 1; s < words.length; s++) {
            int start = s;
            int e = nameAfterRole(words, tags, s);
            if (e > 0 && out.stream().noneMatch(m -> m.start() < e && start < m.end())) {
                out.add(new NameMatch(s, e, EntityType.PERSON, NameWords.join(words, s, e), null,
                        "pattern:apposition-person", 0.7));
            }
        }
        return out;
    }

    /**
     * Where the name begins in a run of capitalized words [s, e) that opens with a title and what stands before it
     * ("Ruritanian President Jane Doe, the ..."): after the last title leaving at least two words; else {@code s}.
     */
    private int afterTitle(String[] w, int s, int e) {
        int first = s;
        for (int k = s; k < e - 2; k++) {
            int n = roles.longestAt(w, k);
            if (n > 0 && k + n <= e - 2) {
                first = k + n;
            }
        }
        return first;
    }

    /**
     * role NAME: "his Pakistani counterpart Gohar Ayub Khan on Tuesday" (no comma; the tagger may call the first
     * name a noun or an adverb). Answers the end of a run of two to four capitalized words holding a proper noun
     * right after a lower-case role noun, else -1.
     */
    private int nameAfterRole(String[] w, String[] tags, int s) {
        if (!Character.isLowerCase(w[s - 1].codePointAt(0)) || roles.longestEndingAt(w, s) == 0) {
            return -1;
        }
        int e = s;
        boolean proper = false;
        // any capitalized word: the tagger guesses wildly at foreign names it has never seen ("Somsavat/ADV")
        while (e < w.length && e - s < 4 && names.isNameWord(w, null, e)) {
            proper |= PERSON_TAGS.contains(tags[e]);
            e++;
        }
        return e - s >= 2 && proper && !names.endsInHead(w, e) ? e : -1;
    }

    /** NAME , [the] [modifiers] ROLE: "Ines Carvalho, the acting UN Under-Secretary-General". */
    private boolean roleFollows(String[] w, String[] tags, int e) {
        if (e + 1 >= w.length || !w[e].equals(",")) {
            return false;
        }
        int k = e + 1;
        boolean determiner = DETERMINERS.contains(w[k].toLowerCase(java.util.Locale.ROOT));
        if (determiner) {
            k++;
        }
        for (int n = 0; k < w.length && n <= MAX_MODIFIERS; n++, k++) {
            if (roles.longestAt(w, k) > 0) {
                return true;
            }
            // "the acting UN Under-Secretary-General", "the newly elected president"; not the clause's own verb
            // ("La Prensa, defeated President Daniel Ortega": the newspaper is no person)
            boolean verb = tags[k].equals("VERB");
            boolean participle = w[k].endsWith("ing") || determiner && (w[k].endsWith("ed") || w[k].endsWith("en"));
            boolean modifier = (verb ? participle : MODIFIER_TAGS.contains(tags[k])) || w[k].equals("-") || w[k].equals("'s");
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
