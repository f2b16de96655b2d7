package org.newskg.extract.entity;

import org.newskg.kb.EntityType;
import org.newskg.kb.NameKey;

/**
 * Cuts a person's name the model ran on past a common word ("Kessler in Lyon" → "Kessler"), and completes
 * one the model cut short: a glued hyphen and the word after it ("Lee Teng" +
 * "-hui", "Prayut Chan" + "-o-cha", "N'Dour-" + "Élysée"), a lower-case name particle and the capitalized words after it
 * ("Alexander" + "van der Bellen", "Faruk" + "al-Shareh"), an elided particle glued to its name ("Valery Giscard" +
 * "d'Estaing", one word to the tokenizer), a particle just before the name ("bin" + "Laden") and the first half of a double
 * given name a finder began after ("Anna-" + "Marie Doe"). Particles come
 * from data/lexicon/name-particles.tsv.
 *
 * <pre>{@code
 * NameMatch whole = new NameShapes(particles).complete(words, person);
 * }</pre>
 * Immutable and thread-safe.
 */
final class NameShapes {

    /** "d'Estaing", "d'Ormesson", "dell'Utri": a particle elided before a vowel, glued to the capitalized name. */
    private static final java.util.regex.Pattern ELIDED = java.util.regex.Pattern.compile("\\p{Ll}{1,4}['’]\\p{Lu}\\p{L}+");

    /** "Anna", "Jean": a capitalized word of lower-case letters, as the first half of a double given name is written. */
    /** Roman numerals from II to XXXIX; "I" alone is left out (the pronoun). */
    private static final java.util.regex.Pattern REGNAL = java.util.regex.Pattern.compile("X{0,3}(IX|IV|VI{0,3}|I{2,3})|X{1,3}I?");

    private static final java.util.regex.Pattern TITLE_WORD = java.util.regex.Pattern.compile("\\p{Lu}\\p{Ll}+");

    private final PhraseSet particles;
    private final java.util.function.Predicate<String> kin;

    NameShapes(PhraseSet particles) {
        this(particles, word -> false);
    }

    /** @param kin whether a word is a kinship particle ("bin", "ibn"), after which a capitalized particle goes on */
    NameShapes(PhraseSet particles, java.util.function.Predicate<String> kin) {
        this.particles = particles;
        this.kin = kin;
    }

    NameMatch complete(SentenceWords w, NameMatch m) {
        String[] words = w.words();
        int start = m.start();
        int end = cutAtCommonWord(w, m);
        // "N'Dour-" + "Élysée": the model stopped after the hyphen, before a capital it does not know.
        if (end - 1 > start && words[end - 1].equals("-") && glued(w, end - 1, end) && end < words.length
                && Character.isLetter(words[end].codePointAt(0))) {
            end++;
        }
        boolean grew = true;
        while (grew) {
            grew = false;
            if (end + 1 < words.length && words[end].equals("-") && glued(w, end - 1, end) && glued(w, end, end + 1)
                    && Character.isLetter(words[end + 1].codePointAt(0))) {
                end += 2;
                grew = true;
            }
            // "van der Bellen": one or more particles, then a capitalized word
            int k = end;
            while (k < words.length && isParticle(words[k])) {
                k++;
            }
            if (k > end && k < words.length && Character.isUpperCase(words[k].codePointAt(0))) {
                end = k + 1;
                grew = true;
            }
            // "Karim bin Hassan" + "Al Rudolf": after a kinship particle, a capitalized particle and a capitalized word
            if (end + 1 < words.length && hasKin(words, start, end) && isCapitalParticle(words[end])
                    && Character.isUpperCase(words[end + 1].codePointAt(0))) {
                end += 2;
                grew = true;
            }
            if (end < words.length && end > start && ELIDED.matcher(words[end]).matches()) {
                end++;
                grew = true;
            }
            // "al-Shareh": particle, hyphen, capitalized word
            if (end + 2 < words.length && isParticle(words[end]) && words[end + 1].equals("-") && glued(w, end, end + 1)
                    && glued(w, end + 1, end + 2) && Character.isUpperCase(words[end + 2].codePointAt(0))) {
                end += 3;
                grew = true;
            }
        }
        // "Pope Paul VI", "Louis XIV": a Roman numeral after the name is its regnal number, which the model rarely saw
        if (end < words.length && REGNAL.matcher(words[end]).matches()) {
            end++;
        }
        // "Anna-Marie" + "Doe": a finder that began after the hyphen cut the first half of a double given name off.
        if (start >= 2 && words[start - 1].equals("-") && glued(w, start - 2, start - 1) && glued(w, start - 1, start)
                && TITLE_WORD.matcher(words[start - 2]).matches()) {
            start -= 2;
        }
        if (start >= 2 && words[start - 1].equals("-") && isParticle(words[start - 2]) && glued(w, start - 2, start - 1)
                && glued(w, start - 1, start)) {
            start -= 2;
        } else if (start >= 1 && isParticle(words[start - 1]) && (start < 2 || !Character.isUpperCase(words[start - 2].codePointAt(0)))) {
            start -= 1;
        }
        if (start == m.start() && end == m.end()) {
            return m;
        }
        return new NameMatch(start, end, m.type(), NameWords.join(words, start, end), m.qid(), m.rule(), m.confidence());
    }

    /**
     * "Choi Soon" + "-sil": a name of two or more capitalized words the model did not take for a person, followed by a
     * hyphen and a short lower-case word glued to it, is a person with a hyphenated given name ("Choi Soon-sil",
     * "Moon Jae-in"), unless the word makes an adjective of the whole ({@code suffix}: "Saudi Arabia-led", "New
     * York-based"); else the match unchanged.
     */
    NameMatch hyphenatedPerson(SentenceWords w, NameMatch m, java.util.function.Predicate<String> suffix) {
        String[] words = w.words();
        int end = m.end();
        if (m.qid() != null || m.length() < 2 || end + 1 >= words.length || !words[end].equals("-")
                || !glued(w, end - 1, end) || !glued(w, end, end + 1)) {
            return m;
        }
        String tail = words[end + 1];
        if (!tail.matches("\\p{Ll}{1,4}") || suffix.test(tail) || end + 2 < words.length && glued(w, end + 1, end + 2)) {
            return m;
        }
        for (int i = m.start(); i < end; i++) {
            if (!words[i].matches("\\p{Lu}\\p{Ll}+")) {
                return m;
            }
        }
        return new NameMatch(m.start(), end + 2, EntityType.PERSON, NameWords.join(words, m.start(), end + 2), null,
                m.rule(), m.confidence());
    }

    /**
     * The end of a person's name the model ran on past a common word ("Kessler in Lyon", "Adeyemi and
     * Musa"): a lower-case word that is no name particle and not the tail of a hyphenated name ends it.
     */
    private int cutAtCommonWord(SentenceWords w, NameMatch m) {
        String[] words = w.words();
        for (int i = m.start() + 1; i < m.end(); i++) {
            boolean lower = Character.isLowerCase(words[i].codePointAt(0));
            boolean hyphenTail = words[i - 1].equals("-") && glued(w, i - 1, i);
            if (lower && !isParticle(words[i]) && !hyphenTail && !ELIDED.matcher(words[i]).matches()) {
                return i;
            }
        }
        return m.end();
    }

    private boolean hasKin(String[] words, int start, int end) {
        for (int i = start + 1; i < end - 1; i++) {
            if (Character.isLowerCase(words[i].codePointAt(0)) && kin.test(words[i])) {
                return true;
            }
        }
        return false;
    }

    /** "Al", "El": a particle written with a capital, as family names of the Gulf often have it. */
    private boolean isCapitalParticle(String word) {
        return word.length() > 1 && Character.isUpperCase(word.codePointAt(0)) && !NameKey.isAllCaps(word)
                && particles.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    private boolean isParticle(String word) {
        return particles.contains(word) && Character.isLowerCase(word.codePointAt(0));
    }

    /** No space between word i and word j = i + 1 in the article. */
    private static boolean glued(SentenceWords w, int i, int j) {
        return i >= 0 && j < w.size() && w.ends()[i] == w.begins()[j];
    }
}
