package org.newskg.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.newskg.kb.EntityType;
import org.newskg.kb.NameKey;

/**
 * Finds people's names that are not in the knowledge base: a title or honorific before a name
 * ("Chancellor Olaf Scholz", "Mr. Tanaka", "spokesperson Wang Wenbin") or a known given name followed
 * by another proper noun ("Tim Cook"), using the cues of a {@link CueLexicon}.
 *
 * <pre>{@code
 * PersonPatternFinder f = new PersonPatternFinder(cues, new ProperNounPatternFinder(cues));
 * List<NameMatch> m = f.match(words, tags);
 * }</pre>
 * Immutable and thread-safe. Nothing is found in all-caps headlines, where every word looks like a name.
 */
final class PersonPatternFinder extends WordFinder {

    static final String INITIALS_RULE = "pattern:initials-person";

    private static final Set<String> PERSON_TAGS = Set.of("PROPN", "X");
    private static final Set<String> LOOSE_TAGS = Set.of("AUX", "VERB", "NOUN", "ADJ");
    private static final int MAX_PERSON_WORDS = 4;
    private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\.?");
    private static final Pattern GENERATION = Pattern.compile("Jr\\.?|Sr\\.?|II|III|IV");
    private static final Pattern INITIALS = Pattern.compile("(?:\\p{Lu}\\.){2,3}");
    // The tokenizer may cut "F.W." into "F" and ".W."
    private static final Pattern INITIALS_TAIL = Pattern.compile("(?:\\.\\p{Lu}){1,2}\\.");

    private final CueLexicon cues;
    private final ProperNounPatternFinder names;

    PersonPatternFinder(CueLexicon cues, ProperNounPatternFinder names) {
        this.cues = cues;
        this.names = names;
    }

    @Override
    List<NameMatch> match(String[] words, String[] tags) {
        List<NameMatch> out = new ArrayList<>();
        if (!NameWords.isAllCapsLine(words)) {
            titledPersons(words, tags, out);
            givenNamePersons(words, tags, out);
            agedPersons(words, tags, out);
            initialedPersons(words, tags, out);
        }
        return out;
    }

    private void titledPersons(String[] w, String[] tags, List<NameMatch> out) {
        for (int i = 0; i < w.length; i++) {
            int t = cues.titles().longestAt(w, i);
            if (t == 0) {
                continue;
            }
            int j = i + t;
            if (j < w.length && w[j].equals(".")) {
                j++;
            }
            if (j < w.length && cues.titles().longestAt(w, j) > 0) {
                continue; // "Deputy Foreign Minister Jane Doe": the name follows the last title of the chain
            }
            if (j < w.length && initialsEnd(w, j) > j) {
                continue; // "President F.W. de Klerk": the initials rule reads the whole name
            }
            int end = personEnd(w, tags, j);
            // The tagger often calls a foreign given name a NOUN ("spokesperson Wang/NOUN Wenbin/PROPN").
            if (end == j && j + 1 < w.length && names.isNameWord(w, tags, j) && isPersonWord(w, tags, j + 1)) {
                end = personEnd(w, tags, j + 1);
            }
            if (end == j) {
                j = afterPortfolio(w, j);
                end = j >= 0 ? Math.max(personEnd(w, tags, j), j + 1 < w.length ? personEnd(w, tags, j + 1) : j) : -1;
            }
            if (j >= 0 && end > j && !names.endsInHead(w, end)) {
                double conf = end - j >= 2 ? 0.8 : 0.7;
                out.add(new NameMatch(j, end, EntityType.PERSON, NameWords.join(w, j, end), null, "pattern:title-person", conf));
                if (isPlural(w, i, t)) {
                    coordinated(w, tags, end, conf, out);
                }
            }
        }
    }

    /**
     * "Minister for Industry and Trade Jane Doe", "Secretary of Foreign Affairs John Roe": after a title, its
     * portfolio of capitalized words runs straight into the name. Where one ends and the other begins the words do
     * not say, so the name is taken to be the run's last two words, when at least one portfolio word is left
     * before them. Answers where the name starts, or -1.
     */
    private int afterPortfolio(String[] w, int j) {
        if (j + 1 >= w.length || !(w[j].equals("for") || w[j].equals("of"))) {
            return -1;
        }
        int k = j + 1;
        int lastAnd = -1;
        while (k < w.length && cues.titles().longestAt(w, k) == 0 && (names.isNameWord(w, null, k) || k > j + 1
                && k + 1 < w.length && (w[k].equals("and") || w[k].equals("&") || w[k].equals(",")) && names.isNameWord(w, null, k + 1))) {
            lastAnd = w[k].equals("and") ? k : lastAnd;
            k++;
        }
        if (k < w.length && cues.titles().longestAt(w, k) > 0 && lastAnd > 0) {
            k = lastAnd; // "... Jane Doe and Ruritanian Minister of ...": the next titled person begins after "and"
        }
        return k - (j + 1) >= 3 && !w[k - 2].equals("and") && !w[k - 3].equals(",") ? k - 2 : -1;
    }

    /** "Presidents" is the plural of a listed title: it may govern two names joined by "and". */
    private boolean isPlural(String[] w, int i, int t) {
        String last = w[i + t - 1];
        if (last.length() < 4 || !last.endsWith("s")) {
            return false;
        }
        String[] singular = java.util.Arrays.copyOfRange(w, i, i + t);
        singular[t - 1] = last.substring(0, last.length() - 1);
        return cues.titles().longestAt(singular, 0) == t;
    }

    /** "Presidents Amara Diallo and Kofi Mensah": the second name after the conjunction is a person too. */
    private void coordinated(String[] w, String[] tags, int end, double conf, List<NameMatch> out) {
        if (end + 1 >= w.length || tags == null || !"CCONJ".equals(tags[end]) || !isPersonWord(w, tags, end + 1)) {
            return;
        }
        int second = personEnd(w, tags, end + 1);
        if (second > end + 1 && !names.endsInHead(w, second)) {
            out.add(new NameMatch(end + 1, second, EntityType.PERSON, NameWords.join(w, end + 1, second), null,
                    "pattern:title-person", conf));
        }
    }

    private void givenNamePersons(String[] w, String[] tags, List<NameMatch> out) {
        for (int i = 0; i + 1 < w.length; i++) {
            boolean mistagged = isMistaggedGivenName(w, tags, i);
            if (!(isPersonWord(w, tags, i) || mistagged) || !cues.givenNames().contains(w[i])) {
                continue;
            }
            int end = mistagged ? personEnd(w, tags, i + 1) : personEnd(w, tags, i);
            // "George Washington University": a name running on into an organization is not a person.
            if (end - i >= 2 && !names.endsInHead(w, end) && !(end < w.length && names.isNameWord(w, tags, end))
                    && !isEventOrBodyName(w, i, end)) {
                if (isGroupBefore(w, i, end)) {
                    // "the opposition Karam Dal party": a group's name, not a person's (only fills a gap, NameCombiner)
                    out.add(new NameMatch(i, end, EntityType.ORGANIZATION, NameWords.join(w, i, end), null, "pattern:org-follower", 0.6));
                    continue;
                }
                // "Beverly-Haskett fell 7/8", "Philip Vance rose 2 percent": a person's price does not move; a company
                // named after its founders does (only fills a gap the model left, NameCombiner).
                boolean company = CompanyCues.isRelativePriceMove(cues, w, tags, end) || isBodyOfPerson(w, tags, i);
                if (!company && end - i == 3 && w[i + 1].equals("-")) {
                    continue; // "Marla-Vance said": a given name hyphened to one capitalized word alone is no sign of a person
                }
                out.add(company ? new NameMatch(i, end, EntityType.ORGANIZATION, NameWords.join(w, i, end), null, "pattern:org-follower", 0.6)
                        : new NameMatch(i, end, EntityType.PERSON, NameWords.join(w, i, end), null, "pattern:given-name", 0.7));
            }
        }
    }

    /**
     * "Southern Christian Leadership Conference", "Victoria Falls Summit": three words or more closed by an event head
     * (event-heads.tsv) name a meeting or the body that holds it, not a person whose first name opens them; two words
     * may be a person ("Tom Masters", "Anne Fair").
     */
    private boolean isEventOrBodyName(String[] w, int start, int end) {
        return end - start >= 3 && cues.eventHeads().longestEndingAt(w, end) > 0;
    }

    /**
     * "the opposition Karam Dal party", "the Doe Front insurgency": a name after "the" (and at most two lower-case
     * words) and before a noun of armed or political groups (group-followers.tsv) names a group, whatever its first word.
     */
    private boolean isGroupBefore(String[] w, int start, int end) {
        return end < w.length && cues.isGroupFollower(w[end]) && NonPersonReadings.theBefore(w, start);
    }

    /**
     * "said Jane Roe of Harley Vance", "John Doe of Hollis Brandt Securities": after a person's name and "of", a name
     * opening with a given name is the firm the person speaks for, named after its founders, not a second person. A
     * title before "of" ("Minister of", "Duke of") opens no person's name.
     */
    private boolean isBodyOfPerson(String[] w, String[] tags, int i) {
        return i >= 3 && w[i - 1].equals("of") && isPersonWord(w, tags, i - 2) && isPersonWord(w, tags, i - 3)
                && cues.titles().longestAt(w, i - 2) == 0 && cues.titles().longestAt(w, i - 3) == 0
                && !names.endsInHead(w, i - 1);
    }

    /**
     * "F.W. de Klerk", "P.W. Botha": given names written as initials before a family name (with its particles). Not
     * "U.S. Congress" or "U.N. Secretary-General" (a title, or a head word such as "Army", after the letters). Only fills
     * a gap the model left (NameCombiner).
     */
    private void initialedPersons(String[] w, String[] tags, List<NameMatch> out) {
        for (int i = 0; i + 1 < w.length; i++) {
            int k = initialsEnd(w, i);
            if (k == i || k >= w.length || cues.isCommonAcronym(NameWords.join(w, i, k)) || cues.titles().longestAt(w, k) > 0) {
                continue;
            }
            int end = NameWords.particleNameEnd(names.particles(), w, k);
            if (end == k && names.isNameWord(w, tags, k)) {
                end = k + 1;
            }
            // "U.N. Security Council": a longer run of capitalized words is some body's name
            boolean runOn = end < w.length && Character.isUpperCase(w[end].codePointAt(0));
            if (end > k && end - i <= MAX_PERSON_WORDS + 1 && !runOn && !names.endsInHead(w, end)
                    && cues.institutions().longestAt(w, k) == 0) {
                // after a title ("President F.W. de Klerk") the name is as sure as any titled one
                String rule = i > 0 && cues.titles().longestEndingAt(w, i) > 0 ? "pattern:title-person" : INITIALS_RULE;
                out.add(new NameMatch(i, end, EntityType.PERSON, NameWords.join(w, i, end), null, rule, 0.7));
            }
        }
    }

    /** Where the initials starting at token {@code i} end ("P.W.", "F" ".W."), or {@code i} when there are none. */
    private static int initialsEnd(String[] w, int i) {
        // INITIALS matches only four or more characters ending in a period: most words are ruled out without a
        // matcher (one was made for every word of every sentence)
        String word = w[i];
        if (word.length() >= 4 && word.charAt(word.length() - 1) == '.' && INITIALS.matcher(word).matches()) {
            return i + 1;
        }
        boolean split = i + 1 < w.length && w[i].length() == 1 && Character.isUpperCase(w[i].charAt(0))
                && INITIALS_TAIL.matcher(w[i + 1]).matches();
        return split ? i + 2 : i;
    }

    /**
     * "Kgosi Mmusi, 45, a farmer": two or three proper nouns followed by an age between commas name a person, though
     * no list knows the given name. Only fills a gap the model left (NameCombiner); a name ending in a head ("Bank")
     * is no person.
     */
    private void agedPersons(String[] w, String[] tags, List<NameMatch> out) {
        for (int e = 2; e + 2 < w.length; e++) {
            if (!w[e].equals(",") || !w[e + 2].equals(",") || !AGE.matcher(w[e + 1]).matches()) {
                continue;
            }
            int s = e;
            while (s > 0 && e - s < 4 && isPersonWord(w, tags, s - 1)) {
                s--;
            }
            boolean alone = s == 0 || !names.isNameWord(w, tags, s - 1);
            if (alone && e - s >= 2 && e - s <= 3 && !names.endsInHead(w, e)) {
                out.add(new NameMatch(s, e, EntityType.PERSON, NameWords.join(w, s, e), null, "pattern:age-person", 0.7));
            }
        }
    }

    private static final java.util.regex.Pattern AGE = java.util.regex.Pattern.compile("[1-9][0-9]?|1[01][0-9]");

    private int personEnd(String[] w, String[] tags, int from) {
        int k = from;
        int nameWords = 0;   // the hyphens of "Jean-Pierre N'Dour-Élysée" do not count
        boolean runningText = !isTitleCase(w);
        while (k < w.length && nameWords < MAX_PERSON_WORDS
                && (isPersonWord(w, tags, k) || k > from && runningText && (isMistaggedSurname(w, tags, k) || isWordSurname(w, k)))
                && (k == from || cues.titles().longestAt(w, k) == 0)) {
            k++;
            nameWords++;
            // A double-barrelled name ("Doe-Smith") was split at its hyphen: keep it whole.
            if (k + 1 < w.length && w[k].equals("-") && w[k - 1].length() > 1 && isPersonWord(w, tags, k + 1)) {
                k++;
            }
            // A middle initial ("Jane Q. Doe", the tokenizer may give "Q" and ".") belongs to the name before a surname.
            int initial = initialLength(w, k);
            if (initial > 0 && k + initial < w.length && (isPersonWord(w, tags, k + initial)
                    || runningText && isMistaggedSurname(w, tags, k + initial))) {
                k += initial;
            }
        }
        // "John Doe Jr.", "James Roe III": a generational suffix closes the name.
        if (k > from + 1 && k < w.length && GENERATION.matcher(w[k]).matches()) {
            k += k + 1 < w.length && w[k + 1].equals(".") && w[k].startsWith("J") ? 2 : 1;
        }
        return k;
    }

    /** Words of a middle initial at {@code k}: "Q." is one, "Q" "." two, anything else none. */
    private static int initialLength(String[] w, int k) {
        if (k >= w.length || !INITIAL.matcher(w[k]).matches()) {
            return 0;
        }
        if (w[k].endsWith(".")) {
            return 1;
        }
        return k + 1 < w.length && w[k + 1].equals(".") ? 2 : 0;
    }

    /**
     * The tagger calls unknown foreign surnames AUX, VERB or NOUN ("President Yoweri Museveni/AUX"). In
     * running text a capitalized word right after a name word is still part of the name; in title-case
     * headlines it is not ("Jane Doe Holds Talks").
     */
    private boolean isMistaggedSurname(String[] w, String[] tags, int k) {
        return tags != null && LOOSE_TAGS.contains(tags[k]) && names.isNameWord(w, null, k)
                && w[k].length() > 1 && !org.newskg.kb.NameKey.isAllCaps(w[k]);
    }

    /**
     * "Nick Read, who ...", "Theresa May": a stop capital that is also a family name (stop-capitals.tsv) ends the name
     * of a known given name right before it, though it is never a name by itself ("ALSO READ").
     */
    private boolean isWordSurname(String[] w, int k) {
        return cues.isSurnameStopCapital(w[k]) && Character.isUpperCase(w[k].codePointAt(0))
                && !org.newskg.kb.NameKey.isAllCaps(w[k]) && cues.givenNames().contains(w[k - 1]);
    }

    /** Headline-style: no lower-case word of four letters or more ("Holds Talks With Doe Over Phone"). */
    static boolean isTitleCase(String[] w) {
        for (String word : w) {
            if (word.length() >= 4 && Character.isLowerCase(word.codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Cristiano/NOUN Ronaldo/PROPN came on", "team-mate Kylian/ADJ Mbappe/PROPN": the tagger, meeting a given name it
     * never saw, calls it a noun or an adjective; a listed given name so tagged before a proper noun still opens a name.
     * Not a word in capitals ("SAN CRISTOBAL DE LAS CASAS , Mexico": a dateline's place, the tagger rightly unsure).
     */
    private boolean isMistaggedGivenName(String[] w, String[] tags, int k) {
        return tags != null && k + 1 < w.length && ("NOUN".equals(tags[k]) || "ADJ".equals(tags[k]))
                && !NameKey.isAllCaps(w[k]) && names.isNameWord(w, null, k) && isPersonWord(w, tags, k + 1);
    }

    private boolean isPersonWord(String[] w, String[] tags, int k) {
        return names.isNameWord(w, tags, k) && (tags == null || PERSON_TAGS.contains(tags[k]));
    }
}
