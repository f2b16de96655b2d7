package org.newskg.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.newskg.kb.EntityType;

/**
 * Finds names that are not in the knowledge base from capitalized word sequences and the cues of a
 * {@link CueLexicon}: an organization head or suffix ("Ministry of Foreign Affairs", "Toyota Motor
 * Corp."), a facility head ("Palace of Culture"), a descriptor noun ("oil company Petrobras"),
 * a place head ("Hebei Province"), a place preposition ("in Nakuru"), or a listed event name
 * ("Spring Festival"). People are found by {@link PersonPatternFinder}.
 *
 * <pre>{@code
 * ProperNounPatternFinder f = new ProperNounPatternFinder(cues);
 * List<NameMatch> m = f.match(words, tags);
 * }</pre>
 * A capitalized sequence without any cue yields nothing: headlines and sentence-initial words are
 * capitalized anyway. Immutable and thread-safe.
 */
final class ProperNounPatternFinder extends WordFinder {

    static final Pattern SAINT = Pattern.compile("St\\.?|Saint|Ste\\.?");

    private static final Set<String> VERB_GROUP = Set.of("VERB", "AUX", "ADV", "PART");
    private static final java.util.regex.Pattern PRICE = java.util.regex.Pattern.compile("\\d+(?:[.,]\\d+)?|\\d+-\\d+/\\d+|\\d+/\\d+");
    private static final java.util.regex.Pattern FRACTION = java.util.regex.Pattern.compile("(?:\\d+-)?\\d+/\\d+");
    private static final Set<String> SAYS = Set.of("said", "says", "announced", "reported", "added");
    private static final Set<String> NAME_TAGS = Set.of("PROPN", "NOUN", "ADJ", "X", "NUM");

    private final CueLexicon cues;
    private final PhraseSet orgFollowers;
    private final PhraseSet particles;

    ProperNounPatternFinder(CueLexicon cues) {
        this(cues, new PhraseSet(java.util.Map.of()), new PhraseSet(java.util.Map.of()));
    }

    /**
     * @param orgFollowers nouns after a name that make it a company ("Kessel shares"), from org-followers.tsv
     * @param particles    lower-case particles inside names ("del" in "Santiago del Estero"), from name-particles.tsv
     */
    ProperNounPatternFinder(CueLexicon cues, PhraseSet orgFollowers, PhraseSet particles) {
        this.cues = cues;
        this.orgFollowers = orgFollowers;
        this.particles = particles;
    }

    @Override
    List<NameMatch> match(String[] words, String[] tags) {
        List<NameMatch> out = new ArrayList<>();
        eventNames(words, out);
        datelineSource(words, out);
        datelinePlace(words, out);
        if (!isAllCapsLine(words)) {
            chunks(words, tags, out);
        }
        return out;
    }

    private void eventNames(String[] w, List<NameMatch> out) {
        for (int i = 0; i < w.length; i++) {
            int n = cues.eventNames().longestAt(w, i);
            if (n > 0 && Character.isUpperCase(w[i].codePointAt(0))) {
                out.add(new NameMatch(i, i + n, EntityType.EVENT, join(w, i, i + n), null, "pattern:event-name", 0.85));
            }
        }
    }

    /**
     * "LIMA, May 2 (Andes Example Wire) -": the parenthesized words between an all-caps dateline and its dash name
     * the news agency, an organization whether or not any cue or the knowledge base knows it.
     */
    private void datelineSource(String[] w, List<NameMatch> out) {
        if (w.length < 5 || !org.newskg.kb.NameKey.isAllCaps(w[0]) || org.newskg.kb.NameKey.letters(w[0]).length() < 3) {
            return;
        }
        for (int open = 1; open < Math.min(w.length, 10); open++) {
            if (!w[open].equals("(")) {
                continue;
            }
            int close = open + 1;
            while (close < w.length && close - open <= 5 && !w[close].equals(")")) {
                close++;
            }
            boolean dash = close + 1 < w.length && w[close + 1].matches("-+|\u2013|\u2014");
            if (close < w.length && w[close].equals(")") && dash && close > open + 1 && allCapitalized(w, open + 1, close)) {
                out.add(new NameMatch(open + 1, close, EntityType.ORGANIZATION, join(w, open + 1, close), null,
                        "pattern:dateline-source", 0.7));
            }
            return;
        }
    }

    /**
     * "SHARM EL-SHEIKH, Egypt, Oct 17 (Reuters) -", "JAKARTA -", "LONDON 2024-03-03": the capitals that open a dateline
     * name the place the story was filed from, whatever a model makes of them (in title case they may look like a
     * person's name). A run of at most four all-caps words counts as a dateline when a dash follows it or closes the
     * dateline within twelve words (after the agency's parentheses), or when a date follows it (a month, or a date in
     * digits), or when the line, after a comma, ends in a date in digits ("ESTORIL , Portugal 1996-09-20"); no word of it
     * may be a stop capital ("UPDATE", "PHOTO").
     */
    private void datelinePlace(String[] w, List<NameMatch> out) {
        int end = 0;
        int words = 0;
        while (end < w.length && words <= 4 && (isCapsWord(w[end])
                || end > 0 && w[end].equals("-") && end + 1 < w.length && isCapsWord(w[end + 1]))) {
            words += w[end].equals("-") ? 0 : 1;
            end++;
        }
        if (end == 0 || words > 4 || end >= w.length || org.newskg.kb.NameKey.letters(w[0]).length() < 3) {
            return;
        }
        boolean dashed = DASH.matcher(w[end]).matches() || isDate(w[end]);
        // "NAIROBI, Kenya (AP) -", "WASHINGTON, Feb 3 -": after a comma the dash closes an agency or a date.
        boolean dated = false;
        for (int k = end + 1; w[end].equals(",") && k < Math.min(w.length, end + 12) && !dashed; k++) {
            dated |= isDate(w[k]);
            // "ESTORIL , Portugal 1996-09-20": a line that ends in a date in digits is a dateline without a dash.
            dashed = DASH.matcher(w[k]).matches() && (dated || w[k - 1].equals(")"))
                    || k + 1 == w.length && DIGIT_DATE.matcher(w[k]).matches();
        }
        if (dashed) {
            out.add(new NameMatch(0, end, EntityType.PLACE, join(w, 0, end), null, "pattern:dateline-place", 0.6));
        }
    }

    static final String INDEX_RULE = "pattern:index-name";
    private static final Pattern DASH = Pattern.compile("-+|\u2013|\u2014");
    private static final Pattern DIGIT_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{2,4}");

    /** A month ("Oct", "Feb."; a stop capital in title case) or a date in digits. */
    private boolean isDate(String word) {
        boolean stopInTitleCase = Character.isUpperCase(word.codePointAt(0)) && cues.isStopCapital(word)
                && !org.newskg.kb.NameKey.isAllCaps(word) && !cues.isSurnameStopCapital(word);
        return DIGIT_DATE.matcher(word).matches() || stopInTitleCase || word.equals("May");
    }

    /** An all-caps word of a dateline ("SHARM", "EL-SHEIKH", "ST."), or a hyphen inside one; no stop capital. */
    private boolean isCapsWord(String word) {
        if (word.equals("-")) {
            return false;
        }
        return !org.newskg.kb.NameKey.letters(word).isEmpty() && org.newskg.kb.NameKey.isAllCaps(word) && !cues.isStopCapital(word);
    }

    private static boolean allCapitalized(String[] w, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!Character.isUpperCase(w[k].codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    static boolean isAllCapsLine(String[] w) {
        int letters = 0;
        for (String word : w) {
            if (org.newskg.kb.NameKey.letters(word).isEmpty()) {
                continue;
            }
            if (!org.newskg.kb.NameKey.isAllCaps(word)) {
                return false;
            }
            letters++;
        }
        return letters >= 3;
    }

    boolean endsInHead(String[] w, int end) {
        return cues.orgHeads().longestEndingAt(w, end) > 0 || cues.facilityHeads().longestEndingAt(w, end) > 0
                || cues.placeHeads().longestEndingAt(w, end) > 0;
    }

    private void chunks(String[] w, String[] tags, List<NameMatch> out) {
        int i = 0;
        while (i < w.length) {
            if (!isNameWord(w, tags, i)) {
                i++;
                continue;
            }
            int coreEnd = i;
            while (coreEnd < w.length && (isNameWord(w, tags, coreEnd) || isInnerHyphen(w, tags, coreEnd, i))) {
                coreEnd++;
            }
            coreEnd = withPluralPossessive(w, tags, i, coreEnd);
            // "Independent Electoral and Boundaries Commission": one name across a connector, if a head closes it.
            int headEnd = lastHeadEnd(w, tags, i, runEnd(w, tags, coreEnd));
            if (headEnd > coreEnd) {
                classify(w, tags, i, headEnd, out);
                i = headEnd;
            } else {
                classify(w, tags, i, coreEnd, out);
                i = coreEnd;
            }
        }
    }

    /**
     * "Kenya National Farmers' Federation": a plural possessive inside a name, kept only when the name then ends
     * in an organization or facility head ("Farmers' Federation"); "the Maldives' Ahmed" stays apart. So is a
     * saint's possessive ("St George's Hall"), never another singular one ("Ruritania's Foreign Ministry").
     */
    private int withPluralPossessive(String[] w, String[] tags, int start, int coreEnd) {
        if (coreEnd >= w.length - 1) {
            return coreEnd;
        }
        // The tokenizer gives "Farmers" "'" or a single "Farmers'" (which the tagger may not call a name).
        boolean apart = coreEnd > start && w[coreEnd].equals("'") && w[coreEnd - 1].endsWith("s");
        boolean glued = w[coreEnd].endsWith("s'") && Character.isUpperCase(w[coreEnd].codePointAt(0));
        // "St George's Hall", "St. Peter's Square": a saint's possessive belongs to the building's name.
        boolean saint = coreEnd > start + 1 && SAINT.matcher(w[start]).matches()
                && (w[coreEnd].equals("'s") || w[coreEnd].equals("\u2019s"));
        if (!apart && !glued && !saint || !isNameWord(w, tags, coreEnd + 1)) {
            return coreEnd;
        }
        int k = coreEnd + 1;
        while (k < w.length && isNameWord(w, tags, k)) {
            k++;
        }
        boolean head = cues.orgHeads().longestEndingAt(w, k) > 0 || cues.facilityHeads().longestEndingAt(w, k) > 0;
        return head ? withPluralPossessive(w, tags, start, k) : coreEnd;
    }

    private int runEnd(String[] w, String[] tags, int coreEnd) {
        int k = coreEnd;
        // Stop at a complete name: "Apple Inc. and Samsung Electronics" are two organizations.
        while (k + 1 < w.length && cues.isInnerConnector(w[k]) && isNameWord(w, tags, k + 1) && !endsInHead(w, k)) {
            k++;
            while (k < w.length && isNameWord(w, tags, k)) {
                k++;
            }
        }
        return k;
    }

    private int lastHeadEnd(String[] w, String[] tags, int start, int end) {
        for (int e = end; e > start; e--) {
            if (crossesTitledName(w, tags, start, e)) {
                return start;
            }
            if (isNameWord(w, tags, e - 1) && !startsTitle(w, e) && (cues.orgHeads().longestEndingAt(w, e) > 0
                    || cues.facilityHeads().longestEndingAt(w, e) > 0 || cues.eventHeads().longestEndingAt(w, e) > 0)) {
                return e;
            }
        }
        return start;
    }

    /** "Energy Minister": a head word right before a title names the portfolio, it does not end a name. */
    private boolean startsTitle(String[] w, int k) {
        return k < w.length && cues.titles().longestAt(w, k) > 0;
    }

    /**
     * "Finance Minister Wale Edun and Ghanaian Trade and Industry": a title followed by a name inside
     * the span means two titled people are coordinated, not one organization across the conjunction; so does a
     * title with its portfolio ("Minister for Lands and Natural Resources").
     */
    private boolean crossesTitledName(String[] w, String[] tags, int start, int end) {
        for (int k = start; k < end; k++) {
            int t = cues.titles().longestAt(w, k);
            if (t > 0 && k + t < end && (isNameWord(w, tags, k + t) || w[k + t].equals("for") || w[k + t].equals("of"))) {
                return true;
            }
        }
        return false;
    }

    private void classify(String[] w, String[] tags, int start, int coreEnd, List<NameMatch> out) {
        int end = coreEnd;
        if (start >= 2 && (w[start - 1].equals("for") || w[start - 1].equals("of"))
                && cues.titles().longestEndingAt(w, start - 1) > 0) {
            return; // "Minister of Mines and Energy": the portfolio of a title names no organization
        }
        String orgKind = headValue(cues.orgHeads(), w, end);
        boolean facility = cues.facilityHeads().longestEndingAt(w, end) > 0;
        String place = headValue(cues.placeHeads(), w, end);
        boolean event = cues.eventHeads().longestEndingAt(w, end) > 0;
        if (event && PersonPatternFinder.isTitleCase(w)) {
            // In a title-case headline every word is capitalized: "Ministers at Nairobi Summit" names no event
            // (nor a place "Nairobi Summit"); the known names inside it still count.
            return;
        }
        int law = lawEnd(w, tags, start, end);
        if (law > end) {
            out.add(new NameMatch(start, law, EntityType.LAW, join(w, start, law), null, "pattern:law-name", 0.75));
            return;
        }
        if ("suffix".equals(orgKind)) {
            // "Toyota Motor Corp. said": the abbreviation keeps its dot; so it does when the dot also ends the sentence
            // (or the sentence splitter took it for a full stop: "JGC Corp. (1963.T)") if the suffix is an abbreviation
            // written in title case ("Corp", "Inc", "Co"; not "AG" or "Limited").
            String suffix = w[end - 1];
            boolean lastDot = end + 1 == w.length && suffix.length() <= 4 && !org.newskg.kb.NameKey.isAllCaps(suffix)
                    && Character.isUpperCase(suffix.codePointAt(0));
            if ((end + 1 < w.length || lastDot) && end < w.length && w[end].equals(".") && !w[end - 1].endsWith(".")) {
                end++;
            }
            if (end - start >= 2) {
                out.add(new NameMatch(start, end, EntityType.ORGANIZATION, join(w, start, end), null, "pattern:org-suffix", 0.8));
            }
            return;
        }
        if (orgKind != null || facility || place != null || event) {
            end = extendWithConnectors(w, tags, end);
            int headWords = Math.max(Math.max(cues.orgHeads().longestEndingAt(w, coreEnd),
                    cues.facilityHeads().longestEndingAt(w, coreEnd)), cues.placeHeads().longestEndingAt(w, coreEnd));
            if (end - start <= Math.max(headWords, 1)) {
                return;  // a bare head word ("the Ministry") names nothing by itself
            }
            if (facility) {
                out.add(new NameMatch(start, end, EntityType.FACILITY, join(w, start, end), null, "pattern:facility", 0.75));
            } else if (orgKind != null) {
                out.add(new NameMatch(start, end, EntityType.ORGANIZATION, join(w, start, end), null, "pattern:org-suffix", 0.75));
            } else if (place != null) {
                EntityType type = EntityType.parse(place);
                out.add(new NameMatch(start, end, type, join(w, start, end), null, "pattern:place-head", 0.7));
            } else {
                out.add(new NameMatch(start, end, EntityType.EVENT, join(w, start, end), null, "pattern:event-head", 0.65));
            }
            return;
        }
        if (start > 0 && (cues.isOrgDescriptor(w[start - 1]) || start > 1 && cues.isOrgDescriptor(w[start - 2] + " " + w[start - 1]))
                && Character.isLowerCase(w[start - 1].codePointAt(0))
                && coreEnd - start <= 4 && allProper(tags, start, coreEnd) && !cues.givenNames().contains(w[start])) {
            out.add(new NameMatch(start, coreEnd, EntityType.ORGANIZATION, join(w, start, coreEnd), null,
                    "pattern:org-context", 0.65));
            return;
        }
        if (coreEnd < w.length && coreEnd - start <= 3 && cues.indexWords().longestAt(w, coreEnd) > 0
                && Character.isLowerCase(w[coreEnd].codePointAt(0)) && !cues.givenNames().contains(w[start])) {
            // "the Nikkei average", "the Merval index": a stock index, a published product, whatever the model says.
            out.add(new NameMatch(start, coreEnd, EntityType.WORK, join(w, start, coreEnd), null, INDEX_RULE, 0.7));
            return;
        }
        if (coreEnd < w.length && Character.isLowerCase(w[coreEnd].codePointAt(0))
                && (orgFollowers.longestAt(w, coreEnd) > 0 || isPriceMove(cues, w, tags, coreEnd))
                && coreEnd - start <= 3 && properOrFirst(tags, start, coreEnd) && !cues.givenNames().contains(w[start])
                && (start == 0 || !cues.isPlaceCue(w[start - 1]))) {
            out.add(new NameMatch(start, coreEnd, EntityType.ORGANIZATION, join(w, start, coreEnd), null,
                    "pattern:org-follower", 0.6));
            return;
        }
        if (coreEnd - start <= 4 && properOrFirst(tags, start, coreEnd)
                && (isSubjectOfIts(w, tags, coreEnd) || isSubjectOfSaidIt(w, tags, coreEnd))
                && !cues.givenNames().contains(w[start])) {
            // "Norvantis said its sales fell": fills a gap the model left (NameCombiner).
            out.add(new NameMatch(start, coreEnd, EntityType.ORGANIZATION, join(w, start, coreEnd), null, "pattern:org-its", 0.6));
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
        placeCue(w, tags, start, coreEnd, out);
    }

    /**
     * "Lufthansa said its traffic rose", "Kessler Motoren cut its forecast": a name whose verb is followed by "its"
     * is a company or body, not a person (who would be "his" or "her"). Up to three verbs, auxiliaries, adverbs or
     * particles may come between ("has also raised its").
     */
    static boolean isSubjectOfIts(String[] words, String[] tags, int end) {
        if (tags == null) {
            return false;
        }
        boolean verb = false;
        for (int k = end; k < words.length && k < end + 4; k++) {
            String tag = tags[k];
            if (words[k].equals("its")) {
                return verb;
            }
            if (!VERB_GROUP.contains(tag)) {
                return false;
            }
            verb |= tag.equals("VERB");
        }
        return false;
    }

    /** "jumped 14 pence", "eased four pence", "fell 1-3/4": a share price's move in a market report. */
    static boolean isPriceMove(CueLexicon cues, String[] w, String[] tags, int k) {
        if (k + 1 >= w.length || !cues.isPriceVerb(w[k])
                || !PRICE.matcher(w[k + 1]).matches() && (tags == null || !tags[k + 1].equals("NUM"))) {
            return false;
        }
        return FRACTION.matcher(w[k + 1]).matches() || k + 2 < w.length && cues.isPriceUnit(w[k + 2]);
    }

    /**
     * "Shell said it expected margins to stay weak", "BHP said on Tuesday it would consider": a name that says
     * what "it" will do is a company or body; a person says what "he" or "she" will do. Wants "it" to be the
     * subject of a verb, so "Smith said it was late" still needs the model, which finds people well.
     */
    static boolean isSubjectOfSaidIt(String[] words, String[] tags, int end) {
        if (tags == null) {
            return false;
        }
        int k = end;
        while (k < words.length && k < end + 2 && (tags[k].equals("AUX") || tags[k].equals("ADV"))) {
            k++;
        }
        if (k >= words.length || !SAYS.contains(words[k])) {
            return false;
        }
        k++;
        if (k + 1 < words.length && words[k].equals("on") && Character.isUpperCase(words[k + 1].codePointAt(0))) {
            k += 2;  // "said on Tuesday it"
        }
        return k + 1 < words.length && words[k].equals("it") && (tags[k + 1].equals("AUX") || tags[k + 1].equals("VERB"));
    }

    /** Two to six capital letters, nothing else ("SPLA", "ANC"; not "G20" or "U.S."). */
    private static boolean isAcronym(String word) {
        if (word.length() < 2 || word.length() > 6) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            char c = word.charAt(k);
            if (c < 'A' || c > 'Z') {
                return false;
            }
        }
        return true;
    }

    /**
     * "Treaty of Lisbon", "Convention on the Rights": a law head (law-heads.tsv) continued by "of" or "on" and
     * capitalized words names one law (the place inside, "Lisbon", is no mention of its own). Answers the law's end,
     * or {@code end} when the name is no such law. A name that only ends in a law head ("Master Agreement") is left to
     * the model: the open corpora rarely annotate those. In a title-case headline, where every word is capitalized,
     * nothing is a law.
     */
    private int lawEnd(String[] w, String[] tags, int start, int end) {
        if (cues.lawHeads().longestEndingAt(w, end) == 0 || PersonPatternFinder.isTitleCase(w)) {
            return end;
        }
        boolean continued = end < w.length && (w[end].equals("of") || w[end].equals("on"));
        return continued ? extendWithConnectors(w, tags, end) : end;
    }

    /**
     * Proper nouns, but for a sentence's first word, which the tagger often calls a common noun when it does not know
     * it ("Vodafone chief executive ..."); the recognizer drops such a name when that word is common English.
     */
    private static boolean properOrFirst(String[] tags, int from, int to) {
        return from == 0 && to > 0 ? allProper(tags, 1, to) : allProper(tags, from, to);
    }

    private static boolean allProper(String[] tags, int from, int to) {
        for (int k = from; k < to; k++) {
            if (tags != null && !"PROPN".equals(tags[k])) {
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
        int whole = Math.max(end, particleNameEnd(particles, w, end));
        // "near Zemo Nikozi": a strong cue makes a place phrase, which beats a person the model saw (NameCombiner);
        // not before a possessive ("outside Smith's house").
        boolean strong = (kindOf ? cues.isStrongPlaceCue(w[start - 2] + " " + w[start - 1]) : cues.isStrongPlaceCue(w[start - 1]))
                && !(whole < w.length && (w[whole].equals("'s") || w[whole].equals("\u2019s") || w[whole].equals("'")));
        out.add(new NameMatch(start, whole, EntityType.PLACE, join(w, start, whole), null,
                strong ? "pattern:place-phrase" : "pattern:place-cue", strong ? 0.65 : 0.6));
    }

    /** The end of capitalized words and particles continuing a name at {@code from}, if a particle is among them. */
    static int particleNameEnd(PhraseSet particles, String[] w, int from) {
        int k = from;
        int end = from;
        while (k < w.length && isCapitalized(w[k])) {
            k++;
        }
        while (k + 1 < w.length && particles.contains(w[k]) && Character.isLowerCase(w[k].codePointAt(0)) && isCapitalized(w[k + 1])) {
            k++;
            while (k < w.length && isCapitalized(w[k])) {
                k++;
            }
            end = k;
        }
        return end;
    }

    private static boolean isCapitalized(String word) {
        return Character.isUpperCase(word.codePointAt(0)) && word.codePoints().anyMatch(Character::isLetter);
    }

    private static String headValue(PhraseSet heads, String[] w, int end) {
        int n = heads.longestEndingAt(w, end);
        return n == 0 ? null : heads.valueOf(w, end - n, end);
    }

    /** "Ministry" + "of Foreign Affairs", "Hall" + "of the People": connectors then capitalized words. */
    private int extendWithConnectors(String[] w, String[] tags, int end) {
        int k = end;
        // "the African Union and ECOWAS": a conjunction right after the head coordinates two names.
        if (tags != null && k < w.length && "CCONJ".equals(tags[k])) {
            return end;
        }
        while (k < w.length && cues.isConnector(w[k]) && k - end < 2) {
            k++;
        }
        // "the True Path Party of Foreign Minister Tansu Ciller", "the Social Democrats of Milos Zeman": a title, or a
        // known given name and a surname, after the connector open a person, the party's leader, no part of its name.
        boolean person = k + 1 < w.length && cues.givenNames().longestAt(w, k) == 1 && isNameWord(w, tags, k + 1);
        if (k == end || k >= w.length || !isNameWord(w, tags, k) || cues.titles().longestAt(w, k) > 0 || person) {
            return end;
        }
        while (k < w.length && isNameWord(w, tags, k)) {
            k++;
        }
        return k;
    }

    /** "Inter-American Development Bank": a hyphen between two name words (one token, split for matching). */
    private boolean isInnerHyphen(String[] w, String[] tags, int k, int start) {
        return k > start && w[k].equals("-") && k + 1 < w.length && isNameWord(w, tags, k + 1);
    }

    boolean isNameWord(String[] w, String[] tags, int k) {
        String word = w[k];
        if (!Character.isUpperCase(word.codePointAt(0)) || !hasLetterOrDigit(word) || cues.isStopCapital(word)) {
            return false;
        }
        // "firm JGC/NOUN Corp./ADV": a company suffix after a capitalized word is a name word whatever its tag.
        if (k > 0 && Character.isUpperCase(w[k - 1].codePointAt(0)) && "suffix".equals(cues.orgHeads().valueOf(w, k, k + 1))) {
            return true;
        }
        // "Deutsche Telekom said": the tagger, seeing an unknown capitalized word open the sentence, may call it a
        // pronoun; before another name word it is part of the name (real pronouns are stop capitals).
        return tags == null || NAME_TAGS.contains(tags[k])
                || k == 0 && tags[0].equals("PRON") && w.length > 1 && isNameWord(w, tags, 1);
    }

    static String join(String[] w, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            boolean glue = sb.length() == 0 || w[k].equals(".") || w[k].equals("-") || w[k - 1].equals("-");
            if (!glue) {
                sb.append(' ');
            }
            sb.append(w[k]);
        }
        return sb.toString();
    }
}
