package org.newskg.extract.entity;

import java.util.List;
import org.newskg.kb.EntityType;
import org.newskg.kb.NameKey;

/**
 * Types capitalized words that end in no head word by the words around them: a descriptor before them ("oil company
 * Petrobras"), an index word ("the Merval index"), a company's follower or price move ("Kessel shares", "jumped 14
 * pence"), "its" after their verb, "the" before an acronym, a place cue ("in Nakuru", "the port of Tartus").
 *
 * <pre>{@code
 * new CuedNames(cues, orgFollowers, particles).match(words, tags, start, end, out);
 * }</pre>
 * Immutable and thread-safe.
 */
final class CuedNames {

    static final String INDEX_RULE = "pattern:index-name";
    static final String ACRONYM_RULE = "pattern:acronym";

    private final CueLexicon cues;
    private final PhraseSet orgFollowers;
    private final PhraseSet particles;

    /**
     * @param orgFollowers nouns after a name that make it a company ("Kessel shares"), from org-followers.tsv
     * @param particles    lower-case particles inside names ("del" in "Santiago del Estero"), from name-particles.tsv
     */
    CuedNames(CueLexicon cues, PhraseSet orgFollowers, PhraseSet particles) {
        this.cues = cues;
        this.orgFollowers = orgFollowers;
        this.particles = particles;
    }

    /** Adds at most one match for the capitalized words [start, coreEnd), the first cue that fits. */
    void match(String[] w, String[] tags, int start, int coreEnd, List<NameMatch> out) {
        int n = wordCount(w, start, coreEnd);
        boolean given = opensWithGivenName(w, start, coreEnd);
        if ((start > 0 && (cues.isOrgDescriptor(w[start - 1]) || start > 1 && cues.isOrgDescriptor(w[start - 2] + " " + w[start - 1]))
                && Character.isLowerCase(w[start - 1].codePointAt(0)) || isCuedConjunct(w, start))
                && n <= 4 && (allProper(w, tags, start, coreEnd) || isUnknownNoun(w, tags, start, coreEnd))
                && !given) {
            out.add(new NameMatch(start, coreEnd, EntityType.ORGANIZATION, NameWords.join(w, start, coreEnd), null,
                    "pattern:org-context", 0.65));
            return;
        }
        if (n <= 5 && (isDescribedAfter(w, coreEnd) && !given || given && n >= 2 && isCompanyAfter(w, coreEnd))) {
            // "Jane Doe Foods , the Strelsau maker of frozen pies ,": a company named after its founder, given name and
            // all, is still described as one in apposition (a person is no maker, brewer or firm).
            out.add(new NameMatch(start, coreEnd, EntityType.ORGANIZATION, NameWords.join(w, start, coreEnd), null,
                    "pattern:org-context", 0.65));
            return;
        }
        if (coreEnd < w.length && n <= 3 && cues.indexWords().longestAt(w, coreEnd) > 0
                && Character.isLowerCase(w[coreEnd].codePointAt(0)) && !given) {
            // "the Nikkei average", "the Merval index": a stock index, a published product, whatever the model says.
            out.add(new NameMatch(start, coreEnd, EntityType.WORK, NameWords.join(w, start, coreEnd), null, INDEX_RULE, 0.7));
            return;
        }
        if (coreEnd < w.length && Character.isLowerCase(w[coreEnd].codePointAt(0))
                && (orgFollowers.longestAt(w, coreEnd) > 0 || CompanyCues.isPriceMove(cues, w, tags, coreEnd))
                && n <= 3 && properOrFirst(w, tags, start, coreEnd) && !given
                && (start == 0 || !cues.isPlaceCue(w[start - 1]))) {
            out.add(new NameMatch(start, coreEnd, EntityType.ORGANIZATION, NameWords.join(w, start, coreEnd), null,
                    "pattern:org-follower", 0.6));
            return;
        }
        if (n <= 4 && properOrFirst(w, tags, start, coreEnd)
                && (CompanyCues.isSubjectOfIts(w, tags, coreEnd) || CompanyCues.isSubjectOfSaidIt(w, tags, coreEnd))
                && !given) {
            // "Norvantis said its sales fell": fills a gap the model left (NameCombiner).
            out.add(new NameMatch(start, coreEnd, EntityType.ORGANIZATION, NameWords.join(w, start, coreEnd), null,
                    "pattern:org-its", 0.6));
            return;
        }
        if (coreEnd - start == 1 && start > 0 && w[start - 1].equals("the") && isAcronym(w[start])
                && !cues.isCommonAcronym(w[start])) {
            // "the SPLA", "the ANC": an unknown acronym with the article names an organization far more often than
            // anything else (a known place, "the US", is the knowledge base's and wins; common nouns such as "the CEO"
            // are listed in common-acronyms.tsv). Only fills a gap the model left (NameCombiner).
            out.add(new NameMatch(start, coreEnd, EntityType.ORGANIZATION, w[start], null, "pattern:the-acronym", 0.55));
            return;
        }
        if (coreEnd - start == 1 && isAcronym(w[start]) && !cues.isCommonAcronym(w[start]) && !isShouted(w, start)) {
            // "ANC secretary-general", "stocks in LME warehouses", "KEPCO was steady": an unknown acronym in running
            // text names an organization far more often than anything else, with or without the article. Only fills a
            // gap the model, the knowledge base and the expansions in the story left (NameCombiner, AcronymResolver).
            out.add(new NameMatch(start, coreEnd, EntityType.ORGANIZATION, w[start], null, ACRONYM_RULE, 0.5));
            return;
        }
        placeCue(w, tags, start, coreEnd, out);
    }

    /**
     * "KEPCO , the state power utility ,", "Norsk Hydro , Norway 's largest industrial group ,", "ING , the Dutch banking
     * group ,": a descriptor (org-descriptors.tsv) closing a noun phrase in apposition after the name, opened by an
     * article or a possessive and at most six words long, says the name is a company or body. The descriptor must end
     * the phrase ("the company 's chairman" and "a bank analyst" describe people).
     */
    boolean isDescribedAfter(String[] w, int end) {
        return descriptorAfter(w, end) >= 0;
    }

    /**
     * "Harlow and Pike , the Strelsau shipbuilder ,": as {@link #isDescribedAfter}, with a singular descriptor (a plural
     * one, "the two carmakers", describes several bodies).
     */
    boolean isDescribedAfterAsOne(String[] w, int end) {
        int h = descriptorAfter(w, end);
        return h >= 0 && !w[h].endsWith("s");
    }

    /**
     * As {@link #isDescribedAfterAsOne}, with an article before the descriptor and no body that could be a person's
     * ("the party", "the union", "the club", "the agency", "the group" are listed in org-descriptors.tsv but a person
     * is often "the group's leader"; these are left out): "Jane Doe , the Strelsau maker of", "Doe Vance , the law firm".
     */
    boolean isCompanyAfter(String[] w, int end) {
        int h = descriptorAfter(w, end);
        return h >= 0 && !w[h].endsWith("s") && (w[end + 1].equals("the") || w[end + 1].equals("a") || w[end + 1].equals("an"))
                && !PERSONAL_BODIES.contains(w[h]);
    }

    private static final java.util.Set<String> PERSONAL_BODIES = java.util.Set.of("party", "union", "club", "agency", "group",
            "newspaper", "daily", "regulator", "watchdog", "giant", "startup", "start-up");

    /** Where the descriptor of {@link #isDescribedAfter} is, or -1. */
    private int descriptorAfter(String[] w, int end) {
        if (end + 2 >= w.length || !w[end].equals(",")) {
            return -1;
        }
        int k = end + 1;
        if (w[k].equals("the") || w[k].equals("a") || w[k].equals("an")) {
            k++;
        } else if (k + 1 < w.length && Character.isUpperCase(w[k].codePointAt(0)) && isPossessive(w[k + 1])) {
            k += 2;  // "Norway 's"
        } else {
            return -1;
        }
        if (k + 1 < w.length && isPossessive(w[k + 1])) {
            k += 2;  // "the world 's"
        }
        for (int h = k; h < w.length && h < k + 6; h++) {
            if (!Character.isLetter(w[h].codePointAt(0)) || PHRASE_ENDS.contains(w[h]) || w[h].equals("at") || w[h].equals("for")
                    || w[h].equals("who")) {
                return -1;  // "Jane Doe , the chairman of the company ,": the head came before "of"
            }
            if (Character.isLowerCase(w[h].codePointAt(0)) && cues.isOrgDescriptor(w[h])) {
                // "the law firm at the centre of the leak": "at" after the descriptor ends the phrase too ("at" before
                // it, "the analyst at the bank", does not).
                return h + 1 == w.length || PHRASE_ENDS.contains(w[h + 1]) || w[h + 1].equals("at") ? h : -1;
            }
        }
        return -1;
    }

    private static final java.util.Set<String> PHRASE_ENDS = java.util.Set.of(",", ".", ";", "of", "that", "which", "with",
            "and", "in", "based", "said", "to");

    private static boolean isPossessive(String word) {
        return word.equals("'s") || word.equals("\u2019s") || word.equals("'");
    }

    /**
     * "power utility Eskom said", "oil company Petrobras": one capitalized word the tagger, not knowing it, called a
     * common noun, after a descriptor inside the sentence, is the name; a title there ("the firm's Chairman") is not.
     */
    private boolean isUnknownNoun(String[] w, String[] tags, int start, int end) {
        return tags != null && end == start + 1 && "NOUN".equals(tags[start]) && cues.titles().longestAt(w, start) == 0
                && !NameKey.isAllCaps(w[start]) && cues.orgHeads().longestAt(w, start) == 0;
    }

    /** An all-caps line, or an all-caps word next to another ("SPORTS NEWS"): a shouted word, no acronym. */
    private static boolean isShouted(String[] w, int k) {
        return NameWords.isAllCapsLine(w) || k > 0 && isCapsWord(w[k - 1]) || k + 1 < w.length && isCapsWord(w[k + 1]);
    }

    /** "TOKYO", "SPLA": a word of two or more characters with letters, all of them capitals. */
    static boolean isCapsWord(String word) {
        return word.length() >= 2 && NameKey.isAllCaps(word) && !NameKey.letters(word).isEmpty();
    }

    /**
     * Two to six capital letters, nothing else ("SPLA", "ANC"; not "G20" or "U.S."), or an "&" between them ("H&W": a
     * company's founders' initials; terms such as "R&D" are in common-acronyms.tsv).
     */
    static boolean isAcronym(String word) {
        if (word.length() < 2 || word.length() > 6) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            char c = word.charAt(k);
            if ((c < 'A' || c > 'Z') && !(c == '&' && k > 0 && k < word.length() - 1 && word.charAt(k - 1) != '&')) {
                return false;
            }
        }
        return true;
    }

    /**
     * Proper nouns, but for a sentence's first word, which the tagger often calls a common noun when it does not know
     * it ("Vodafone chief executive ..."); the recognizer drops such a name when that word is common English.
     */
    /** The words of [from, to), a hyphen inside a compound ("Nordvik-Kessel", split for matching) not counted. */
    private static int wordCount(String[] w, int from, int to) {
        int n = 0;
        for (int k = from; k < to; k++) {
            n += w[k].equals("-") ? 0 : 1;
        }
        return n;
    }

    /**
     * Whether [start, end) opens with a given name, which makes it a person's more likely than a company's; a given name
     * hyphened to one capitalized word alone ("Marla-Vance") is no person's name (as in {@link PersonPatternFinder}).
     */
    private boolean opensWithGivenName(String[] w, int start, int end) {
        return cues.givenNames().contains(w[start]) && !(end == start + 3 && w[start + 1].equals("-"));
    }

    private static boolean properOrFirst(String[] w, String[] tags, int from, int to) {
        return from == 0 && to > 0 ? allProper(w, tags, 1, to) : allProper(w, tags, from, to);
    }

    /**
     * Whether every word of [from, to) is tagged a proper noun; a hyphen between two of them ("Nordvik-Kessel", split
     * for matching) is part of the name.
     */
    private static boolean allProper(String[] w, String[] tags, int from, int to) {
        for (int k = from; k < to; k++) {
            boolean innerHyphen = w[k].equals("-") && k > 0 && k + 1 < to;
            if (tags != null && !"PROPN".equals(tags[k]) && !innerHyphen) {
                return false;
            }
        }
        return true;
    }

    private void placeCue(String[] w, String[] tags, int start, int end, List<NameMatch> out) {
        // "in Nairobi", and a kind of place before "of": "the village of Las Mercedes", "the port of Tartus"
        boolean kindOf = start > 1 && Character.isLowerCase(w[start - 2].codePointAt(0))
                && cues.isPlaceCue(w[start - 2] + " " + w[start - 1]);
        boolean cued = kindOf || start > 0 && cues.isPlaceCue(w[start - 1]);
        if (!cued || end - start > 3 || cues.givenNames().contains(w[start]) && !kindOf) {
            return;
        }
        for (int k = start; k < end; k++) {
            if (tags != null && !"PROPN".equals(tags[k]) || cues.titles().longestAt(w, k) > 0) {
                return;
            }
        }
        // "in Santiago del Estero": the particle and the words after it belong to the place's name.
        int whole = Math.max(end, NameWords.particleNameEnd(particles, w, end));
        // "near Zemo Nikozi": a strong cue makes a place phrase, which beats a person the model saw (NameCombiner);
        // not before a possessive ("outside Smith's house").
        boolean strong = (kindOf ? cues.isStrongPlaceCue(w[start - 2] + " " + w[start - 1]) : cues.isStrongPlaceCue(w[start - 1]))
                && !(whole < w.length && (w[whole].equals("'s") || w[whole].equals("\u2019s") || w[whole].equals("'")));
        EntityType kind = kindOf ? cues.placeKind(w[start - 2] + " " + w[start - 1]) : EntityType.PLACE;
        out.add(new NameMatch(start, whole, kind, NameWords.join(w, start, whole), null,
                strong ? "pattern:place-phrase" : "pattern:place-cue", strong ? 0.65 : 0.6));
    }

    /**
     * "exporters Infosys and Wipro", "carmakers Toyota , Honda and Nissan": a name coordinated with one a descriptor
     * opens (org-descriptors.tsv) is cued by it too.
     */
    private boolean isCuedConjunct(String[] w, int start) {
        int k = start - 1;
        while (k >= 2 && (w[k].equals("and") || w[k].equals(","))) {
            int first = k - 1;
            while (first > 0 && k - first < 4 && Character.isUpperCase(w[first].codePointAt(0))) {
                first--;
            }
            if (first == k - 1 && !Character.isUpperCase(w[first].codePointAt(0))) {
                return false; // no name before the conjunction
            }
            if (Character.isLowerCase(w[first].codePointAt(0)) && cues.isOrgDescriptor(w[first])) {
                return true;
            }
            if (!w[first].equals(",") && !w[first].equals("and")) {
                return false;
            }
            k = first;
        }
        return false;
    }
}
