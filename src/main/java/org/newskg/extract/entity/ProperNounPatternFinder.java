package org.newskg.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.newskg.kb.EntityType;
import org.newskg.kb.NameKey;

/**
 * Finds names that are not in the knowledge base from capitalized word sequences and the cues of a
 * {@link CueLexicon}: an organization head or suffix ("Ministry of Foreign Affairs", "Toyota Motor
 * Corp."), a facility head ("Palace of Culture"), a descriptor noun ("oil company Petrobras"),
 * a place head ("Hebei Province"), a place preposition ("in Nakuru"), or a listed event name
 * ("Spring Festival"). People are found by {@link PersonPatternFinder}; capitalized words with no head are typed by
 * the words around them ({@link CuedNames}); datelines name their place and agency ({@link DatelineNames}).
 *
 * <pre>{@code
 * ProperNounPatternFinder f = new ProperNounPatternFinder(cues);
 * List<NameMatch> m = f.match(words, tags);
 * }</pre>
 * A capitalized sequence without any cue yields nothing: headlines and sentence-initial words are
 * capitalized anyway. Immutable and thread-safe.
 */
final class ProperNounPatternFinder extends WordFinder {

    /** Facilities named by a building's head word (facility-heads.tsv, value "building"): the head beats the model. */
    static final String BUILDING_RULE = "pattern:building";

    /** Names whose head word comes first ("Banco Espanol de Credito", "Plaza de Mayo"; lead-heads.tsv): the head beats the model. */
    static final String LEAD_HEAD_RULE = "pattern:lead-head";

    /** A product's model code of capitals and digits ("ZX480", "Kv-120"): a product, whatever the model says. */
    static final String MODEL_CODE_RULE = "pattern:model-code";

    /**
     * One to four capitals (or a capital and up to three letters before a hyphen) and two digits or more, maybe one
     * closing capital: the way makers name aircraft, engines and machines. A code of one digit ("G7", "CO2", "Q3") or
     * with a second run of digits ("H5N1") is left alone.
     */
    private static final Pattern MODEL_CODE = Pattern.compile("\\p{Lu}{1,4}\\d{2,5}\\p{Lu}?|\\p{Lu}\\p{L}{0,3}-\\d{2,4}\\p{Lu}?");

    /** "Harlow and Pike said its": two names joined by "and" that a singular "its" or verb takes as one company. */
    static final String JOINED_COMPANY_RULE = "pattern:joined-company";

    private static final String BUILDING = "building";


    static final Pattern SAINT = Pattern.compile("St\\.?|Saint|Ste\\.?");

    /** English plurals not made with "s", whose possessive is written "'s". */
    private static final Set<String> IRREGULAR_PLURALS = Set.of("People", "Women", "Men", "Children");

    private static final Set<String> NAME_TAGS = Set.of("PROPN", "NOUN", "ADJ", "X", "NUM");

    private final CueLexicon cues;
    private final DatelineNames datelines;
    private final CuedNames cued;
    private final PhraseSet particles;
    private final PhraseSet personParticles;

    ProperNounPatternFinder(CueLexicon cues) {
        this(cues, new PhraseSet(java.util.Map.of()), new PhraseSet(java.util.Map.of()));
    }

    ProperNounPatternFinder(CueLexicon cues, PhraseSet orgFollowers, PhraseSet particles) {
        this(cues, orgFollowers, particles, new PhraseSet(java.util.Map.of()));
    }

    /**
     * @param orgFollowers nouns after a name that make it a company ("Kessel shares"), from org-followers.tsv
     * @param particles    lower-case particles inside names ("del" in "Santiago del Estero"), from name-particles.tsv
     * @param personParticles lower-case particles inside people's names ("van der"), from both particle files
     */
    ProperNounPatternFinder(CueLexicon cues, PhraseSet orgFollowers, PhraseSet particles, PhraseSet personParticles) {
        this.cues = cues;
        this.personParticles = personParticles;
        this.datelines = new DatelineNames(cues);
        this.cued = new CuedNames(cues, orgFollowers, particles);
        this.particles = particles;
    }

    /** The lower-case particles inside names this finder was given. */
    PhraseSet particles() {
        return particles;
    }

    @Override
    List<NameMatch> match(String[] words, String[] tags) {
        List<NameMatch> out = new ArrayList<>();
        eventNames(words, out);
        modelCodes(words, out);
        datelines.match(words, out);
        if (!NameWords.isAllCapsLine(words)) {
            chunks(words, tags, out);
        }
        return out;
    }

    private void eventNames(String[] w, List<NameMatch> out) {
        for (int i = 0; i < w.length; i++) {
            int n = cues.eventNames().longestAt(w, i);
            if (n > 0 && Character.isUpperCase(w[i].codePointAt(0))) {
                out.add(new NameMatch(i, i + n, EntityType.EVENT, NameWords.join(w, i, i + n), null, "pattern:event-name", 0.85));
            }
        }
    }

    /**
     * "the ZX480 engine", "the Kv-120 engines": a word shaped like a maker's model code names a product; a code
     * the knowledge base knows (a group of states, a road) is its own and wins there (NameCombiner).
     */
    private static void modelCodes(String[] w, List<NameMatch> out) {
        for (int i = 0; i < w.length; i++) {
            if (mayBeModelCode(w[i]) && MODEL_CODE.matcher(w[i]).matches()) {
                out.add(new NameMatch(i, i + 1, EntityType.WORK, w[i], null, MODEL_CODE_RULE, 0.6));
            }
        }
    }

    /**
     * Whether the word could match {@link #MODEL_CODE}: both its forms open with a capital letter and hold an ASCII
     * digit. Most words fail this, and are not given to a matcher (one per word was 3% of the recognizer's time).
     */
    static boolean mayBeModelCode(String word) {
        if (word.length() < 3 || Character.getType(word.codePointAt(0)) != Character.UPPERCASE_LETTER) {
            return false;
        }
        for (int i = 1; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    boolean endsInHead(String[] w, int end) {
        return cues.orgHeads().longestEndingAt(w, end) > 0 || cues.facilityHeads().longestEndingAt(w, end) > 0
                || cues.placeHeads().longestEndingAt(w, end) > 0;
    }

    private void chunks(String[] w, String[] tags, List<NameMatch> out) {
        int i = 0;
        while (i < w.length) {
            if (!isNameWord(w, tags, i) && !isHeadedCapital(w, tags, i)) {
                i++;
                continue;
            }
            int coreEnd = i;
            while (coreEnd < w.length && (isNameWord(w, tags, coreEnd) || isInnerHyphen(w, tags, coreEnd, i)
                    || isHeadedCapital(w, tags, coreEnd))) {
                coreEnd++;
            }
            coreEnd = withPluralPossessive(w, tags, i, coreEnd);
            int joined = joinedCompanyEnd(w, tags, i, coreEnd);
            if (joined > coreEnd) {
                out.add(new NameMatch(i, joined, EntityType.ORGANIZATION, NameWords.join(w, i, joined), null, JOINED_COMPANY_RULE, 0.7));
                i = joined;
                continue;
            }
            // "Independent Electoral and Boundaries Commission": one name across a connector, if a head closes it.
            int headEnd = lastHeadEnd(w, tags, i, runEnd(w, tags, i, coreEnd));
            int end = headEnd > coreEnd ? headEnd : coreEnd;
            classify(w, tags, withCapitalOpener(w, tags, i, end), end, out);
            i = end;
        }
    }

    /**
     * "Harlow and Pike said its", "Harlow and Harlow has cut": one or two capitalized words, "and" and one more,
     * taken up by a singular "its", "it" or verb, are one company named after two founders (two bodies or people would
     * be "their", "they", "have"). Answers the name's end, or {@code coreEnd} when the words are no such name; a title
     * opening either part says people.
     */
    private int joinedCompanyEnd(String[] w, String[] tags, int start, int coreEnd) {
        int end = coreEnd + 2;
        if (coreEnd - start > 2 || end > w.length || !w[coreEnd].equals("and") && !w[coreEnd].equals("&")
                || !isNameWord(w, tags, coreEnd + 1) || end < w.length && (isNameWord(w, tags, end) || isPossessive(w[end]))
                || start > 0 && Character.isUpperCase(w[start - 1].codePointAt(0))) {
            return coreEnd;
        }
        boolean given = false;
        for (int k : new int[] {start, coreEnd + 1}) {
            if (cues.titles().longestAt(w, k) > 0 || NameKey.isAllCaps(w[k])) {
                return coreEnd;
            }
            given |= cues.givenNames().contains(w[k]);
        }
        // "John and Mary said it was late": "it" need not be the names'; "its" and "has" after them must be.
        // "Harlow and Harlow": a name repeated across "and" is one company whatever follows; so are two names joined by
        // "&", which English writes between founders' names, not between two people or places ("Harlow & Pike fell");
        // a longer part is more often a title ("Social Science & Medicine").
        // "Harlow and Pike fell 6 pence": a share price moves after one company; two listed companies would each be
        // known to the knowledge base, which then keeps them apart (NameCombiner). "Harlow and Pike , the Strelsau
        // shipbuilder ,": a singular descriptor in apposition names one company too.
        boolean singular = coreEnd - start == 1 && (w[start].equals(w[coreEnd + 1]) || w[coreEnd].equals("&"))
                || CompanyCues.isSubjectOfIts(w, tags, end) || CompanyCues.isSingularVerb(w, end)
                || !given && CompanyCues.isSubjectOfSaidIt(w, tags, end) || CompanyCues.isPriceMove(cues, w, tags, end)
                || !given && cued.isDescribedAfterAsOne(w, end);
        return singular ? end : coreEnd;
    }

    /**
     * "voters backed the All Progressives Congress": mid-sentence, a capitalized word the tagger reads as no name ("All",
     * a determiner) right before a run of two words or more that ends in an organization head opens the body's name;
     * the capital is the name's, not the sentence's. Stop capitals ("The", "His") and a word after another capital
     * (a title-case headline) stay out.
     */
    private int withCapitalOpener(String[] w, String[] tags, int start, int end) {
        int k = start - 1;
        if (k < 1 || end - start < 2 || cues.orgHeads().longestEndingAt(w, end) == 0
                || Character.isUpperCase(w[k - 1].codePointAt(0))) {
            return start;
        }
        String word = w[k];
        boolean capital = word.length() > 1 && Character.isUpperCase(word.codePointAt(0))
                && word.chars().allMatch(Character::isLetter) && !NameKey.isAllCaps(word);
        return capital && !cues.isStopCapital(word) ? k : start;
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
        // "People's Party", "Women's League": an irregular plural takes "'s" and is a plural possessive too.
        boolean irregular = coreEnd > start && IRREGULAR_PLURALS.contains(w[coreEnd - 1])
                && (w[coreEnd].equals("'s") || w[coreEnd].equals("\u2019s"));
        // "Attorney General's Office", "Special Prosecutor's Office": an office named after the title holding it; a
        // name's possessive stays apart ("Ruritania's Foreign Ministry": no title ends before the "'s").
        boolean office = coreEnd > start && cues.titles().longestEndingAt(w, coreEnd) > 0
                && (w[coreEnd].equals("'s") || w[coreEnd].equals("\u2019s"));
        if (!apart && !glued && !saint && !irregular && !office || !isNameOrHead(w, tags, coreEnd + 1)) {
            return coreEnd;
        }
        int k = coreEnd + 1;
        while (k < w.length && isNameOrHead(w, tags, k)) {
            k++;
        }
        boolean head = cues.orgHeads().longestEndingAt(w, k) > 0 || cues.facilityHeads().longestEndingAt(w, k) > 0;
        return head ? withPluralPossessive(w, tags, start, k) : coreEnd;
    }

    /** A name word, or a capitalized head the tagger took for a common plural ("People's Deputies"). */
    private boolean isNameOrHead(String[] w, String[] tags, int k) {
        return isNameWord(w, tags, k) || k < w.length && Character.isUpperCase(w[k].codePointAt(0))
                && (cues.orgHeads().longestAt(w, k) > 0 || cues.facilityHeads().longestAt(w, k) > 0);
    }

    private int runEnd(String[] w, String[] tags, int start, int coreEnd) {
        int k = coreEnd;
        // Stop at a complete name: "Apple Inc. and Samsung Electronics" are two organizations.
        while (k + 1 < w.length && cues.isInnerConnector(w[k]) && isNameWord(w, tags, k + 1) && !endsInHead(w, k)
                && !coordinatesNames(w, tags, k) && !isPersonBeforeOf(w, start, k)) {
            k++;
            while (k < w.length && isNameWord(w, tags, k)) {
                k++;
            }
        }
        return k;
    }

    /**
     * "said John Doe of Acme Securities", "Jan van der Berg of Acme Bank": before "of", a name that opens with a given
     * name (two or three words, no head among them) or ends one with particles ("van der") is a person, of the body
     * after it, not the first part of the body's name ("Bank of Ruritania", "Church of Scotland" open with no given name).
     */
    private boolean isPersonBeforeOf(String[] w, int start, int k) {
        if (!w[k].equals("of") || cues.orgHeads().longestEndingAt(w, k) > 0 || cues.facilityHeads().longestEndingAt(w, k) > 0) {
            return false;
        }
        // "Jane Doe-Smith of": a hyphenated surname is one word of the name.
        int words = k - start - 2 * (int) java.util.Arrays.stream(w, start, k).filter("-"::equals).count();
        boolean givenFirst = words >= 2 && words <= 3 && cues.givenNames().contains(w[start])
                && cues.titles().longestAt(w, start) == 0;
        boolean afterParticle = start >= 2 && personParticles.contains(w[start - 1]) && Character.isLowerCase(w[start - 1].codePointAt(0));
        return givenFirst || afterParticle;
    }

    /**
     * "Ayala Land and San Miguel Corp", "LG Semicon and Hyundai Electronics Industries": a conjunction between two names
     * of two words or more and of three words or more coordinates two companies; inside one name the words around it
     * are fewer ("Metropolitan Bank and Trust Co", "Independent Electoral and Boundaries Commission"), or the words
     * next to it are a fixed pair of English ("State Law and Order Restoration Council"). An organization head and "of"
     * right after the conjunction open a second body's name whatever comes before ("Acme and Bank of Ruritania"), and so
     * does a name closed by a head of several words ("Acme and Pipers Without Borders").
     */
    private boolean coordinatesNames(String[] w, String[] tags, int k) {
        if (!w[k].equals("and") && !w[k].equals("&") || k > 0 && k + 1 < w.length && cues.isFixedPair(w[k - 1], w[k + 1])) {
            return false;
        }
        int head = k + 1 < w.length ? cues.orgHeads().longestAt(w, k + 1) : 0;
        if (head > 0 && k + 1 + head < w.length && w[k + 1 + head].equals("of")) {
            return true;
        }
        int before = 0;
        while (k - before - 1 >= 0 && isNameWord(w, tags, k - before - 1)) {
            before++;
        }
        int after = 0;
        while (k + after + 1 < w.length && isNameWord(w, tags, k + after + 1)) {
            after++;
        }
        // "Oxfam and Medecins Sans Frontieres": a name closed by a head of several words of its own is complete.
        int ownHead = cues.orgHeads().longestEndingAt(w, k + 1 + after);
        // "Acme and Ruritanian Bank Corp": an acronym alone before the conjunction is a body's whole short name, not the
        // first word of a longer one (in a headline's capitals every word looks like one).
        boolean acronymFirst = before == 1 && CuedNames.isAcronym(w[k - 1]) && after >= 2 && !NameWords.isAllCapsLine(w);
        return before >= 2 && after >= 3 || ownHead >= 2 && after > ownHead || acronymFirst;
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
        if (law > end || end - start >= 2 && cues.isStrongLawHead(w[end - 1]) && !PersonPatternFinder.isTitleCase(w)) {
            out.add(new NameMatch(start, law, EntityType.LAW, NameWords.join(w, start, law), null, "pattern:law-name", 0.75));
            return;
        }
        if ("suffix".equals(orgKind)) {
            // "Toyota Motor Corp. said": the abbreviation keeps its dot; so it does when the dot also ends the sentence
            // (or the sentence splitter took it for a full stop: "JGC Corp. (1963.T)") if the suffix is an abbreviation
            // written in title case ("Corp", "Inc", "Co"; not "AG" or "Limited").
            String suffix = w[end - 1];
            boolean lastDot = end + 1 == w.length && suffix.length() <= 4 && !NameKey.isAllCaps(suffix)
                    && Character.isUpperCase(suffix.codePointAt(0));
            if ((end + 1 < w.length || lastDot) && end < w.length && w[end].equals(".") && !w[end - 1].endsWith(".")) {
                end++;
            }
            if (end - start >= 2) {
                out.add(new NameMatch(start, end, EntityType.ORGANIZATION, NameWords.join(w, start, end), null,
                        "pattern:org-suffix", 0.8));
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
                // A building's own head ("Buildings", "Palace") types the name over the model; "House" may end a body.
                String rule = BUILDING.equals(headValue(cues.facilityHeads(), w, coreEnd)) ? BUILDING_RULE : "pattern:facility";
                out.add(new NameMatch(start, end, EntityType.FACILITY, NameWords.join(w, start, end), null, rule, 0.75));
            } else if (orgKind != null) {
                out.add(new NameMatch(start, end, EntityType.ORGANIZATION, NameWords.join(w, start, end), null,
                        "pattern:org-suffix", 0.75));
            } else if (place != null) {
                EntityType type = EntityType.parse(place);
                out.add(new NameMatch(start, end, type, NameWords.join(w, start, end), null, "pattern:place-head", 0.7));
            } else {
                out.add(new NameMatch(start, end, EntityType.EVENT, NameWords.join(w, start, end), null, "pattern:event-head", 0.65));
            }
            return;
        }
        if (!leadHeaded(w, tags, start, coreEnd, out)) {
            cued.match(w, tags, start, coreEnd, out);
        }
    }

    /**
     * "Banco Espanol de Credito", "Plaza de Mayo", "Jalan Diponegoro": in languages that put the head first, a head word
     * opening capitalized words (lead-heads.tsv) types the name, which goes on across connectors ("de", "of the"); a
     * bare head ("the Plaza") names nothing. Answers whether such a name was added.
     */
    private boolean leadHeaded(String[] w, String[] tags, int start, int coreEnd, List<NameMatch> out) {
        int n = cues.leadHeads().longestAt(w, start);
        if (n == 0) {
            return false;
        }
        int end = extendWithConnectors(w, tags, coreEnd);
        if (end - start <= n) {
            return false;
        }
        EntityType type = EntityType.parse(cues.leadHeads().valueOf(w, start, start + n));
        if (type == EntityType.EVENT && !isNameWord(w, tags, start + n)) {
            return false;  // "Operation of the Zenda dam resumed": an English event head takes its name right after it
        }
        out.add(new NameMatch(start, end, type, NameWords.join(w, start, end), null, LEAD_HEAD_RULE, 0.75));
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
        // "Committee to Protect Journalists": "to" opens a body's purpose, a verb and its object, never in a title-case
        // headline ("Bank to Buy Rival") and never one word ("sent the Commission to Strelsau").
        // The verb is capitalized whatever the tagger calls it; it must be English (RuleMatches: "the Ministry to
        // Strelsau Station" is no body).
        if (k > end && w[k - 1].equals("to")) {
            if (PersonPatternFinder.isTitleCase(w) || k + 1 >= w.length || !Character.isUpperCase(w[k].codePointAt(0))
                    || cues.isStopCapital(w[k]) || !isNameWord(w, tags, k + 1)) {
                return end;
            }
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
        // "Congress" + "of People's Deputies": a plural possessive in the complement, as in a name's core.
        return furtherComplements(w, tags, withPluralPossessive(w, tags, end - 1, k));
    }

    /**
     * "Movement for the Emancipation" + "of the Niger Delta", "Party for Democracy" + "and Socialism": a body's name
     * may chain several complements after its head. After the first, "of" (with "the") and capitalized words go on
     * unless a person opens them (the party's leader, as above); "and" goes on only to one capitalized word that
     * closes the name (a second body after "and" has a name of its own, "and Aung San Suu Kyi" several words).
     */
    private int furtherComplements(String[] w, String[] tags, int end) {
        int k = end;
        if (k + 1 >= w.length) {
            return end;
        }
        // "for Freedom and Democracy": the conjunction pairs two one-word complements.
        // "Ministry of International Trade and Industry": after a portfolio head, a two-word complement too.
        if (w[k].equals("and") && k >= 2 && (cues.isConnector(w[k - 2]) || k >= 4 && cues.isConnector(w[k - 3])
                && isNameWord(w, tags, k - 2) && cues.isPortfolioHead(w[k - 4], w[k - 3]))) {
            boolean oneWord = isNameWord(w, tags, k + 1) && (k + 2 == w.length || !isNameWord(w, tags, k + 2) && !isPossessive(w[k + 2]));
            return oneWord && cues.givenNames().longestAt(w, k + 1) == 0 && cues.titles().longestAt(w, k + 1) == 0
                    && cues.orgHeads().longestAt(w, k + 1) == 0 ? k + 2 : end;
        }
        if (!w[k].equals("of") || cues.orgHeads().longestEndingAt(w, k) > 0) {
            return end; // "Council of the Organization" + "of American States": a second body's own name
        }
        k++;
        if (w[k].equals("the")) {
            k++;
        }
        boolean person = k + 1 < w.length && cues.givenNames().longestAt(w, k) == 1 && isNameWord(w, tags, k + 1);
        if (k >= w.length || !isNameWord(w, tags, k) || cues.titles().longestAt(w, k) > 0 || person) {
            return end;
        }
        while (k < w.length && isNameWord(w, tags, k)) {
            k++;
        }
        return furtherComplements(w, tags, k);
    }

    private static boolean isPossessive(String word) {
        return word.equals("'s") || word.equals("\u2019s") || word.equals("'");
    }

    private boolean isLegalSuffix(String[] w, int k) {
        return "suffix".equals(cues.orgHeads().valueOf(w, k, k + 1));
    }

    /**
     * "Kessel-Varnow/PRON GmbH": the tagger may take an unknown founder's name for a pronoun or a verb; a capitalized
     * word in a hyphenated run of capitalized words that a legal suffix closes is a name word whatever its tag (a run
     * with no hyphen, "Bank and Trust/NOUN Co", keeps the tagger's reading).
     */
    private boolean beforeLegalSuffix(String[] w, int k) {
        int j = k + 1;
        // "TOKYO - Toyota Motor Corp.": a dash after an all-capital dateline word joins no name
        boolean hyphenated = k > 1 && w[k - 1].equals("-") && Character.isUpperCase(w[k - 2].codePointAt(0)) && !CuedNames.isCapsWord(w[k - 2]);
        while (j < w.length) {
            if (isLegalSuffix(w, j)) {
                return hyphenated;
            }
            boolean hyphen = w[j].equals("-") && j + 1 < w.length && !CuedNames.isCapsWord(w[j - 1]);
            hyphenated |= hyphen;
            String next = hyphen ? w[j + 1] : w[j];
            if (!Character.isUpperCase(next.codePointAt(0)) || !hasLetterOrDigit(next) || cues.isStopCapital(next)) {
                return false;
            }
            j += hyphen ? 2 : 1;
        }
        return false;
    }

    /** "Inter-American Development Bank": a hyphen between two name words (one token, split for matching). */
    private boolean isInnerHyphen(String[] w, String[] tags, int k, int start) {
        return k > start && w[k].equals("-") && k + 1 < w.length && isNameWord(w, tags, k + 1);
    }

    /**
     * "the Strelsau Miners Federation", "the Voting Rights Act": a capitalized common word ("Miners", "Voting", which
     * the tagger calls a noun or an adjective) inside a run of two capitalized words or more closed by an organization
     * head (org-heads.tsv, kind head) or a strong law head (law-heads.tsv) is part of that name. A run of two words
     * opening a sentence with such a word says nothing ("Opposition Party leaders said"), nor does a title-case or
     * all-caps line.
     */
    private boolean isHeadedCapital(String[] w, String[] tags, int k) {
        if (tags == null || !isPlainCapital(w[k]) || PersonPatternFinder.isTitleCase(w)) {
            return false;
        }
        int start = k;
        while (start > 0 && isPlainCapital(w[start - 1])) {
            start--;
        }
        int end = k + 1;
        while (end < w.length && isPlainCapital(w[end])) {
            end++;
        }
        String last = w[end - 1];
        // A head may have several words ("Without Borders"; org-heads.tsv).
        boolean headed = "head".equals(headValue(cues.orgHeads(), w, end)) || cues.isStrongLawHead(last);
        // A word that may open a sentence before a name ("Miners Ruritan Gold and ... fell") is in it only inside.
        boolean inside = k > start || !cues.isLeadStopCapital(w[k]);
        // "the charity The Disabilities Trust": a capital "The" inside a sentence opens the name; the model reads those.
        boolean capitalThe = start > 1 && w[start - 1].equals("The");
        // Opening a sentence, two words may be a common word and a head ("Opposition Party leaders said"); three are a
        // name ("Human Rights Watch said").
        return headed && inside && !capitalThe && end - start >= 2 && (start > 0 || end - start >= 3 || isNameWord(w, tags, 0));
    }

    /**
     * A capitalized word of letters, not all capitals, that is no stop capital ("Miners", not "The" or "NUM"); a word
     * that is only a stop capital when it opens a sentence before a name (stop-capitals.tsv, lead) counts, and so does
     * an organization head that is a stop capital in a headline's label ("Watch").
     */
    private boolean isPlainCapital(String word) {
        return word.length() > 1 && Character.isUpperCase(word.codePointAt(0)) && word.chars().allMatch(Character::isLetter)
                && !NameKey.isAllCaps(word) && (!cues.isStopCapital(word) || cues.isLeadStopCapital(word)
                        || cues.orgHeads().contains(word));
    }

    boolean isNameWord(String[] w, String[] tags, int k) {
        String word = w[k];
        // "firm JGC/NOUN Corp./ADV", "Harlow Pike plc/NOUN": a company suffix after a capitalized word is a name word
        // whatever its tag or case.
        if (k > 0 && Character.isUpperCase(w[k - 1].codePointAt(0)) && isLegalSuffix(w, k)) {
            return true;
        }
        if (!Character.isUpperCase(word.codePointAt(0)) || !hasLetterOrDigit(word) || cues.isStopCapital(word)) {
            return false;
        }
        if (beforeLegalSuffix(w, k)) {
            return true;
        }
        // "Deutsche Telekom said": the tagger, seeing an unknown capitalized word open the sentence, may call it a
        // pronoun; before another name word it is part of the name (real pronouns are stop capitals).
        return tags == null || NAME_TAGS.contains(tags[k])
                || k == 0 && tags[0].equals("PRON") && w.length > 1 && isNameWord(w, tags, 1);
    }
}
